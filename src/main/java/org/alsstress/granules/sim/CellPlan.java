package org.alsstress.granules.sim;

import java.util.Random;

/** One cell's drawn parameters before rendering: position, shapes and stain levels. */
final class CellPlan {
	static final int ANGLE_BINS = 512;

	final double cx, cy;
	/** Nucleus semi-axes (px), orientation and radial modulation per angle bin. */
	double nucleusA, nucleusB;
	final double nucleusAngle;
	double[] nucleusShape;
	/** Mean nucleus radius and cell radius profile (px) per angle bin. */
	double nucleusRadius;
	double[] cellRadius;
	/** Weights of the two shared border-noise fields, so neighbouring borders wiggle differently. */
	final double borderW1, borderW2;
	double expression, markerLevel, dapiLevel, caspaseLevel;
	boolean apoptotic;
	int granuleTarget;

	CellPlan(Random random, double cx, double cy, double nucleusRadius, double cellRadius) {
		this.cx = cx;
		this.cy = cy;
		this.nucleusRadius = nucleusRadius;
		double aspect = 1 + 0.45 * random.nextDouble();
		nucleusA = nucleusRadius * Math.sqrt(aspect);
		nucleusB = nucleusRadius / Math.sqrt(aspect);
		nucleusAngle = random.nextDouble() * Math.PI;
		nucleusShape = harmonics(random, new double[] {0, 0, 0.035, 0.025, 0.015});
		this.cellRadius = harmonics(random, new double[] {0, 0.16, 0.14, 0.07, 0.05, 0.04});
		for (int i = 0; i < ANGLE_BINS; i++)
			this.cellRadius[i] = Math.max(nucleusRadius * 1.35, cellRadius * this.cellRadius[i]);
		double phase = random.nextDouble() * 2 * Math.PI;
		borderW1 = Math.cos(phase);
		borderW2 = Math.sin(phase);
	}

	/** Apoptosis: a small, round, condensed nucleus in a shrunken, rounded cell. */
	void makeApoptotic(Random random, double pixelUm) {
		apoptotic = true;
		nucleusRadius *= 0.5 + 0.1 * random.nextDouble();
		double aspect = 1 + 0.15 * random.nextDouble();
		nucleusA = nucleusRadius * Math.sqrt(aspect);
		nucleusB = nucleusRadius / Math.sqrt(aspect);
		nucleusShape = harmonics(random, new double[] {0, 0, 0.02, 0.01});
		double radius = nucleusRadius / 0.55 + (2 + 2 * random.nextDouble()) / pixelUm;
		cellRadius = harmonics(random, new double[] {0, 0.08, 0.06, 0.03});
		for (int i = 0; i < ANGLE_BINS; i++)
			cellRadius[i] = Math.max(nucleusRadius * 1.6, radius * cellRadius[i]);
	}

	double maxCellRadius() {
		double max = 0;
		for (double r : cellRadius)
			max = Math.max(max, r);
		return max;
	}

	static int angleBin(double dx, double dy) {
		double a = fastAtan2(dy, dx);
		int bin = (int) ((a + Math.PI) * (ANGLE_BINS / (2 * Math.PI)));
		return bin < 0 ? 0 : bin >= ANGLE_BINS ? ANGLE_BINS - 1 : bin;
	}

	/** 1 + sum of random cosine harmonics (amplitude sd per order), tabulated per angle bin. */
	private static double[] harmonics(Random random, double[] sd) {
		double[] amplitude = new double[sd.length], phase = new double[sd.length];
		for (int k = 1; k < sd.length; k++) {
			amplitude[k] = sd[k] * random.nextGaussian();
			phase[k] = random.nextDouble() * 2 * Math.PI;
		}
		double[] table = new double[ANGLE_BINS];
		for (int i = 0; i < ANGLE_BINS; i++) {
			double theta = -Math.PI + (i + 0.5) * 2 * Math.PI / ANGLE_BINS;
			double v = 1;
			for (int k = 1; k < sd.length; k++)
				v += amplitude[k] * Math.cos(k * theta + phase[k]);
			table[i] = Math.max(0.5, v);
		}
		return table;
	}

	/** atan2 to within about 0.01 rad, several times faster than Math.atan2. */
	private static double fastAtan2(double y, double x) {
		double ax = Math.abs(x), ay = Math.abs(y);
		if (ax == 0 && ay == 0) return 0;
		double a = Math.min(ax, ay) / Math.max(ax, ay);
		double s = a * a;
		double r = ((-0.0464964749 * s + 0.15931422) * s - 0.327622764) * s * a + a;
		if (ay > ax) r = Math.PI / 2 - r;
		if (x < 0) r = Math.PI - r;
		return y < 0 ? -r : r;
	}
}
