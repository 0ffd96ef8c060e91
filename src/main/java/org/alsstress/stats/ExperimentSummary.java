package org.alsstress.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alsstress.model.MeasuredObject;
import org.alsstress.model.Measurement;
import org.alsstress.model.MeasurementTable;
import org.alsstress.model.UserInputException;

/**
 * Statistics of one metric across an experiment, from the tidy measurements
 * of any assay: picks the metric, averages objects into the chosen unit of
 * analysis (so that e.g. cells are not treated as independent replicates),
 * optionally normalises each replicate to its own control, and compares the
 * groups.
 */
public final class ExperimentSummary {

	/** The unit of analysis: what one point in the statistics is. */
	public enum Aggregation {
		NONE("each object"), IMAGE("mean per image"), REPLICATE("mean per replicate");

		private final String label;

		Aggregation(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		public static Aggregation fromLabel(String text) {
			for (Aggregation a : values())
				if (a.label.equalsIgnoreCase(text.trim()) || a.name().equalsIgnoreCase(text.trim()))
					return a;
			throw new UserInputException("Unknown unit of analysis '" + text + "': choose " +
				"'each object', 'mean per image' or 'mean per replicate'.");
		}
	}

	/** What to summarise and how. */
	public static final class Options {

		public String metric = "";
		/** Object kind the metric is taken from; empty = the only kind that has it. */
		public String objectKind = "";
		/** "group" or "sample". */
		public String groupBy = "group";
		public String controlGroup = "";
		public Aggregation aggregation = Aggregation.NONE;
		public boolean normalizePerReplicate;
		public StatTest test = StatTest.PARAMETRIC;
	}

	/** The points that entered the statistics, and the statistics. */
	public static final class Result {

		public final String metric;
		public final String unit;
		public final String objectKind;
		public final String controlGroup;
		public final List<GroupedValue> points;
		public final List<GroupSummary> groups;
		/** What the user must know about these numbers: values left out, tests that could not be run. */
		public final List<String> warnings;

		Result(String metric, String unit, String objectKind, String controlGroup,
			List<GroupedValue> points, List<GroupSummary> groups, List<String> warnings)
		{
			this.metric = metric;
			this.unit = unit;
			this.objectKind = objectKind;
			this.controlGroup = controlGroup;
			this.points = points;
			this.groups = groups;
			this.warnings = warnings;
		}
	}

	private ExperimentSummary() {}

	public static Result summarize(MeasurementTable measurements, Options options) {
		String metric = options.metric.trim();
		if (metric.isEmpty()) throw new UserInputException("No metric given: set 'metric' to one " +
			"of: " + String.join(", ", measurements.metrics()) + ".");
		MeasurementTable selected = measurements.metric(metric);
		if (selected.isEmpty()) throw new UserInputException("No measurements of metric '" +
			metric + "'. Metrics present: " + String.join(", ", measurements.metrics()) + ".");
		String kind = chooseKind(selected, options.objectKind.trim(), metric);
		selected = selected.select(m -> m.object().kind().equals(kind));
		if (!options.groupBy.equals("group") && !options.groupBy.equals("sample"))
			throw new UserInputException("group_by must be 'group' or 'sample', not '" +
				options.groupBy + "'.");

		checkUnits(selected, metric, options.normalizePerReplicate);
		List<String> warnings = new ArrayList<>();
		MeasurementTable finite = selected.select(m -> Double.isFinite(m.value()));
		int dropped = selected.size() - finite.size();
		if (finite.isEmpty()) throw new UserInputException("Every value of metric '" + metric + "' is NaN or " +
			"infinite (not measurable): there is nothing to summarise.");
		if (dropped > 0) warnings.add(dropped + " of " + selected.size() + " values of '" + metric + "' are NaN or " +
			"infinite (not measurable) and were left out of the statistics, e.g. " + describe(selected.select(m ->
				!Double.isFinite(m.value())).rows().get(0)) + ".");
		List<GroupedValue> points = aggregate(finite, options);
		String control = options.controlGroup == null || options.controlGroup.isBlank() ? points
			.get(0).group : options.controlGroup.trim();
		if (options.normalizePerReplicate) points = ReplicateNormalizer.normalize(points, control);
		List<GroupedValue> usable = new ArrayList<>();
		for (GroupedValue p : points)
			if (Double.isFinite(p.value)) usable.add(p);
		if (usable.size() < points.size()) warnings.add((points.size() - usable.size()) + " points could not be " +
			"normalised to their replicate's control (a replicate without control values, or with a control mean of " +
			"0) and were left out.");
		if (usable.isEmpty()) throw new UserInputException("No value of '" + metric + "' is left to compare: " +
			String.join(" ", warnings));
		List<GroupSummary> groups = GroupStatistics.compare(GroupStatistics.byGroup(usable),
			control, options.test);
		warnings.addAll(SummaryWarnings.of(groups, control));
		String unit = options.normalizePerReplicate ? "fold of control" : selected.rows().get(0)
			.unit();
		return new Result(metric, unit, kind, control, usable, groups, warnings);
	}

