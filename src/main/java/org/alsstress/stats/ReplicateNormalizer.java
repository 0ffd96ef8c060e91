package org.alsstress.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alsstress.model.UserInputException;

/**
 * Normalises each replicate (a blot, a coverslip, a day) to the mean of its
 * own control group before replicates are pooled, as quantitative Western
 * blot guidelines recommend: run-to-run differences in exposure or staining
 * then cancel out.
 */
public final class ReplicateNormalizer {

	private ReplicateNormalizer() {}

	public static List<GroupedValue> normalize(List<GroupedValue> values, String controlGroup) {
		Map<String, List<Double>> controlsByReplicate = new LinkedHashMap<>();
		for (GroupedValue v : values)
			if (v.group.equals(controlGroup) && Double.isFinite(v.value)) controlsByReplicate
				.computeIfAbsent(v.replicate, r -> new ArrayList<>()).add(v.value);
		List<GroupedValue> normalized = new ArrayList<>();
		for (GroupedValue v : values) {
			List<Double> controls = controlsByReplicate.get(v.replicate);
			if (controls == null) throw new UserInputException("Replicate '" + (v.replicate.isEmpty()
				? "(none)" : v.replicate) + "' has no values in the control group '" + controlGroup +
				"', so it cannot be normalised to its own control. Add control samples to every " +
				"replicate, or switch off per-replicate normalisation.");
			double mean = controls.stream().mapToDouble(Double::doubleValue).average().orElse(
				Double.NaN);
			if (mean == 0) throw new UserInputException("Replicate '" + v.replicate +
				"' has a control mean of 0; values cannot be expressed relative to it.");
			normalized.add(v.withValue(v.value / mean));
		}
		return normalized;
	}
}
