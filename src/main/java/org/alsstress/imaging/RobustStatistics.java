package org.alsstress.imaging;

import java.util.Arrays;

/** Median, quantiles and the MAD-based noise estimate of pixel samples. */
public final class RobustStatistics {

	/** MAD of a normal distribution times this is its standard deviation. */
	public static final double MAD_TO_SIGMA = 1.4826;
	/** Ranges this short are finished by insertion sort. */
	private static final int SHORT = 24;

	private RobustStatistics() {}

	/**
	 * The q-quantile (0..1) by linear interpolation; NaN for no values. The array is reordered in place (a
	 * selection, not a full sort: the values are those a sort in {@link Float#compare} order would give).
	 */
	public static double quantileInPlace(float[] values, int n, double q) {
		if (n == 0) return Double.NaN;
		double position = q * (n - 1);
		int lo = (int) Math.floor(position), hi = Math.min(n - 1, lo + 1);
		select(values, n, lo);
		float low = values[lo], high = low;
		if (hi > lo) {
			high = values[hi];
			for (int i = hi + 1; i < n; i++)
				if (Float.compare(values[i], high) < 0) high = values[i];
		}
		return low + (position - lo) * (high - low);
	}

	/** The k-th smallest (from 0) of the first n values, as a sort in {@link Float#compare} order would place it; reorders them. */
	public static float kthSmallestInPlace(float[] values, int n, int k) {
		select(values, n, k);
		return values[k];
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

	/**
	 * Reorders the first n values so that the k-th smallest stands at k, none after it smaller and none before it
	 * larger (quickselect with a median-of-three pivot; falls back to a sort if the input defeats the pivots).
	 */
	static void select(float[] a, int n, int k) {
		int left = 0, right = n - 1, budget = 2 * (32 - Integer.numberOfLeadingZeros(n)) + 8;
		while (right - left >= SHORT) {
			if (budget-- == 0) {
				Arrays.sort(a, left, right + 1);
				return;
			}
			int mid = (left + right) >>> 1;
			if (less(a[mid], a[left])) swap(a, mid, left);
			if (less(a[right], a[left])) swap(a, right, left);
			if (less(a[right], a[mid])) swap(a, right, mid);
			float pivot = a[mid];
			int i = left, j = right;
			while (i <= j) {
				while (less(a[i], pivot))
					i++;
				while (less(pivot, a[j]))
					j--;
				if (i <= j) swap(a, i++, j--);
			}
			if (k <= j) right = j;
			else if (k >= i) left = i;
			else return;
		}
		for (int i = left + 1; i <= right; i++) {
			float v = a[i];
			int j = i - 1;
			while (j >= left && less(v, a[j])) {
				a[j + 1] = a[j];
				j--;
			}
			a[j + 1] = v;
		}
	}

	private static boolean less(float a, float b) {
		return a < b || Float.compare(a, b) < 0;
	}

	private static void swap(float[] a, int i, int j) {
		float t = a[i];
		a[i] = a[j];
		a[j] = t;
	}
}
