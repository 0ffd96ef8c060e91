package org.alsstress.blot;

import java.util.Arrays;

/**
 * A cheap, smooth estimate of the membrane background: a low percentile of each block of pixels,
 * interpolated bilinearly. Used to find lanes, not to quantify bands.
 */
final class CoarseBackground {
	private static final double PERCENTILE = 0.1;

	private CoarseBackground() {}

	/** Side of the blocks whose low percentile is the background: structures narrower than this survive. */
	static int blockSize(SignalImage img) {
		return Math.max(16, Math.min(128, Math.min(img.width, img.height) / 5));
	}

	/** The image minus its coarse background (blocks are sampled on a grid of at most 32x32 pixels). */
	static float[] residual(SignalImage img) {
		int w = img.width, h = img.height;
		int block = blockSize(img);
		int bw = (w + block - 1) / block, bh = (h + block - 1) / block;
		double[] level = new double[bw * bh];
		int step = Math.max(1, block / 32);
		float[] buffer = new float[block * block];
		for (int by = 0; by < bh; by++)
			for (int bx = 0; bx < bw; bx++) {
				int n = 0;
				for (int y = by * block; y < Math.min(h, (by + 1) * block); y += step)
					for (int x = bx * block; x < Math.min(w, (bx + 1) * block); x += step)
						buffer[n++] = img.pixels[y * w + x];
				Arrays.sort(buffer, 0, n);
				level[by * bw + bx] = buffer[(int) (PERCENTILE * (n - 1))];
			}
		float[] out = new float[w * h];
		for (int y = 0; y < h; y++) {
			double fy = (y + 0.5) / block - 0.5;
			int y0 = cell(fy, bh), y1 = Math.min(bh - 1, y0 + 1);
			double ty = y1 == y0 ? 0 : fy - y0;
			for (int x = 0; x < w; x++) {
				double fx = (x + 0.5) / block - 0.5;
				int x0 = cell(fx, bw), x1 = Math.min(bw - 1, x0 + 1);
				double tx = x1 == x0 ? 0 : fx - x0;
				double top = level[y0 * bw + x0] * (1 - tx) + level[y0 * bw + x1] * tx;
				double bottom = level[y1 * bw + x0] * (1 - tx) + level[y1 * bw + x1] * tx;
				out[y * w + x] = (float) (img.pixels[y * w + x] - (top * (1 - ty) + bottom * ty));
			}
		}
		return out;
	}

	/** First of the two block centres to interpolate between; beyond the outer centres this extrapolates. */
	private static int cell(double f, int blocks) {
		return blocks < 2 ? 0 : Math.max(0, Math.min(blocks - 2, (int) Math.floor(f)));
	}
}
