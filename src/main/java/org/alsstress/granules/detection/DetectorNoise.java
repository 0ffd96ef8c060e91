package org.alsstress.granules.detection;

import java.util.Arrays;

/**
 * The detector's noise as a function of the signal, estimated from the image itself: a Poisson-Gaussian model,
 * variance = gain x level + offset (gain = data units per photo-electron, or per pulse, times the excess noise
 * factor; offset = read noise variance minus gain x camera offset). Each sampled pixel's noise is the difference
 * between it and the mean of its left and right neighbours (which cancels anything smoother than a pixel and
 * row-to-row offsets; its variance is 1.5 times the pixel's); the samples are binned by the local (smoothed)
 * level and a straight line is fitted to the robust variance of each bin.
 */
public final class DetectorNoise {

	static final int BINS = 16;
	/** Pixels a bin needs for a usable variance. */
	static final int MIN_PER_BIN = 50;

	/** variance = gain * level + offset, in squared data units. */
	public final double gain, offset;
	/** The variance at the lowest level that was seen: below it the line is not extrapolated. */
	public final double floor;

	public DetectorNoise(double gain, double offset, double floor) {
		this.gain = gain;
		this.offset = offset;
		this.floor = floor;
	}

	/** The variance of one pixel at this (noise-free) level. */
	public double variance(double level) {
		return Math.max(floor, gain * level + offset);
	}

	/**
	 * @param raw the image (row-major, {@code width} wide); @param level its smoothed version (the local level);
	 * @param pixels indices of the pixels to learn from (their left and right neighbours must exist in the image)
	 */
	public static DetectorNoise fit(float[] raw, float[] level, int width, int[] pixels, int count) {
		int n = 0;
		float[] m = new float[count], r = new float[count];
		for (int k = 0; k < count; k++) {
			int p = pixels[k], x = p % width;
			if (x == 0 || x == width - 1) continue;
			m[n] = level[p];
			r[n++] = raw[p] - 0.5f * (raw[p - 1] + raw[p + 1]);
		}
		if (n < 2 * MIN_PER_BIN) {
			double v = Math.max(1e-12, spread(r, 0, n) / 1.5);
			return new DetectorNoise(0, v, v);
		}
		// sort the samples by level (an index sort on the levels)
		long[] keyed = new long[n];
		for (int i = 0; i < n; i++)
			keyed[i] = ((long) sortable(m[i]) << 32) | i;
		Arrays.sort(keyed);
		int bins = Math.max(2, Math.min(BINS, n / MIN_PER_BIN));
		double[] x = new double[bins], y = new double[bins];
		float[] values = new float[n / bins + 1];
		for (int b = 0; b < bins; b++) {
			int from = (int) ((long) n * b / bins), to = (int) ((long) n * (b + 1) / bins), k = 0;
			for (int i = from; i < to; i++)
				values[k++] = r[(int) keyed[i]];
			x[b] = m[(int) keyed[(from + to) / 2]];
			y[b] = spread(values, 0, k) / 1.5;
		}
		return line(x, y);
	}

	/**
	 * A straight line through the bins' variances, by least squares on relative errors (each bin's variance is
	 * uncertain in proportion to itself), refitted without bins that miss it by more than half (texture-rich or
	 * clipped levels).
	 */
	static DetectorNoise line(double[] x, double[] y) {
		int bins = x.length;
		boolean[] use = new boolean[bins];
		Arrays.fill(use, true);
		double gain = 0, offset = 0;
		for (int round = 0; round < 3; round++) {
			double sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
			for (int b = 0; b < bins; b++) {
				if (!use[b]) continue;
				double fitted = round == 0 ? y[b] : Math.max(1e-12, gain * x[b] + offset), w = 1 / (fitted * fitted);
				sw += w;
				sx += w * x[b];
				sy += w * y[b];
				sxx += w * x[b] * x[b];
				sxy += w * x[b] * y[b];
			}
			double det = sw * sxx - sx * sx;
			gain = det > 0 ? (sw * sxy - sx * sy) / det : 0;
			if (gain < 0) gain = 0;
			offset = (sy - gain * sx) / sw;
			for (int b = 0; b < bins; b++) {
				double fitted = gain * x[b] + offset;
				use[b] = fitted > 0 && Math.abs(y[b] - fitted) <= 0.5 * fitted;
			}
		}
		double low = Double.POSITIVE_INFINITY;
		for (int b = 0; b < bins; b++)
			low = Math.min(low, x[b]);
		double floor = gain * low + offset;
		if (!(floor > 0)) {
			floor = Double.POSITIVE_INFINITY;
			for (int b = 0; b < bins; b++)
				floor = Math.min(floor, y[b]);
		}
		return new DetectorNoise(gain, offset, Math.max(1e-12, floor));
	}

	/**
	 * The variance of a sample, robustly: the square of a standard deviation from the mean absolute deviation of
	 * the part within four spreads of the median (unlike the MAD it stays right for coarsely quantised data, such as
	 * 8-bit images where most differences are 0 or 1).
	 */
	static double spread(float[] v, int from, int to) {
		int n = to - from;
		if (n < 2) return 0;
		double mean = 0;
		for (int i = from; i < to; i++)
			mean += v[i];
		mean /= n;
		double abs = 0;
		for (int i = from; i < to; i++)
			abs += Math.abs(v[i] - mean);
		double sd = Math.sqrt(Math.PI / 2) * abs / n;
		for (int round = 0; round < 2; round++) {
			double cut = 4 * sd, sum = 0;
			int k = 0;
			for (int i = from; i < to; i++) {
				double d = Math.abs(v[i] - mean);
				if (d <= cut) {
					sum += d;
					k++;
				}
			}
			// a normal variable's mean absolute deviation within 4 SD is 0.7977 SD (0.7979 untruncated)
			if (k > 0) sd = sum / k / 0.7977;
		}
		return sd * sd;
	}

	private static int sortable(float f) {
		int bits = Float.floatToIntBits(f);
		return bits ^ ((bits >> 31) & 0x7fffffff);
	}

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT, "variance = %.4g x level %+.4g", gain, offset);
	}
}