	/** Values in different units cannot be pooled, unless each replicate is divided by its own control first. */
	private static void checkUnits(MeasurementTable selected, String metric, boolean perReplicate) {
		Map<String, Set<String>> units = new LinkedHashMap<>();
		for (Measurement m : selected)
			units.computeIfAbsent(perReplicate ? m.object().replicate() : "", r -> new LinkedHashSet<>()).add(m.unit());
		for (Map.Entry<String, Set<String>> e : units.entrySet())
			if (e.getValue().size() > 1) throw new UserInputException("Metric '" + metric + "' comes in different " +
				"units" + (perReplicate ? " within replicate '" + e.getKey() + "'" : "") + ": " + String.join(", ", quoted(e
					.getValue())) + ". Values in different units cannot be pooled: summarise them apart" + (perReplicate
						? "." : ", or set normalize_per_replicate to compare each replicate to its own control."));
	}

	private static List<String> quoted(Set<String> units) {
		List<String> q = new ArrayList<>();
		for (String u : units)
			q.add(u.isEmpty() ? "(no unit)" : "'" + u + "'");
		return q;
	}

	private static String describe(Measurement m) {
		MeasuredObject o = m.object();
		return o.imageLabel() + " " + o.kind() + " " + o.id();
	}

	private static String chooseKind(MeasurementTable selected, String requested, String metric) {
		Set<String> kinds = selected.kinds();
		if (!requested.isEmpty()) {
			if (!kinds.contains(requested)) throw new UserInputException("Metric '" + metric +
				"' is not measured on objects of kind '" + requested + "'; it is measured on: " + String
					.join(", ", kinds) + ".");
			return requested;
		}
		if (kinds.size() > 1) throw new UserInputException("Metric '" + metric +
			"' is measured on several kinds of object (" + String.join(", ", kinds) +
			"): set object_kind to one of them.");
		return kinds.iterator().next();
	}

	private static List<GroupedValue> aggregate(MeasurementTable selected, Options options) {
		Map<String, List<Measurement>> units = new LinkedHashMap<>();
		for (Measurement m : selected)
			units.computeIfAbsent(unitKey(m.object(), options), k -> new ArrayList<>()).add(m);
		List<GroupedValue> points = new ArrayList<>();
		for (List<Measurement> members : units.values()) {
			MeasuredObject first = members.get(0).object();
			double sum = 0;
			int n = 0;
			for (Measurement m : members) {
				sum += m.value();
				n++;
			}
			points.add(new GroupedValue(groupOf(first, options), first.replicate(), unitLabel(first,
				options.aggregation), n == 0 ? Double.NaN : sum / n));
		}
		orderByFirstGroupAppearance(points);
		return points;
	}

	private static String groupOf(MeasuredObject o, Options options) {
		String g = options.groupBy.equals("sample") ? o.sample() : o.group();
		return g.isEmpty() ? "(no group)" : g;
	}

	private static String unitKey(MeasuredObject o, Options options) {
		String group = groupOf(o, options);
		switch (options.aggregation) {
			case IMAGE:
				return String.join("\u0000", o.assay(), o.image(), o.series(), group, o.replicate());
			case REPLICATE:
				return String.join("\u0000", group, o.replicate());
			default:
				return String.join("\u0000", o.assay(), o.image(), o.series(), o.kind(), o.id(), group,
					o.replicate(), o.sample());
		}
	}

	private static String unitLabel(MeasuredObject o, Aggregation aggregation) {
		switch (aggregation) {
			case IMAGE:
				return o.imageLabel();
			case REPLICATE:
				return o.replicate();
			default:
				return o.imageLabel() + " " + o.kind() + " " + o.id();
		}
	}

	private static void orderByFirstGroupAppearance(List<GroupedValue> points) {
		Set<String> order = new LinkedHashSet<>();
		for (GroupedValue p : points)
			order.add(p.group);
		List<String> groups = new ArrayList<>(order);
		points.sort((a, b) -> Integer.compare(groups.indexOf(a.group), groups.indexOf(b.group)));
	}
}
