package org.alsstress.blot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Compares a quantified simulated blot with its ground truth. */
final class BlotAccuracy {
	private BlotAccuracy() {}

	static Map<Role, SignalImage> signals(SimulatedBlot blot) {
		Map<Role, SignalImage> images = new EnumMap<>(Role.class);
		for (Role role : Role.values())
			images.put(role, SignalImage.of(role.key(), blot.image(role).getProcessor(), Polarity.AUTO, 0));
		return images;
	}

	static BlotResult quantify(SimulatedBlot blot) {
		return BlotQuantifier.quantify(signals(blot), new BlotQuantifier.Options());
	}

	/** Relative errors |measured/true - 1| of the pTBK1/TBK1 ratio of every unsaturated, non-empty lane. */
	static List<Double> ratioErrors(SimulatedBlot blot, BlotResult result) {
		List<Double> errors = new ArrayList<>();
		if (result.laneCount() != blot.lanes().size()) throw new AssertionError("lane count " + result.laneCount()
			+ " instead of " + blot.lanes().size());
		for (LaneTruth t : blot.lanes()) {
			if (t.volume(Role.REFERENCE) <= 0 || t.saturated(Role.TARGET) || t.saturated(Role.REFERENCE)) continue;
			double ratio = result.volume(Role.TARGET, t.lane) / result.volume(Role.REFERENCE, t.lane);
			errors.add(Math.abs(ratio / t.ratio() - 1));
		}
		return errors;
	}

	static double median(List<Double> values) {
		double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(v);
		return v.length % 2 == 1 ? v[v.length / 2] : 0.5 * (v[v.length / 2 - 1] + v[v.length / 2]);
	}
}
