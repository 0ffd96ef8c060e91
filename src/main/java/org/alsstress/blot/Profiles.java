package org.alsstress.blot;

import java.util.Arrays;

/** One-dimensional profile helpers: smoothing, noise level, valleys. */
final class Profiles {
	/** A band's flank has ended where its slope is below this fraction of its steepest slope (3 SD for a Gaussian band). */
	private static final double FLAT_SLOPE = 0.05;

	private Profiles() {}

	static double[] smooth(double[] v, double sigma) {
		if (sigma <= 0) return v.clone();
		int r = (int) Math.ceil(3 * sigma);
		double[] k = new double[2 * r + 1];
		for (int i = -r; i <= r; i++)
			k[i + r] = Math.exp(-0.5 * i * i / (sigma * sigma));
		double[] out = new double[v.length];
		for (int i = 0; i < v.length; i++) {
			double sum = 0, weight = 0;
			for (int j = -r; j <= r; j++) {
				int p = i + j;
				if (p < 0 || p >= v.length) continue;
				sum += k[j + r] * v[p];
				weight += k[j + r];
			}
			out[i] = sum / weight;
		}
		return out;
	}

	/** Noise SD from the median absolute second difference, insensitive to smooth structure. */
	static double noise(double[] v) {
		if (v.length < 3) return 0;
		double[] d = new double[v.length - 2];
		for (int i = 1; i < v.length - 1; i++)
			d[i - 1] = Math.abs(v[i] - 0.5 * (v[i - 1] + v[i + 1]));
		Arrays.sort(d);
		return 1.4826 * d[d.length / 2] / Math.sqrt(1.5);
	}

	/** Index of the lowest value in from..to (inclusive). */
	static int argMin(double[] v, int from, int to) {
		int best = from;
		for (int i = from; i <= to; i++)
			if (v[i] < v[best]) best = i;
		return best;
	}

	static double median(double[] v) {
		double[] s = v.clone();
		Arrays.sort(s);
		return s.length == 0 ? Double.NaN : s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
	}

	/**
	 * Walks from a peak in one direction to where the band ends: the lowest point before the
	 * profile rises again by more than {@code tolerance}, or where the flank has flattened to a
	 * small fraction of its steepest slope, or the limit.
	 */
	static int valley(double[] s, int peak, int direction, int limit, double tolerance) {
		int lowest = peak;
		double min = s[peak];
		double steepest = 0;
		for (int i = peak + direction; direction > 0 ? i <= limit : i >= limit; i += direction) {
			steepest = Math.max(steepest, Math.abs(s[i] - s[i - direction]));
			if (s[i] < min) {
				min = s[i];
				lowest = i;
			}
			else if (s[i] > min + tolerance) break;
			int back = i - 3 * direction;
			boolean flat = Math.abs(back - peak) >= 3 && Math.abs(s[back] - s[i]) / 3 < FLAT_SLOPE * steepest;
			if (flat && s[i] <= min) return i;
		}
		return lowest;
	}

	/** The profile minus its opening over a window of the given length: what is narrower than the window. */
	static double[] topHat(double[] v, int window) {
		double[] opened = slide(slide(v, window, true), window, false);
		double[] out = new double[v.length];
		for (int i = 0; i < v.length; i++)
			out[i] = v[i] - opened[i];
		return out;
	}

	/** Minimum (or maximum) over a centred window of the given length, with a monotonic queue. */
	static double[] slide(double[] v, int window, boolean min) {
		int n = v.length, before = (window - 1) / 2, after = window - 1 - before;
		double[] out = new double[n];
		int[] queue = new int[n];
		int head = 0, tail = 0, next = 0;
		for (int i = 0; i < n; i++) {
			int end = Math.min(n - 1, i + after);
			for (; next <= end; next++) {
				while (tail > head && (min ? v[queue[tail - 1]] >= v[next] : v[queue[tail - 1]] <= v[next]))
					tail--;
				queue[tail++] = next;
			}
			while (queue[head] < i - before)
				head++;
			out[i] = v[queue[head]];
		}
		return out;
	}

	static double[] columnMeans(float[] pixels, int width, int height, int top, int bottom) {
		double[] out = new double[width];
		for (int y = top; y <= bottom; y++)
			for (int x = 0, i = y * width; x < width; x++, i++)
				out[x] += pixels[i];
		for (int x = 0; x < width; x++)
			out[x] /= (bottom - top + 1);
		return out;
	}

	/**
	 * A lane's vertical profile: the sum of each row over the lane's columns. A polygon lane's rows
	 * may be a column wider or narrower than its width; their mean is scaled to the width, so that the
	 * profile does not jump where the outline's edge steps.
	 */
	static double[] laneProfile(float[] pixels, int width, int height, Lane lane) {
		if (lane.shape == null) return rowSums(pixels, width, height, lane.left, lane.right);
		double[] out = new double[height];
		for (int y = 0; y < height; y++) {
			int left = lane.left(y), right = lane.right(y);
			double sum = 0;
			for (int x = left, i = y * width + left; x <= right; x++, i++)
				sum += pixels[i];
			out[y] = sum * lane.width() / (right - left + 1);
		}
		return out;
	}

	/** Sum over columns left..right of each row: a lane's vertical profile. */
	static double[] rowSums(float[] pixels, int width, int height, int left, int right) {
		double[] out = new double[height];
		for (int y = 0; y < height; y++) {
			double sum = 0;
			for (int x = left, i = y * width + left; x <= right; x++, i++)
				sum += pixels[i];
			out[y] = sum;
		}
		return out;
	}
}
