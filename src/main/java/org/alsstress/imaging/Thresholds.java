package org.alsstress.imaging;

/** Automatic thresholds on float values, computed on a 256-bin histogram between their minimum and maximum. */
public final class Thresholds {

	private static final int BINS = 256;

	private Thresholds() {}

	/**
	 * Otsu's threshold: the value that maximises the between-class variance.
	 * Values above it are the bright class. NaN when there are no finite values.
	 */
	public static double otsu(float[] values) {
		double[] range = range(values);
		if (range == null) return Double.NaN;
		if (range[0] == range[1]) return range[0];
		return otsu(histogram(values, range), range);
	}

	public static double otsu(double[] values) {
		double[] range = range(values);
		if (range == null) return Double.NaN;
		if (range[0] == range[1]) return range[0];
		return otsu(histogram(values, range), range);
	}

	private static double otsu(long[] histogram, double[] range) {
		double binWidth = (range[1] - range[0]) / BINS;
		long total = 0;
		double sum = 0;
		for (int i = 0; i < BINS; i++) {
			total += histogram[i];
			sum += (i + 0.5) * histogram[i];
		}
		long below = 0;
		double sumBelow = 0, best = -1;
		int bestBin = 0;
		for (int t = 0; t < BINS - 1; t++) {
			below += histogram[t];
			sumBelow += (t + 0.5) * histogram[t];
			long above = total - below;
			if (below == 0 || above == 0) continue;
			double meanBelow = sumBelow / below, meanAbove = (sum - sumBelow) / above;
			double between = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
			if (between > best) {
				best = between;
				bestBin = t;
			}
		}
		return range[0] + (bestBin + 1) * binWidth;
	}

	/**
	 * Zack's triangle threshold for a histogram with one dominant low peak (dark background) and a long bright
	 * tail: the value farthest from the line joining the peak to the end of the tail.
	 */
	public static double triangle(float[] values) {
		double[] range = range(values);
		if (range == null) return Double.NaN;
		if (range[0] == range[1]) return range[0];
		long[] h = histogram(values, range);
		int peak = 0;
		for (int i = 1; i < BINS; i++)
			if (h[i] > h[peak]) peak = i;
		int end = BINS - 1;
		while (end > peak && h[end] == 0)
			end--;
		if (end == peak) return range[0] + (peak + 1) * (range[1] - range[0]) / BINS;
		double dx = end - peak, dy = -h[peak];
		double norm = Math.hypot(dx, dy), best = -1;
		int bestBin = peak;
		for (int i = peak + 1; i <= end; i++) {
			double distance = Math.abs(dy * (i - peak) - dx * (h[i] - h[peak])) / norm;
			if (distance > best) {
				best = distance;
				bestBin = i;
			}
		}
		return range[0] + (bestBin + 0.5) * (range[1] - range[0]) / BINS;
	}

	private static double[] range(double[] values) {
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (double v : values)
			if (Double.isFinite(v)) {
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
		return min > max ? null : new double[] { min, max };
	}

	// the float versions give exactly the double versions' results on the values widened to double, without a copy

	private static double[] range(float[] values) {
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (float v : values)
			if (Float.isFinite(v)) {
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
		return min > max ? null : new double[] { min, max };
	}

	private static long[] histogram(float[] values, double[] range) {
		long[] histogram = new long[BINS];
		double scale = BINS / (range[1] - range[0]);
		for (float v : values)
			if (Float.isFinite(v)) histogram[Math.min(BINS - 1, (int) ((v - range[0]) * scale))]++;
		return histogram;
	}

	private static long[] histogram(double[] values, double[] range) {
		long[] histogram = new long[BINS];
		double scale = BINS / (range[1] - range[0]);
		for (double v : values)
			if (Double.isFinite(v)) histogram[Math.min(BINS - 1, (int) ((v - range[0]) * scale))]++;
		return histogram;
	}
}
