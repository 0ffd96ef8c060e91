package org.alsstress.blot;

import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A test blot built piece by piece with known geometry, as an imager exports it: a membrane (a
 * rectangle, optionally with a bright rim) inside a larger dark frame, lanes at given columns, band
 * rows at given heights, and optionally a pre-stained marker lane, dust, bubbles, a cut between
 * strips, an exposure gradient, a rotation and an offset. Truth is kept in membrane coordinates
 * ({@link #centreInImage} maps a lane centre into the image).
 */
final class MembraneBlot {
	int width = 689, height = 552;
	/** Membrane rectangle in the frame: x, y, width, height (before rotation). */
	int[] membrane = {60, 70, 570, 400};
	double frameLevel = 400, membraneLevel = 1400;
	/** Extra brightness along the membrane's outline (a gel-tray or membrane edge glowing), 0 for none. */
	double rim = 0;
	double[] laneCentres;
	double laneWidth = 44;
	final List<BandRowSpec> rows = new ArrayList<>();
	/** Index (into laneCentres) of a pre-stained marker lane with many bands, or -1. */
	int markerLane = -1;
	double markerAmplitude = 6000;
	int dust = 0, bubbles = 0;
	/** A horizontal cut between two strips at this row (membrane coordinates), or -1. */
	int cutRow = -1;
	/** Relative change of the exposure from the left to the right of the frame. */
	double gradient = 0;
	double rotationDegrees = 0, dx = 0, dy = 0;
	double noise = 60;
	/** 8-bit film look: dark bands on light, 8-bit values. */
	boolean film = false;
	long seed = 1;

	/** A row of bands: centre row in membrane coordinates, vertical SD, and the peak height per lane. */
	static final class BandRowSpec {
		final double y;
		final double sigma;
		final double[] amplitudes;

		BandRowSpec(double y, double sigma, double[] amplitudes) {
			this.y = y;
			this.sigma = sigma;
			this.amplitudes = amplitudes;
		}
	}

	/** Evenly spaced lanes filling a fraction of the membrane's width, centred in it. */
	MembraneBlot evenLanes(int n, double pitch, double laneWidth) {
		laneCentres = new double[n];
		double first = membrane[0] + membrane[2] / 2.0 - pitch * (n - 1) / 2.0;
		for (int i = 0; i < n; i++)
			laneCentres[i] = first + i * pitch;
		this.laneWidth = laneWidth;
		return this;
	}

	MembraneBlot row(double y, double sigma, double amplitude) {
		double[] a = new double[laneCentres.length];
		Random r = new Random(seed * 977 + rows.size());
		for (int i = 0; i < a.length; i++)
			a[i] = amplitude * (0.5 + r.nextDouble());
		rows.add(new BandRowSpec(y, sigma, a));
		return this;
	}

	int lanes() {
		return laneCentres.length - (markerLane >= 0 ? 1 : 0);
	}

	/** Centres of the sample lanes (the marker left out), in image columns at the given row. */
	double[] sampleCentresInImage(double y) {
		double[] out = new double[lanes()];
		for (int i = 0, k = 0; i < laneCentres.length; i++)
			if (i != markerLane) out[k++] = centreInImage(i, y);
		return out;
	}

	/** Where a lane's centre lies in the image at image row y (rotation about the frame centre, then offset). */
	double centreInImage(int lane, double y) {
		double a = Math.toRadians(rotationDegrees), cx = width / 2.0, cy = height / 2.0;
		// solve for the image x whose membrane x is the lane centre, at image row y (small angles)
		double mx = laneCentres[lane];
		double yy = y - dy - cy;
		return cx + dx + (mx - cx) / Math.cos(a) - yy * Math.tan(a);
	}

	/** True volume of a band (lane index, row index) above the membrane, before noise. */
	double volume(int lane, int row) {
		BandRowSpec spec = rows.get(row);
		return spec.amplitudes[lane] * laneWidth * spec.sigma * Math.sqrt(2 * Math.PI);
	}

	ImageProcessor render() {
		Random random = new Random(seed);
		double[][] dustSpots = spots(random, dust, 1.5, 3.5);
		double[][] bubbleSpots = spots(random, bubbles, 3, 9);
		double a = Math.toRadians(rotationDegrees), cos = Math.cos(a), sin = Math.sin(a);
		double cx = width / 2.0, cy = height / 2.0;
		float[] v = new float[width * height];
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++) {
				// image -> membrane coordinates
				double ix = x - dx - cx, iy = y - dy - cy;
				double mx = cx + ix * cos + iy * sin, my = cy - ix * sin + iy * cos;
				double s = inside(mx, my) ? membraneLevel + bands(mx, my) + rimAt(mx, my) : frameLevel;
				if (inside(mx, my)) {
					for (double[] d : dustSpots)
						s += 4 * noiseFree(d, mx, my) * membraneLevel;
					for (double[] b : bubbleSpots)
						s -= noiseFree(b, mx, my) * (s - frameLevel) * 0.8;
				}
				s *= 1 + gradient * ((double) x / width - 0.5);
				s += noise * random.nextGaussian();
				v[y * width + x] = (float) s;
			}
		return film ? toFilm(v) : toShort(v);
	}

	private boolean inside(double mx, double my) {
		int x0 = membrane[0], y0 = membrane[1];
		boolean in = mx >= x0 && mx < x0 + membrane[2] && my >= y0 && my < y0 + membrane[3];
		return in && !(cutRow >= 0 && Math.abs(my - cutRow) < 2);
	}

	private double rimAt(double mx, double my) {
		if (rim == 0) return 0;
		double d = Math.min(Math.min(mx - membrane[0], membrane[0] + membrane[2] - mx),
			Math.min(my - membrane[1], membrane[1] + membrane[3] - my));
		return d < 3 ? rim : 0;
	}

	private double bands(double mx, double my) {
		double s = 0;
		for (int i = 0; i < laneCentres.length; i++) {
			double u = Math.abs(mx - laneCentres[i]) - laneWidth / 2;
			double fx = 1 / (1 + Math.exp(u / 1.2));
			if (fx < 1e-4) continue;
			if (i == markerLane) {
				for (int b = 0; b < 10; b++) {
					double yb = membrane[1] + membrane[3] * (0.06 + 0.09 * b);
					double d = (my - yb) / 2.5;
					s += fx * markerAmplitude * (0.4 + 0.6 * ((b * 7) % 5) / 4.0) * Math.exp(-0.5 * d * d);
				}
				continue;
			}
			for (BandRowSpec row : rows) {
				double d = (my - row.y) / row.sigma;
				s += fx * row.amplitudes[i] * Math.exp(-0.5 * d * d);
			}
		}
		return s;
	}

	private double[][] spots(Random random, int n, double minR, double maxR) {
		double[][] out = new double[n][];
		for (int i = 0; i < n; i++)
			out[i] = new double[] {membrane[0] + random.nextDouble() * membrane[2], membrane[1] + random.nextDouble() * membrane[3],
				minR + random.nextDouble() * (maxR - minR)};
		return out;
	}

	private static double noiseFree(double[] spot, double mx, double my) {
		double ex = (mx - spot[0]) / spot[2], ey = (my - spot[1]) / spot[2];
		double r2 = ex * ex + ey * ey;
		return r2 > 9 ? 0 : Math.exp(-0.5 * r2 * r2);
	}

	private ImageProcessor toShort(float[] v) {
		ShortProcessor sp = new ShortProcessor(width, height);
		for (int i = 0; i < v.length; i++)
			sp.set(i, (int) Math.max(0, Math.min(65535, Math.round(v[i]))));
		return sp;
	}

	/** Film: dark bands on a light background, 8-bit (full scale of the 16-bit signal mapped to 255). */
	private ImageProcessor toFilm(float[] v) {
		ByteProcessor bp = new ByteProcessor(width, height);
		for (int i = 0; i < v.length; i++)
			bp.set(i, (int) Math.max(0, Math.min(255, Math.round(255 - v[i] / 65535.0 * 255 * 3))));
		return bp;
	}
}
