package org.alsstress.stats;

import java.util.Arrays;

/** Descriptive statistics that ignore NaN values. */
public final class Descriptive {

	private Descriptive() {}

	public static double[] finite(double[] values) {
		return Arrays.stream(values).filter(Double::isFinite).toArray();
	}

	public static double mean(double[] values) {
		double[] v = finite(values);
		if (v.length == 0) return Double.NaN;
		double sum = 0;
		for (double x : v)
			sum += x;
		return sum / v.length;
	}

	/** Sample variance (n - 1 denominator); NaN below two values. */
	public static double variance(double[] values) {
		double[] v = finite(values);
		if (v.length < 2) return Double.NaN;
		double mean = mean(v), ss = 0;
		for (double x : v)
			ss += (x - mean) * (x - mean);
		return ss / (v.length - 1);
	}

	public static double sd(double[] values) {
		return Math.sqrt(variance(values));
	}

	public static double sem(double[] values) {
		return sd(values) / Math.sqrt(finite(values).length);
	}

	public static double median(double[] values) {
		double[] v = finite(values);
		if (v.length == 0) return Double.NaN;
		Arrays.sort(v);
		int mid = v.length / 2;
		return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
	}
}
