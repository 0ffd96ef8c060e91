package org.alsstress.granules.sim;

import ij.plugin.filter.GaussianBlur;
import ij.process.FloatProcessor;


/** Zero-mean, unit-variance random texture fields at a chosen spatial scale. */
final class SmoothNoise {

	private SmoothNoise() {}

	/**
	 * Value noise: independent Gaussian values on a grid with the given spacing, interpolated with
	 * Catmull-Rom splines (separably, so it costs a few operations per pixel).
	 */
	static float[] coarse(FastNormal random, int width, int height, double spacingPx) {
		int gw = (int) Math.ceil(width / spacingPx) + 4;
		int gh = (int) Math.ceil(height / spacingPx) + 4;
		double[] grid = new double[gw * gh];
		for (int i = 0; i < grid.length; i++)
			grid[i] = random.next();
		// interpolate every grid row along x first
		double[] rows = new double[gh * width];
		int[] cell = new int[width];
		double[][] wx = new double[width][];
		for (int x = 0; x < width; x++) {
			double gx = x / spacingPx + 1;
			cell[x] = (int) Math.floor(gx);
			wx[x] = catmullRom(gx - cell[x]);
		}
		for (int j = 0; j < gh; j++)
			for (int x = 0; x < width; x++) {
				int o = j * gw + cell[x] - 1;
				double[] w = wx[x];
				rows[j * width + x] = w[0] * grid[o] + w[1] * grid[o + 1] + w[2] * grid[o + 2] + w[3] * grid[o + 3];
			}
		float[] field = new float[width * height];
		for (int y = 0; y < height; y++) {
			double gy = y / spacingPx + 1;
			int j = (int) Math.floor(gy);
			double[] w = catmullRom(gy - j);
			int r0 = (j - 1) * width, r1 = j * width, r2 = (j + 1) * width, r3 = (j + 2) * width;
			for (int x = 0; x < width; x++)
				field[y * width + x] = (float) (w[0] * rows[r0 + x] + w[1] * rows[r1 + x] + w[2] * rows[r2 + x] + w[3] *
					rows[r3 + x]);
		}
		return standardize(field);
	}

	/** Gaussian-filtered white noise: grain at about the given sigma. */
	static float[] fine(FastNormal random, int width, int height, double sigmaPx) {
		float[] field = new float[width * height];
		for (int i = 0; i < field.length; i++)
			field[i] = (float) random.next();
		FloatProcessor fp = new FloatProcessor(width, height, field);
		new GaussianBlur().blurGaussian(fp, sigmaPx, sigmaPx, 0.002);
		return standardize(field);
	}

	private static double[] catmullRom(double t) {
		double t2 = t * t, t3 = t2 * t;
		return new double[] {
			0.5 * (-t3 + 2 * t2 - t),
			0.5 * (3 * t3 - 5 * t2 + 2),
			0.5 * (-3 * t3 + 4 * t2 + t),
			0.5 * (t3 - t2)};
	}

	private static float[] standardize(float[] field) {
		double sum = 0, sum2 = 0;
		for (float v : field) {
			sum += v;
			sum2 += v * v;
		}
		double mean = sum / field.length;
		double sd = Math.sqrt(Math.max(1e-12, sum2 / field.length - mean * mean));
		for (int i = 0; i < field.length; i++)
			field[i] = (float) ((field[i] - mean) / sd);
		return field;
	}
}
