package org.alsstress.imaging;

import java.util.Arrays;

/** Median, quantiles and the MAD-based noise estimate of pixel samples. */
public final class RobustStatistics {

	/** MAD of a normal distribution times this is its standard deviation. */
	public static final double MAD_TO_SIGMA = 1.4826;

	private RobustStatistics() {}

	/** The q-quantile (0..1) by linear interpolation; NaN for no values. The array is sorted in place. */
	public static double quantileInPlace(float[] values, int n, double q) {
		if (n == 0) return Double.NaN;
		Arrays.sort(values, 0, n);
		double position = q * (n - 1);
		int lo = (int) Math.floor(position), hi = Math.min(n - 1, lo + 1);
		return values[lo] + (position - lo) * (values[hi] - values[lo]);
	}

	public static double median(float[] values, int n) {
		return quantileInPlace(Arrays.copyOf(values, n), n, 0.5);
	}

	/** 1.4826 x the median absolute deviation from the median: the standard deviation of the bulk of the values. */
	public static double madSigma(float[] values, int n) {
		if (n == 0) return Double.NaN;
		double median = median(values, n);
		float[] deviations = new float[n];
		for (int i = 0; i < n; i++)
			deviations[i] = (float) Math.abs(values[i] - median);
		return MAD_TO_SIGMA * quantileInPlace(deviations, n, 0.5);
	}
}
