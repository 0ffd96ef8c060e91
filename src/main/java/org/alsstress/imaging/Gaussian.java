package org.alsstress.imaging;

import ij.plugin.filter.GaussianBlur;
import ij.process.FloatProcessor;

/**
 * ImageJ's Gaussian blur (kernel accuracy 0.002, edge pixels repeated outside the image) with the same result
 * to the last bit, computed on the calling thread without a line cache per row or column. ImageJ hands every
 * blur to a thread pool and walks the columns of the vertical pass one by one; here both passes run along
 * rows, one kernel tap at a time over a whole row, which touches memory in order. Every output pixel is the
 * same sum of the same float products in the same order as in ImageJ ({@code GaussianBlur.convolveLine}),
 * with the kernel made by ImageJ itself ({@link GaussianBlur#makeGaussianKernel}). Sigmas above 8.5 pixels
 * are blurred, as in ImageJ, line by line on a shrunk copy of the line ({@link Shrunk}).
 */
public final class Gaussian {

	static final double ACCURACY = 0.002;
	/** ImageJ shrinks the image for larger sigmas (2 x its minimum shrunk sigma of 4, plus 0.5). */
	static final double LARGEST_DIRECT_SIGMA = 8.5;

	private Gaussian() {}

	/** Blurs {@code fp} in place with the same sigma in x and y. */
	public static void blurInPlace(FloatProcessor fp, double sigma) {
		if (!(sigma > 0)) return;
		if (fp.getRoi().width != fp.getWidth() || fp.getRoi().height != fp.getHeight()) {
			GaussianBlur blur = new GaussianBlur();
			blur.showProgress(false);
			blur.blurGaussian(fp, sigma, sigma, ACCURACY);
			return;
		}
		float[] pixels = (float[]) fp.getPixels();
		int w = fp.getWidth(), h = fp.getHeight();
		GaussianBlur maker = new GaussianBlur();
		if (sigma > LARGEST_DIRECT_SIGMA) {
			Shrunk.blur(pixels, w, h, sigma, true, maker);
			Shrunk.blur(pixels, w, h, sigma, false, maker);
			return;
		}
		rows(pixels, w, h, maker.makeGaussianKernel(sigma, ACCURACY, w));
		columns(pixels, w, h, maker.makeGaussianKernel(sigma, ACCURACY, h));
	}

	/** The horizontal pass: each row from a copy of itself. */
	static void rows(float[] pixels, int w, int h, float[][] kernel) {
		float[] kern = kernel[0], kernSum = kernel[1];
		int radius = kern.length;
		float k0 = kern[0];
		float[] padded = new float[w + 2 * radius];
		int edgeEnd = Math.min(radius, w), insideEnd = Math.max(edgeEnd, w - radius);
		for (int y = 0, row = 0; y < h; y++, row += w) {
			System.arraycopy(pixels, row, padded, radius, w);
			for (int i = edgeEnd; i < insideEnd; i++)
				pixels[row + i] = padded[i + radius] * k0;
			int k = 1;
			// four taps per sweep over the row, added in the same order as one at a time
			for (; k + 3 < radius; k += 4) {
				float a = kern[k], b = kern[k + 1], c = kern[k + 2], d = kern[k + 3];
				for (int i = edgeEnd, j = edgeEnd + radius; i < insideEnd; i++, j++)
					pixels[row + i] = pixels[row + i] + a * (padded[j - k] + padded[j + k]) + b * (padded[j - k - 1] +
						padded[j + k + 1]) + c * (padded[j - k - 2] + padded[j + k + 2]) + d * (padded[j - k - 3] +
							padded[j + k + 3]);
			}
			for (; k < radius; k++) {
				float a = kern[k];
				for (int i = edgeEnd, j = edgeEnd + radius; i < insideEnd; i++, j++)
					pixels[row + i] += a * (padded[j - k] + padded[j + k]);
			}
			for (int i = 0; i < edgeEnd; i++)
				pixels[row + i] = nearEdge(padded, w, i, kern, kernSum, true);
			for (int i = insideEnd; i < w; i++)
				pixels[row + i] = nearEdge(padded, w, i, kern, kernSum, false);
		}
	}

	/**
	 * One point within a kernel radius of the start or end of its line, as ImageJ computes it there: points off
	 * the line add nothing. {@code padded} is the line between {@code kern.length} zeros at each end, and {@code
	 * (0 + a) + b} is ImageJ's sum of the two points at a distance whether or not they lie on the line.
	 */
	private static float nearEdge(float[] padded, int length, int i, float[] kern, float[] kernSum,
		boolean startPart)
	{
		int radius = kern.length, c = i + radius;
		float result = padded[c] * kern[0];
		if (startPart || i < radius) result += kernSum[i] * padded[radius];
		if (startPart ? i + radius > length : i + radius >= length) result += kernSum[length - i - 1] *
			padded[radius + length - 1];
		for (int k = 1; k < radius; k++)
			result += kern[k] * ((0f + padded[c - k]) + padded[c + k]);
		return result;
	}

