package org.alsstress.stats;

/** Statistics of one group, with its comparison against the control group. */
public final class GroupSummary {

	public final String group;
	public final int n;
	public final double mean;
	public final double sd;
	public final double sem;
	public final double median;
	/** Mean of this group divided by the mean of the control group; NaN (a blank cell) when that mean is 0. */
	public final double foldChange;
	/** Test against the control (null for the control itself). */
	public final TestResult test;
	/** Omnibus test across all groups (ANOVA) when there are more than two, else null. */
	public final TestResult omnibus;

	GroupSummary(String group, double[] values, double controlMean, TestResult test,
		TestResult omnibus)
	{
		this.group = group;
		this.n = Descriptive.finite(values).length;
		this.mean = Descriptive.mean(values);
		this.sd = Descriptive.sd(values);
		this.sem = Descriptive.sem(values);
		this.median = Descriptive.median(values);
		this.foldChange = controlMean == 0 ? Double.NaN : mean / controlMean;
		this.test = test;
		this.omnibus = omnibus;
	}

	public double pValue() {
		return test == null ? Double.NaN : test.p;
	}
}
