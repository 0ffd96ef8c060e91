package org.alsstress.imaging;

import java.util.Arrays;

/** Median, quantiles and the MAD-based noise estimate of pixel samples. */
public final class RobustStatistics {

	/** MAD of a normal distribution times this is its standard deviation. */
	public static final double MAD_TO_SIGMA = 1.4826;
	/** Ranges this short are finished by insertion sort. */
	private static final int SHORT = 24;

	private RobustStatistics() {}

	/** From this many values on, order statistics are found by counting ({@link Radix}), not by selection. */
	static final int RADIX_FROM = 40_000;

	/**
	 * The q-quantile (0..1) by linear interpolation; NaN for no values. The array may be reordered in place (the
	 * values are those a sort in {@link Float#compare} order would give).
	 */
	public static double quantileInPlace(float[] values, int n, double q) {
		if (n == 0) return Double.NaN;
		double position = q * (n - 1);
		int lo = (int) Math.floor(position), hi = Math.min(n - 1, lo + 1);
		float low, high;
		if (n >= RADIX_FROM) {
			Radix radix = new Radix(values, n);
			low = radix.kth(lo);
			high = hi > lo ? radix.kth(hi) : low;
		}
		else {
			select(values, n, lo);
			low = values[lo];
			high = low;
			if (hi > lo) {
				high = values[hi];
				for (int i = hi + 1; i < n; i++)
					if (Float.compare(values[i], high) < 0) high = values[i];
			}
		}
		return low + (position - lo) * (high - low);
	}

	/** As {@link #quantileInPlace}, but the first n values are left as they are (copied only when few). */
	public static double quantile(float[] values, int n, double q) {
		return quantileInPlace(n >= RADIX_FROM ? values : Arrays.copyOf(values, n), n, q);
	}

	/** The k-th smallest (from 0) of the first n values, as a sort in {@link Float#compare} order would place it; may reorder them. */
	public static float kthSmallestInPlace(float[] values, int n, int k) {
		if (n >= RADIX_FROM) return new Radix(values, n).kth(k);
		select(values, n, k);
		return values[k];
	}

	/** The median of the first n values, which are left as they are. */
	public static double median(float[] values, int n) {
		return quantileInPlace(n >= RADIX_FROM ? values : Arrays.copyOf(values, n), n, 0.5);
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

	/**
	 * Order statistics of many values by counting, in two passes over them: values map to ints that sort as
	 * {@link Float#compare} does, and the k-th is found by its upper 16 bits, then its lower 16 bits among the
	 * values that share them. The values are only read.
	 */
	static final class Radix {

		private final float[] values;
		private final int n;
		private final int[] upper = new int[1 << 16];

		Radix(float[] values, int n) {
			this.values = values;
			this.n = n;
			for (int i = 0; i < n; i++)
				upper[key(values[i]) >>> 16]++;
		}

		/** Unsigned order of the int equals the {@link Float#compare} order of the float (NaNs made one). */
		static int key(float v) {
			int bits = Float.floatToIntBits(v);
			return (bits ^ (bits >> 31 & 0x7fffffff)) ^ 0x80000000;
		}

		static float value(int key) {
			int bits = key ^ 0x80000000;
			return Float.intBitsToFloat(bits ^ (bits >> 31 & 0x7fffffff));
		}

		float kth(int k) {
			int bin = 0, below = 0;
			while (below + upper[bin] <= k)
				below += upper[bin++];
			int[] lower = new int[1 << 16];
			for (int i = 0; i < n; i++) {
				int key = key(values[i]);
				if (key >>> 16 == bin) lower[key & 0xffff]++;
			}
			int low = 0;
			while (below + lower[low] <= k)
				below += lower[low++];
			return value(bin << 16 | low);
		}
	}
}