	/**
	 * The vertical pass, row by row in place: the original rows an output row still needs above it are kept in
	 * a ring of {@code radius - 1} rows.
	 */
	static void columns(float[] pixels, int w, int h, float[][] kernel) {
		float[] kern = kernel[0], kernSum = kernel[1];
		int radius = kern.length;
		float k0 = kern[0];
		int ringRows = Math.max(1, Math.min(radius - 1, h));
		float[] ring = new float[ringRows * w], out = new float[w], first = new float[w], last = new float[w];
		System.arraycopy(pixels, 0, first, 0, w);
		System.arraycopy(pixels, (h - 1) * w, last, 0, w);
		int edgeEnd = Math.min(radius, h), insideEnd = Math.max(edgeEnd, h - radius);
		for (int y = 0; y < h; y++) {
			int row = y * w;
			if (y >= edgeEnd && y < insideEnd) {
				for (int x = 0; x < w; x++)
					out[x] = pixels[row + x] * k0;
				int k = 1;
				for (; k + 3 < radius; k += 4) {
					float ka = kern[k], kb = kern[k + 1], kc = kern[k + 2], kd = kern[k + 3];
					int a1 = ((y - k) % ringRows) * w, b1 = row + k * w;
					int a2 = ((y - k - 1) % ringRows) * w, b2 = b1 + w;
					int a3 = ((y - k - 2) % ringRows) * w, b3 = b2 + w;
					int a4 = ((y - k - 3) % ringRows) * w, b4 = b3 + w;
					for (int x = 0; x < w; x++)
						out[x] = out[x] + ka * (ring[a1 + x] + pixels[b1 + x]) + kb * (ring[a2 + x] + pixels[b2 + x]) + kc *
							(ring[a3 + x] + pixels[b3 + x]) + kd * (ring[a4 + x] + pixels[b4 + x]);
				}
				for (; k + 1 < radius; k += 2) {
					float ka = kern[k], kb = kern[k + 1];
					int a1 = ((y - k) % ringRows) * w, b1 = row + k * w;
					int a2 = ((y - k - 1) % ringRows) * w, b2 = b1 + w;
					for (int x = 0; x < w; x++)
						out[x] = out[x] + ka * (ring[a1 + x] + pixels[b1 + x]) + kb * (ring[a2 + x] + pixels[b2 + x]);
				}
				for (; k < radius; k++) {
					float ka = kern[k];
					int a = ((y - k) % ringRows) * w, b = row + k * w;
					for (int x = 0; x < w; x++)
						out[x] += ka * (ring[a + x] + pixels[b + x]);
				}
			}
			else {
				boolean startPart = y < edgeEnd;
				for (int x = 0; x < w; x++)
					out[x] = pixels[row + x] * k0;
				if (startPart || y < radius) for (int x = 0; x < w; x++)
					out[x] += kernSum[y] * first[x];
				if (startPart ? y + radius > h : y + radius >= h) {
					float s = kernSum[h - y - 1];
					for (int x = 0; x < w; x++)
						out[x] += s * last[x];
				}
				for (int k = 1; k < radius; k++) {
					float kk = kern[k];
					boolean hasAbove = y - k >= 0, hasBelow = y + k < h;
					int a = hasAbove ? ((y - k) % ringRows) * w : 0, b = row + k * w;
					for (int x = 0; x < w; x++) {
						float v = 0;
						if (hasAbove) v += ring[a + x];
						if (hasBelow) v += pixels[b + x];
						out[x] += kk * v;
					}
				}
			}
			if (radius > 1) System.arraycopy(pixels, row, ring, (y % ringRows) * w, w);
			System.arraycopy(out, 0, pixels, row, w);
		}
	}

	/**
	 * A large sigma, one direction: each line is shrunk by {@code floor(sigma / 4)} with a kernel that keeps its
	 * mean and centre, blurred there by the rest of the sigma, and enlarged again by a cubic kernel (the
	 * variances of the three add up to sigma squared). The arithmetic is ImageJ's, point for point.
	 */
	static final class Shrunk {

		/** ImageJ's smallest sigma in the shrunk line, and the points added at each end for the enlarging. */
		private static final double MIN_SHRUNK_SIGMA = 4;
		private static final int UPSCALE_RADIUS = 2;

		private Shrunk() {}

		static void blur(float[] pixels, int w, int h, double sigma, boolean xDirection, GaussianBlur maker) {
			int length = xDirection ? w : h, lines = xDirection ? h : w;
			int step = xDirection ? 1 : w, lineStep = xDirection ? w : 1;
			int reduce = Math.min((int) Math.floor(sigma / MIN_SHRUNK_SIGMA), length);
			double rest = Math.sqrt(sigma * sigma / (reduce * reduce) - 1. / 3. - 1. / 4.);
			int margin = UPSCALE_RADIUS + 1;
			int shrunkLength = (length + reduce - 1) / reduce + 2 * margin;
			float[][] kernel = maker.makeGaussianKernel(rest, ACCURACY, shrunkLength);
			float[] down = shrinkKernel(reduce), up = enlargeKernel(reduce);
			int start = -margin * reduce;
			float[] shrunk = new float[shrunkLength], blurred = new float[shrunkLength];
			float[] padded = new float[shrunkLength + 2 * kernel[0].length];
			for (int line = 0; line < lines; line++) {
				int first = line * lineStep;
				shrink(pixels, shrunk, down, reduce, first, start, length, step);
				convolve(shrunk, blurred, kernel, padded);
				enlarge(blurred, pixels, up, reduce, first, start, length, step);
			}
		}

