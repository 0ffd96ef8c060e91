package org.alsstress.granules.detection;

import java.util.Arrays;

/**
 * The upper tail of a statistic under the null hypothesis (no granule), learnt from samples of it: the empirical
 * distribution up to a threshold u, and above u a generalised Pareto distribution fitted to the excesses
 * (probability-weighted moments, Hosking and Wallis 1987). Heavy-tailed texture gets a heavy tail; Gaussian noise
 * a light one. The shape is kept within [{@link #MIN_SHAPE}, {@link #MAX_SHAPE}]: a few hundred samples do not
 * pin it down further, and a bounded tail (shape well below 0) would claim that nothing can lie beyond its end.
 */
public final class NullTail {

	static final double MIN_SHAPE = -0.2, MAX_SHAPE = 0.5;
	/** The share of samples above u. */
	static final double TAIL_SHARE = 0.2;
	/** Fewer excesses than this: an exponential tail with their mean as its scale. */
	static final int MIN_EXCESSES = 30;

	final double u, share, scale, shape;

	NullTail(double u, double share, double scale, double shape) {
		this.u = u;
		this.share = share;
		this.scale = scale;
		this.shape = shape;
	}

	/** @param values null samples (only the first n are read; the array is sorted in place) */
	public static NullTail fit(double[] values, int n) {
		if (n < 10) return null;
		Arrays.sort(values, 0, n);
		int from = Math.min(n - 2, (int) Math.floor(n * (1 - TAIL_SHARE)));
		double u = values[from];
		int m = n - from - 1;
		double a0 = 0, a1 = 0;
		for (int i = 0; i < m; i++) {
			double y = values[from + 1 + i] - u;
			a0 += y;
			a1 += y * (m - 1 - i) / Math.max(1.0, m - 1);
		}
		a0 /= m;
		a1 /= m;
		double scale, shape;
		if (m < MIN_EXCESSES || a0 <= 2 * a1) {
			scale = Math.max(a0, 1e-9);
			shape = 0;
		}
		else {
			double k = a0 / (a0 - 2 * a1) - 2;
			shape = -k;
			scale = 2 * a0 * a1 / (a0 - 2 * a1);
			if (shape < MIN_SHAPE || shape > MAX_SHAPE) {
				// keep the mean excess, scale / (1 - shape), with the shape at its limit
				shape = Math.max(MIN_SHAPE, Math.min(MAX_SHAPE, shape));
				scale = a0 * (1 - shape);
			}
		}
		return new NullTail(u, (double) m / n, Math.max(scale, 1e-9), shape);
	}

	/** P(statistic > t) under the null, for t at or above u. */
	public double survival(double t) {
		double y = Math.max(0, t - u);
		if (Math.abs(shape) < 1e-6) return share * Math.exp(-y / scale);
		double base = 1 + shape * y / scale;
		return base <= 0 ? 0 : share * Math.pow(base, -1 / shape);
	}

	/** The value the null exceeds with probability p (p below the tail share; above it, u). */
	public double quantile(double p) {
		if (p >= share) return u;
		double ratio = share / p;
		if (Math.abs(shape) < 1e-6) return u + scale * Math.log(ratio);
		return u + scale / shape * (Math.pow(ratio, shape) - 1);
	}

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT, "GPD tail above %.3f (%.0f %% of samples): scale %.3f shape %.3f", u,
			100 * share, scale, shape);
	}
}
