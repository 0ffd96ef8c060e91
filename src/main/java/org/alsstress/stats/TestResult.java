package org.alsstress.stats;

/** A test's statistic, degrees of freedom (NaN where none) and two-sided p-value. */
public final class TestResult {

	public final String name;
	public final double statistic;
	public final double df;
	public final double p;

	public TestResult(String name, double statistic, double df, double p) {
		this.name = name;
		this.statistic = statistic;
		this.df = df;
		this.p = p;
	}

	public static TestResult notComputable(String name) {
		return new TestResult(name, Double.NaN, Double.NaN, Double.NaN);
	}

	public TestResult withP(double adjustedP, String adjustedName) {
		return new TestResult(adjustedName, statistic, df, adjustedP);
	}

	@Override
	public String toString() {
		return name + ": statistic=" + statistic + ", df=" + df + ", p=" + p;
	}
}