		/**
		 * Point {@code start} of the line (negative: before it) becomes shrunk point 0; the ends are repeated.
		 * Each point is read once and adds its share to the three shrunk points it falls under.
		 */
		private static void shrink(float[] pixels, float[] out, float[] kernel, int reduce, int first, int start,
			int length, int step)
		{
			int n = out.length, last = first + step * (length - 1), span = step * (reduce - 1);
			int p = first + step * (start - reduce * 3 / 2);
			for (int o = -1; o <= n; o++) {
				float before = 0, here = 0, after = 0;
				if (p >= first && p + span <= last) {
					for (int x = 0; x < reduce; x++, p += step) {
						float v = pixels[p];
						before += v * kernel[x + 2 * reduce];
						here += v * kernel[x + reduce];
						after += v * kernel[x];
					}
				}
				else {
					for (int x = 0; x < reduce; x++, p += step) {
						float v = pixels[p < first ? first : p > last ? last : p];
						before += v * kernel[x + 2 * reduce];
						here += v * kernel[x + reduce];
						after += v * kernel[x];
					}
				}
				if (o > 0) out[o - 1] += before;
				if (o >= 0 && o < n) out[o] += here;
				if (o + 1 < n) out[o + 1] = after;
			}
		}

		/**
		 * ImageJ's convolution of a shrunk line, written from its second to its last-but-one point. Most points
		 * of a shrunk line lie within a kernel radius of an end; {@code padded} holds the line between zeros.
		 */
		private static void convolve(float[] in, float[] out, float[][] kernel, float[] padded) {
			float[] kern = kernel[0], kernSum = kernel[1];
			int radius = kern.length, length = in.length;
			System.arraycopy(in, 0, padded, radius, length);
			int edgeEnd = Math.min(radius, length), insideEnd = Math.max(edgeEnd, Math.min(length - radius,
				length - 1));
			for (int i = 1; i < edgeEnd && i < length - 1; i++)
				out[i] = nearEdge(padded, length, i, kern, kernSum, true);
			for (int i = edgeEnd; i < insideEnd; i++) {
				float result = in[i] * kern[0];
				for (int k = 1; k < radius; k++)
					result += kern[k] * (in[i - k] + in[i + k]);
				out[i] = result;
			}
			for (int i = Math.max(edgeEnd, insideEnd); i < length - 1; i++)
				out[i] = nearEdge(padded, length, i, kern, kernSum, false);
		}

		/** Point o of the line takes the four shrunk points around it; o's place among them is kept as o grows. */
		private static void enlarge(float[] in, float[] pixels, float[] kernel, int reduce, int first, int start,
			int length, int step)
		{
			int q = reduce - 1 - start, at = q / reduce, x = reduce - 1 - q % reduce;
			for (int o = 0, p = first; o < length; o++, p += step) {
				pixels[p] = in[at - 2] * kernel[x] + in[at - 1] * kernel[x + reduce] + in[at] * kernel[x + 2 * reduce] +
					in[at + 1] * kernel[x + 3 * reduce];
				if (--x < 0) {
					x = reduce - 1;
					at++;
				}
			}
		}

		/**
		 * The shrinking kernel over three shrunk points (index {@code 3 * unit / 2} is its centre): a quadratic
		 * spline of unit norm, centre 0 and a fixed spread.
		 */
		static float[] shrinkKernel(int unit) {
			int mid = unit * 3 / 2;
			float[] kernel = new float[3 * unit];
			for (int i = 0; i <= unit / 2; i++) {
				double x = i / (double) unit;
				kernel[mid - i] = kernel[mid + i] = (float) ((0.75 - x * x) / unit);
			}
			for (int i = unit / 2 + 1; i < (unit * 3 + 1) / 2; i++) {
				double x = i / (double) unit;
				kernel[mid - i] = kernel[mid + i] = (float) ((0.125 + 0.5 * (x - 1) * (x - 2)) / unit);
			}
			return kernel;
		}

		/** The enlarging kernel over four shrunk points: the cubic B-spline (four unit boxes convolved). */
		static float[] enlargeKernel(int unit) {
			float[] kernel = new float[4 * unit];
			int mid = 2 * unit;
			for (int i = 0; i < unit; i++) {
				double x = i / (double) unit;
				kernel[mid + i] = kernel[mid - i] = (float) (2. / 3. - x * x * (1 - 0.5 * x));
			}
			for (int i = unit; i < 2 * unit; i++) {
				double x = i / (double) unit;
				kernel[mid + i] = kernel[mid - i] = (float) ((2. - x) * (2. - x) * (2. - x) / 6.);
			}
			return kernel;
		}
	}
}
