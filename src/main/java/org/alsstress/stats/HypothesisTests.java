package org.alsstress.stats;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Two-sided tests used to compare groups. Results follow R's conventions
 * ({@code t.test(var.equal = FALSE)}, {@code anova(lm())},
 * {@code wilcox.test}: exact below 50 values without ties, otherwise the
 * normal approximation with tie and continuity correction) so that users can
 * check them.
 */
public final class HypothesisTests {

	public static final String WELCH = "Welch t-test";
	public static final String ANOVA = "one-way ANOVA";
	public static final String MANN_WHITNEY = "Mann-Whitney U";

	private HypothesisTests() {}

	public static TestResult welch(double[] a, double[] b) {
		double[] x = Descriptive.finite(a), y = Descriptive.finite(b);
		if (x.length < 2 || y.length < 2) return TestResult.notComputable(WELCH);
		double vx = Descriptive.variance(x) / x.length, vy = Descriptive.variance(y) / y.length;
		double se2 = vx + vy;
		if (se2 == 0) return TestResult.notComputable(WELCH);
		double t = (Descriptive.mean(x) - Descriptive.mean(y)) / Math.sqrt(se2);
		double df = se2 * se2 / (vx * vx / (x.length - 1) + vy * vy / (y.length - 1));
		double p = 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
		return new TestResult(WELCH, t, df, p);
	}

	/** One-way ANOVA; df is the between-groups df (the within df is N - k). */
	public static TestResult oneWayAnova(List<double[]> groups) {
		int k = 0, total = 0;
		double grandSum = 0;
		for (double[] g : groups) {
			double[] v = Descriptive.finite(g);
			if (v.length == 0) continue;
			k++;
			total += v.length;
			for (double x : v)
				grandSum += x;
		}
		if (k < 2 || total - k < 1) return TestResult.notComputable(ANOVA);
		double grandMean = grandSum / total, between = 0, within = 0;
		for (double[] g : groups) {
			double[] v = Descriptive.finite(g);
			if (v.length == 0) continue;
			double mean = Descriptive.mean(v);
			between += v.length * (mean - grandMean) * (mean - grandMean);
			for (double x : v)
				within += (x - mean) * (x - mean);
		}
		if (within == 0) return TestResult.notComputable(ANOVA);
		double f = (between / (k - 1)) / (within / (total - k));
		double p = 1 - new FDistribution(null, k - 1, total - k).cumulativeProbability(f);
		return new TestResult(ANOVA, f, k - 1, p);
	}

	/** Mann-Whitney U (Wilcoxon rank-sum); the statistic is W = U of {@code a}. */
	public static TestResult mannWhitney(double[] a, double[] b) {
		double[] x = Descriptive.finite(a), y = Descriptive.finite(b);
		int n1 = x.length, n2 = y.length;
		if (n1 == 0 || n2 == 0) return TestResult.notComputable(MANN_WHITNEY);
		double[] all = new double[n1 + n2];
		System.arraycopy(x, 0, all, 0, n1);
		System.arraycopy(y, 0, all, n1, n2);
		Ranks ranks = Ranks.of(all);
		double rankSum = 0;
		for (int i = 0; i < n1; i++)
			rankSum += ranks.rank[i];
		double w = rankSum - n1 * (n1 + 1) / 2.0;
		double p = (n1 + n2 < 50 && !ranks.hasTies) ? exactP(w, n1, n2) : normalP(w, n1, n2,
			ranks.tieSum);
		return new TestResult(MANN_WHITNEY, w, Double.NaN, p);
	}

	private static double exactP(double w, int n1, int n2) {
		double[] distribution = uDistribution(n1, n2);
		int u = (int) Math.round(w);
		double lower = 0, upper = 0, total = 0;
		for (int i = 0; i < distribution.length; i++) {
			total += distribution[i];
			if (i <= u) lower += distribution[i];
			if (i >= u) upper += distribution[i];
		}
		return Math.min(1, 2 * Math.min(lower, upper) / total);
	}

	/** Counts of arrangements giving each U, by the usual recurrence. */
	private static double[] uDistribution(int n1, int n2) {
		double[][][] memo = new double[n1 + 1][n2 + 1][];
		return countU(n1, n2, memo);
	}

	private static double[] countU(int m, int n, double[][][] memo) {
		if (memo[m][n] != null) return memo[m][n];
		double[] counts = new double[m * n + 1];
		if (m == 0 || n == 0) counts[0] = 1;
		else {
			// The largest value is from the first sample (adds n to U) or from the second.
			double[] first = countU(m - 1, n, memo), second = countU(m, n - 1, memo);
			for (int u = 0; u < first.length; u++)
				counts[u + n] += first[u];
			for (int u = 0; u < second.length; u++)
				counts[u] += second[u];
		}
		memo[m][n] = counts;
		return counts;
	}

	private static double normalP(double w, int n1, int n2, double tieSum) {
		double n = n1 + n2;
		double z = w - n1 * n2 / 2.0;
		double sigma = Math.sqrt((n1 * n2 / 12.0) * ((n + 1) - tieSum / (n * (n - 1))));
		if (sigma == 0) return Double.NaN;
		double correction = Math.signum(z) * 0.5;
		z = (z - correction) / sigma;
		NormalDistribution normal = new NormalDistribution(null, 0, 1);
		return Math.min(1, 2 * Math.min(normal.cumulativeProbability(z), normal
			.cumulativeProbability(-z)));
	}

	/** Holm step-down adjustment; NaN p-values are kept as NaN and not counted. */
	public static double[] holm(double[] p) {
		Integer[] order = new Integer[p.length];
		int m = 0;
		for (int i = 0; i < p.length; i++) {
			order[i] = i;
			if (!Double.isNaN(p[i])) m++;
		}
		Arrays.sort(order, (i, j) -> Double.compare(nanLast(p[i]), nanLast(p[j])));
		double[] adjusted = new double[p.length];
		double running = 0;
		for (int rank = 0; rank < p.length; rank++) {
			int i = order[rank];
			if (Double.isNaN(p[i])) {
				adjusted[i] = Double.NaN;
				continue;
			}
			running = Math.max(running, Math.min(1, (m - rank) * p[i]));
			adjusted[i] = running;
		}
		return adjusted;
	}

	private static double nanLast(double p) {
		return Double.isNaN(p) ? Double.POSITIVE_INFINITY : p;
	}

	/** Mid-ranks (1-based) of values, with the tie correction term sum(t^3 - t). */
	static final class Ranks {

		final double[] rank;
		final boolean hasTies;
		final double tieSum;

		private Ranks(double[] rank, boolean hasTies, double tieSum) {
			this.rank = rank;
			this.hasTies = hasTies;
			this.tieSum = tieSum;
		}

		static Ranks of(double[] values) {
			Integer[] order = new Integer[values.length];
			for (int i = 0; i < order.length; i++)
				order[i] = i;
			Arrays.sort(order, (i, j) -> Double.compare(values[i], values[j]));
			double[] rank = new double[values.length];
			double tieSum = 0;
			for (int start = 0; start < order.length;) {
				int end = start;
				while (end + 1 < order.length && values[order[end + 1]] == values[order[start]])
					end++;
				double mid = (start + end) / 2.0 + 1;
				for (int k = start; k <= end; k++)
					rank[order[k]] = mid;
				double t = end - start + 1;
				tieSum += t * t * t - t;
				start = end + 1;
			}
			return new Ranks(rank, tieSum > 0, tieSum);
		}
	}
}
