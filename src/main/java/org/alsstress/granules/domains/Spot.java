package org.alsstress.granules.domains;

import java.util.SplittableRandom;

/**
 * One granule or speck as the microscope sees it: its intrinsic profile (3 x 3 sub-samples per pixel)
 * blurred by the Gaussian point-spread function, scaled to a peak of 1, in a small patch of the field.
 */
final class Spot {
	final int x0, y0, width, height;
	final float[] values;
	/** Intensity-weighted centre of the part above half the peak, in ImageJ coordinates. */
	final double centreX, centreY;

	private Spot(int x0, int y0, int width, int height, float[] values) {
		this.x0 = x0;
		this.y0 = y0;
		this.width = width;
		this.height = height;
		this.values = values;
		double sx = 0, sy = 0, sw = 0;
		for (int j = 0; j < height; j++)
			for (int i = 0; i < width; i++) {
				float v = values[j * width + i];
				if (v < 0.5f) continue;
				sx += v * (x0 + i + 0.5);
				sy += v * (y0 + j + 0.5);
				sw += v;
			}
		centreX = sx / sw;
		centreY = sy / sw;
	}

	/** The intrinsic brightness (0-1) at a point relative to the spot's centre, in px. */
	interface Shape {
		double at(double dx, double dy);
	}

	/**
	 * @param extentPx how far the intrinsic shape reaches from its centre
	 */
	static Spot render(Shape shape, double x, double y, double extentPx, double psfSigmaPx) {
		int kernel = (int) Math.ceil(3.5 * psfSigmaPx);
		int reach = (int) Math.ceil(extentPx) + kernel + 2;
		int x0 = (int) Math.floor(x) - reach, y0 = (int) Math.floor(y) - reach;
		int size = 2 * reach + 1;
		float[] v = new float[size * size];
		for (int j = 0; j < size; j++)
			for (int i = 0; i < size; i++) {
				double sum = 0;
				for (int sj = 0; sj < 3; sj++)
					for (int si = 0; si < 3; si++)
						sum += shape.at(x0 + i + (si + 0.5) / 3 - x, y0 + j + (sj + 0.5) / 3 - y);
				v[j * size + i] = (float) (sum / 9);
			}
		blur(v, size, psfSigmaPx);
		float peak = 0;
		for (float value : v)
			peak = Math.max(peak, value);
		if (peak <= 0) throw new IllegalStateException("empty spot");
		for (int i = 0; i < v.length; i++)
			v[i] /= peak;
		return new Spot(x0, y0, size, size, v);
	}

	/** Gaussian intensity with full width at half maximum = diameter. */
	static Shape gaussian(double diameterPx) {
		double s = diameterPx / 2.3548;
		return (dx, dy) -> Math.exp(-(dx * dx + dy * dy) / (2 * s * s));
	}

	static Shape disc(double diameterPx) {
		double r2 = diameterPx * diameterPx / 4;
		return (dx, dy) -> dx * dx + dy * dy <= r2 ? 1 : 0;
	}

	/** An ellipse of the given area-equivalent diameter and aspect ratio, flat or Gaussian. */
	static Shape elongated(double diameterPx, double aspect, double angle, boolean flat) {
		double a = diameterPx / 2 * Math.sqrt(aspect), b = diameterPx / 2 / Math.sqrt(aspect);
		double cos = Math.cos(angle), sin = Math.sin(angle);
		return (dx, dy) -> {
			double u = (dx * cos + dy * sin) / a, v = (-dx * sin + dy * cos) / b, q = u * u + v * v;
			return flat ? (q <= 1 ? 1 : 0) : Math.exp(-q * 1.3863);
		};
	}

	/** Two to four overlapping lobes of uneven brightness, each with a wavy outline. */
	static Shape irregular(double diameterPx, SplittableRandom r) {
		int n = 2 + r.nextInt(3);
		double[][] lobes = new double[n][];
		for (int k = 0; k < n; k++) {
			double a = r.nextDouble() * 2 * Math.PI, d = (k == 0 ? 0 : Draw.uniform(r, 0.2, 0.4)) * diameterPx;
			lobes[k] = new double[] { d * Math.cos(a), d * Math.sin(a), Draw.uniform(r, 0.25, 0.45) * diameterPx, Draw
				.uniform(r, 0.55, 1), r.nextDouble() * 2 * Math.PI, 0.15 * Draw.normal(r), 0.1 * Draw.normal(r) };
		}
		return (dx, dy) -> {
			double best = 0;
			for (double[] l : lobes) {
				double ex = dx - l[0], ey = dy - l[1], angle = Math.atan2(ey, ex);
				double radius = l[2] * (1 + l[5] * Math.cos(2 * angle + l[4]) + l[6] * Math.cos(3 * angle + 2 * l[4]));
				if (ex * ex + ey * ey <= radius * radius) best = Math.max(best, l[3]);
			}
			return best;
		};
	}

	/** Separable Gaussian blur of a square patch, zero outside it. */
	private static void blur(float[] v, int size, double sigma) {
		if (sigma <= 0.05) return;
		int radius = (int) Math.ceil(3.5 * sigma);
		double[] k = new double[2 * radius + 1];
		double sum = 0;
		for (int i = -radius; i <= radius; i++)
			sum += k[i + radius] = Math.exp(-i * i / (2 * sigma * sigma));
		for (int i = 0; i < k.length; i++)
			k[i] /= sum;
		float[] tmp = new float[v.length];
		for (int y = 0; y < size; y++)
			for (int x = 0; x < size; x++) {
				double s = 0;
				for (int d = -radius; d <= radius; d++) {
					int xx = x + d;
					if (xx >= 0 && xx < size) s += k[d + radius] * v[y * size + xx];
				}
				tmp[y * size + x] = (float) s;
			}
		for (int y = 0; y < size; y++)
			for (int x = 0; x < size; x++) {
				double s = 0;
				for (int d = -radius; d <= radius; d++) {
					int yy = y + d;
					if (yy >= 0 && yy < size) s += k[d + radius] * tmp[yy * size + x];
				}
				v[y * size + x] = (float) s;
			}
	}
}
