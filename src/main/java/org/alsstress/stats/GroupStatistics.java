package org.alsstress.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alsstress.model.DataTable;
import org.alsstress.model.UserInputException;

/**
 * Per-group statistics of one metric and the comparison of every group with
 * a control group: for two groups a single test, for more a Holm correction
 * over the comparisons against the control (plus ANOVA as omnibus test in
 * the parametric case).
 */
public final class GroupStatistics {

	public static final List<String> COLUMNS = List.of("metric", "group", "n", "mean", "sd",
		"sem", "median", "fold_change", "test", "statistic", "df", "p_value", "omnibus_test",
		"omnibus_p_value");

	private GroupStatistics() {}

	/** Groups values by their group, keeping the order in which groups first appear. */
	public static Map<String, double[]> byGroup(List<GroupedValue> values) {
		Map<String, List<Double>> lists = new LinkedHashMap<>();
		for (GroupedValue v : values)
			lists.computeIfAbsent(v.group, g -> new ArrayList<>()).add(v.value);
		Map<String, double[]> groups = new LinkedHashMap<>();
		lists.forEach((g, l) -> groups.put(g, l.stream().mapToDouble(Double::doubleValue)
			.toArray()));
		return groups;
	}

	/**
	 * @param groups values per group, in display order
	 * @param control name of the control group; empty = the first group
	 */
	public static List<GroupSummary> compare(Map<String, double[]> groups, String control,
		StatTest test)
	{
		if (groups.isEmpty()) throw new UserInputException(
			"There are no values to compare: check the metric and the grouping.");
		String controlGroup = control == null || control.isBlank() ? groups.keySet().iterator()
			.next() : control.trim();
		if (!groups.containsKey(controlGroup)) throw new UserInputException("The control group '" +
			controlGroup + "' is not among the groups found: " + String.join(", ", groups.keySet()) +
			". Set control_group to one of them.");
		double[] reference = groups.get(controlGroup);
		double controlMean = Descriptive.mean(reference);
		List<String> others = new ArrayList<>();
		for (String g : groups.keySet())
			if (!g.equals(controlGroup)) others.add(g);

		double[] rawP = new double[others.size()];
		List<TestResult> raw = new ArrayList<>();
		for (int i = 0; i < others.size(); i++) {
			double[] values = groups.get(others.get(i));
			TestResult r = test == StatTest.NONPARAMETRIC ? HypothesisTests.mannWhitney(values,
				reference) : HypothesisTests.welch(values, reference);
			raw.add(r);
			rawP[i] = r.p;
		}
		boolean corrected = others.size() > 1;
		double[] adjusted = corrected ? HypothesisTests.holm(rawP) : rawP;
		TestResult omnibus = corrected && test == StatTest.PARAMETRIC ? HypothesisTests
			.oneWayAnova(new ArrayList<>(groups.values())) : null;

		List<GroupSummary> summaries = new ArrayList<>();
		for (Map.Entry<String, double[]> e : groups.entrySet()) {
			int i = others.indexOf(e.getKey());
			TestResult r = i < 0 ? null : corrected ? raw.get(i).withP(adjusted[i], raw.get(i).name +
				" vs " + controlGroup + ", Holm") : raw.get(i).withP(adjusted[i], raw.get(i).name +
					" vs " + controlGroup);
			summaries.add(new GroupSummary(e.getKey(), e.getValue(), controlMean, r, omnibus));
		}
		return summaries;
	}

	/** The {@code groups.csv} layout. */
	public static DataTable toTable(String metric, List<GroupSummary> summaries) {
		DataTable table = new DataTable(COLUMNS);
		for (GroupSummary s : summaries) {
			TestResult t = s.test;
			table.addRow(metric, s.group, s.n, s.mean, s.sd, s.sem, s.median, s.foldChange, t == null
				? "control" : t.name, t == null ? Double.NaN : t.statistic, t == null ? Double.NaN
					: t.df, s.pValue(), s.omnibus == null ? "" : s.omnibus.name, s.omnibus == null
						? Double.NaN : s.omnibus.p);
		}
		return table;
	}
}
