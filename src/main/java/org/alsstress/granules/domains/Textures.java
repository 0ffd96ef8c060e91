package org.alsstress.granules.domains;

import java.util.SplittableRandom;

import ij.plugin.filter.GaussianBlur;
import ij.process.FloatProcessor;

/** Random textures: blurred white noise at a chosen scale (zero mean, unit SD) and fibres. */
final class Textures {

	private Textures() {}

	/** White noise blurred with a Gaussian of the given SD (px), standardised. */
	static float[] smooth(SplittableRandom random, int w, int h, double sigmaPx) {
		float[] field = new float[w * h];
		for (int i = 0; i < field.length; i++)
			field[i] = (float) Draw.normal(random);
		blur(field, w, h, sigmaPx);
		return standardise(field);
	}

	/**
	 * Thin bright lines (cytoskeleton, ER tubules) inside the given cells: straight or gently curved segments
	 * of the given length range, peak 1 on the line, Gaussian cross-section of the given SD (px).
	 */
	static float[] fibres(SplittableRandom random, CellLayout layout, double perPx2, double minLengthPx,
		double maxLengthPx, double sigmaPx)
	{
		int w = layout.w, h = layout.h;
		float[] field = new float[w * h];
		int[] area = new int[layout.cells.size() + 1];
		for (int i = 0; i < w * h; i++)
			if (layout.cellLabels[i] != 0 && layout.nucleusLabels[i] == 0) area[layout.cellLabels[i]]++;
		for (CellLayout.Cell c : layout.cells) {
			int n = (int) Math.round(area[c.id] * perPx2);
			for (int k = 0; k < n; k++) {
				// start somewhere in the cell, head off in a random direction
				double a = random.nextDouble() * 2 * Math.PI, d = c.rn + (c.minRadius() - c.rn) * random.nextDouble();
				double x = c.cx + d * Math.cos(a), y = c.cy + d * Math.sin(a);
				double heading = random.nextDouble() * 2 * Math.PI, bend = 0.15 * Draw.normal(random);
				double length = Draw.uniform(random, minLengthPx, maxLengthPx);
				double step = Math.max(2, 3 * sigmaPx);
				for (double s = 0; s < length; s += step) {
					double nx = x + step * Math.cos(heading), ny = y + step * Math.sin(heading);
					segment(field, w, h, x, y, nx, ny, sigmaPx);
					x = nx;
					y = ny;
					heading += bend * step / 10;
				}
			}
		}
		return field;
	}

	private static void segment(float[] field, int w, int h, double x0, double y0, double x1, double y1, double sigma) {
		double reach = 3 * sigma + 1;
		int bx0 = CellLayout.clamp((int) (Math.min(x0, x1) - reach), w), bx1 = CellLayout.clamp((int) (Math.max(x0,
			x1) + reach) + 1, w);
		int by0 = CellLayout.clamp((int) (Math.min(y0, y1) - reach), h), by1 = CellLayout.clamp((int) (Math.max(y0,
			y1) + reach) + 1, h);
		double dx = x1 - x0, dy = y1 - y0, len2 = Math.max(1e-9, dx * dx + dy * dy);
		for (int y = by0; y < by1; y++)
			for (int x = bx0; x < bx1; x++) {
				double px = x + 0.5 - x0, py = y + 0.5 - y0;
				double t = Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
				double ex = px - t * dx, ey = py - t * dy;
				float v = (float) Math.exp(-(ex * ex + ey * ey) / (2 * sigma * sigma));
				int i = y * w + x;
				if (v > field[i]) field[i] = v;
			}
	}

	static void blur(float[] field, int w, int h, double sigmaPx) {
		if (sigmaPx <= 0) return;
		new GaussianBlur().blurGaussian(new FloatProcessor(w, h, field), sigmaPx, sigmaPx, 0.002);
	}

	static float[] standardise(float[] field) {
		double sum = 0, sum2 = 0;
		for (float v : field) {
			sum += v;
			sum2 += (double) v * v;
		}
		double mean = sum / field.length, sd = Math.sqrt(Math.max(1e-12, sum2 / field.length - mean * mean));
		for (int i = 0; i < field.length; i++)
			field[i] = (float) ((field[i] - mean) / sd);
		return field;
	}
}
