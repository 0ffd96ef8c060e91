package org.alsstress.granules.domains;

import java.util.SplittableRandom;

/** Random draws used by the recipes and the generator. */
final class Draw {
	private static final int TABLE = 1 << 12;
	/** Normal quantiles at k / TABLE, k = 1..TABLE-1 (index 0 and TABLE unused: the tails are computed). */
	private static final double[] QUANTILES = new double[TABLE + 1];
	static {
		for (int k = 1; k < TABLE; k++)
			QUANTILES[k] = quantile((double) k / TABLE);
	}

	private Draw() {}

	/** Standard normal deviate: the inverse distribution function, tabulated in the middle, exact in the tails. */
	static double normal(SplittableRandom r) {
		double u = r.nextDouble() * TABLE;
		int k = (int) u;
		if (k < 1 || k >= TABLE - 1) return quantile(Math.min(1 - 1e-16, Math.max(1e-16, u / TABLE)));
		double t = u - k;
		return QUANTILES[k] + t * (QUANTILES[k + 1] - QUANTILES[k]);
	}

	private static double quantile(double p) {
		return Math.sqrt(2) * org.apache.commons.math3.special.Erf.erfInv(2 * p - 1);
	}

	static double uniform(SplittableRandom r, double min, double max) {
		return min + (max - min) * r.nextDouble();
	}

	/** Uniform in log space: each factor of two between min and max is equally likely. */
	static double logUniform(SplittableRandom r, double min, double max) {
		return Math.exp(uniform(r, Math.log(min), Math.log(max)));
	}

	static int integer(SplittableRandom r, int min, int max) {
		return min + r.nextInt(max - min + 1);
	}

	/** An index drawn with the given (not necessarily normalised) weights. */
	static int weighted(SplittableRandom r, double[] weights) {
		double total = 0;
		for (double w : weights)
			total += w;
		double u = r.nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			u -= weights[i];
			if (u < 0) return i;
		}
		return weights.length - 1;
	}

	static <T> T oneOf(SplittableRandom r, T[] choices) {
		return choices[r.nextInt(choices.length)];
	}

	/** Poisson deviate: exact below 20, else the rounded normal approximation. */
	static int poisson(SplittableRandom r, double lambda) {
		if (lambda <= 0) return 0;
		if (lambda < 20) {
			double limit = Math.exp(-lambda), product = r.nextDouble();
			int k = 0;
			while (product > limit) {
				product *= r.nextDouble();
				k++;
			}
			return k;
		}
		return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal(r)));
	}

	/**
	 * Gamma deviate with the given shape and scale 1 (Marsaglia and Tsang, with the shape-below-one boost);
	 * above a shape of 400 the normal approximation.
	 */
	static double gamma(SplittableRandom r, double shape) {
		if (shape <= 0) return 0;
		if (shape > 400) return Math.max(0, shape + Math.sqrt(shape) * normal(r));
		if (shape < 1) return gamma(r, shape + 1) * Math.pow(r.nextDouble(), 1 / shape);
		double d = shape - 1.0 / 3, c = 1 / Math.sqrt(9 * d);
		while (true) {
			double x = normal(r), v = 1 + c * x;
			if (v <= 0) continue;
			v = v * v * v;
			double u = r.nextDouble();
			if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
		}
	}
}
