package org.alsstress.granules.domains;

import static org.alsstress.granules.domains.Draw.logUniform;
import static org.alsstress.granules.domains.Draw.uniform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where the cells are: nuclei (ellipses with wavy outlines; condensed, sometimes fragmented, in apoptotic
 * cells), cell territories that compete where cells meet (elongated, lobed outlines), each pixel's
 * position between nucleus and cell edge, and the nucleus and cell label images (a cell's label is its
 * nucleus's).
 */
final class CellLayout {
	static final int ANGLES = 360;

	/** One cell's shape and its stain levels. */
	static final class Cell {
		final int id;
		double cx, cy;
		/** Mean nucleus radius and semi-axes (px), orientation, outline modulation per angle. */
		double rn, na, nb, nAngle;
		double[] nShape;
		/** Cell radius per angle (px). */
		double[] radius;
		/** Apoptotic fragments {x, y, r} (px); empty for an intact nucleus. */
		final List<double[]> fragments = new ArrayList<>();
		boolean apoptotic, stressed;
		/** Levels relative to the field's: granule marker (expression), nuclei, cell marker, caspase. */
		double expression, dapi, marker, caspase;
		/** How quickly the cytoplasm thins towards the cell edge. */
		double thinning;

		Cell(int id) {
			this.id = id;
		}

		double maxRadius() {
			double max = 0;
			for (double r : radius)
				max = Math.max(max, r);
			return max;
		}

		double minRadius() {
			double min = Double.MAX_VALUE;
			for (double r : radius)
				min = Math.min(min, r);
			return min;
		}
	}

	final int w, h;
	final double pixelUm;
	final List<Cell> cells = new ArrayList<>();
	short[] nucleusLabels, cellLabels;
	/** Fraction of each pixel covered by a nucleus (anti-aliased outline). */
	float[] nucleusCover;
	/** 0 at the nucleus, 1 at the cell edge; -1 outside cells. */
	float[] radial;

	CellLayout(FieldRecipe recipe, SplittableRandom random) {
		this.w = recipe.width;
		this.h = recipe.height;
		this.pixelUm = recipe.pixelUm;
		place(recipe, random);
		paintNuclei();
		paintTerritories(random);
	}

	private double px(double um) {
		return um / pixelUm;
	}

	private void place(FieldRecipe f, SplittableRandom r) {
		double meanRadius = px((f.cellRadiusMinUm + f.cellRadiusMaxUm) / 2);
		double margin = 0.5 * px(f.cellRadiusMaxUm);
		double area = (w + 2 * margin) * (h + 2 * margin);
		int target = Math.max(2, (int) Math.round(f.confluence * area / (Math.PI * meanRadius * meanRadius)));
		for (int attempt = 0; attempt < target * 300 && cells.size() < target; attempt++) {
			double x = -margin + (w + 2 * margin) * r.nextDouble(), y = -margin + (h + 2 * margin) * r.nextDouble();
			double rn = px(uniform(r, f.nucleusRadiusMinUm, f.nucleusRadiusMaxUm));
			double rc = Math.max(rn * 1.5, px(uniform(r, f.cellRadiusMinUm, f.cellRadiusMaxUm)));
			if (!free(x, y, rn, rc)) continue;
			Cell c = new Cell(cells.size() + 1);
			c.cx = x;
			c.cy = y;
			shape(c, rn, rc, f.cellAspectMax, r);
			cells.add(c);
		}
		int apoptotic = (int) Math.round(f.apoptoticFraction * cells.size());
		if (f.apoptoticFraction > 0 && apoptotic == 0 && r.nextDouble() < f.apoptoticFraction * cells.size()) apoptotic = 1;
		List<Cell> order = new ArrayList<>(cells);
		java.util.Collections.shuffle(order, new java.util.Random(r.nextLong()));
		for (int i = 0; i < apoptotic; i++)
			makeApoptotic(order.get(i), f.fragmentedFraction, r);
		levels(f, r);
	}

	private boolean free(double x, double y, double rn, double rc) {
		for (Cell c : cells) {
			double d = Math.hypot(c.cx - x, c.cy - y);
			if (d < 1.35 * (c.rn + rn) || d < 0.62 * (c.maxRadius() + rc)) return false;
		}
		return true;
	}

	private static void shape(Cell c, double rn, double rc, double aspectMax, SplittableRandom r) {
		c.rn = rn;
		double nAspect = 1 + 0.5 * r.nextDouble();
		c.na = rn * Math.sqrt(nAspect);
		c.nb = rn / Math.sqrt(nAspect);
		c.nAngle = r.nextDouble() * Math.PI;
		c.nShape = harmonics(r, new double[] { 0, 0, 0.04, 0.03, 0.02 });
		double aspect = 1 + (aspectMax - 1) * r.nextDouble(), angle = r.nextDouble() * Math.PI;
		double[] lobes = harmonics(r, new double[] { 0, 0.12, 0.15, 0.1, 0.06, 0.05, 0.03 });
		c.radius = new double[ANGLES];
		for (int i = 0; i < ANGLES; i++) {
			double theta = angleOf(i) - angle;
			double ellipse = 1 / Math.sqrt(Math.cos(theta) * Math.cos(theta) / aspect + Math.sin(theta) * Math.sin(theta) *
				aspect);
			c.radius[i] = Math.max(1.45 * c.na, rc * ellipse * lobes[i]);
		}
	}

	/** A condensed, bright, round nucleus (in a third of them broken into fragments) in a shrunken round cell. */
	private static void makeApoptotic(Cell c, double fragmentedFraction, SplittableRandom r) {
		c.apoptotic = true;
		double rn = c.rn * uniform(r, 0.45, 0.6);
		c.rn = rn;
		c.na = rn * 1.05;
		c.nb = rn / 1.05;
		c.nShape = harmonics(r, new double[] { 0, 0, 0.02, 0.01 });
		double rc = Math.max(rn * 2.2, c.minRadius() * uniform(r, 0.5, 0.7));
		double[] round = harmonics(r, new double[] { 0, 0.05, 0.05, 0.03 });
		for (int i = 0; i < ANGLES; i++)
			c.radius[i] = rc * round[i];
		if (r.nextDouble() < fragmentedFraction) {
			int n = 2 + r.nextInt(3);
			for (int k = 0; k < n; k++) {
				double a = r.nextDouble() * 2 * Math.PI, d = rn * uniform(r, 0.5, 1.1);
				c.fragments.add(new double[] { c.cx + d * Math.cos(a), c.cy + d * Math.sin(a), rn * uniform(r, 0.35, 0.55) });
			}
		}
	}

	/** Levels log-uniform over the expression range, with both ends present. */
	private void levels(FieldRecipe f, SplittableRandom r) {
		double half = Math.log(f.expressionFold) / 2;
		for (int i = 0; i < cells.size(); i++) {
			Cell c = cells.get(i);
			double u = i == 0 ? 0 : i == 1 ? 1 : r.nextDouble();
			c.expression = Math.exp(-half + 2 * half * u);
			c.dapi = logUniform(r, 0.7, 1.4) * (c.apoptotic ? uniform(r, 2, 4) : 1);
			c.marker = logUniform(r, 0.5, 2);
			c.caspase = logUniform(r, 0.6, 1.6) * (c.apoptotic ? uniform(r, 6, 15) : 1);
			c.stressed = !c.apoptotic && r.nextDouble() < f.stressedFraction;
			c.thinning = uniform(r, 0.5, 1.5);
		}
		// the extremes on random cells, not always the first two placed
		List<Double> shuffled = new ArrayList<>();
		for (Cell c : cells)
			shuffled.add(c.expression);
		java.util.Collections.shuffle(shuffled, new java.util.Random(r.nextLong()));
		for (int i = 0; i < cells.size(); i++)
			cells.get(i).expression = shuffled.get(i);
	}

	// ---- painting ----------------------------------------------------------------------------

	private void paintNuclei() {
		nucleusLabels = new short[w * h];
		nucleusCover = new float[w * h];
		for (Cell c : cells) {
			if (c.fragments.isEmpty()) paintNucleus(c.id, c.cx, c.cy, c.na, c.nb, c.nAngle, c.nShape, c.rn);
			else for (double[] f : c.fragments)
				paintNucleus(c.id, f[0], f[1], f[2], f[2], 0, null, f[2]);
		}
	}

	private void paintNucleus(int id, double cx, double cy, double a, double b, double angle, double[] shape, double rn) {
		double cos = Math.cos(angle), sin = Math.sin(angle);
		double reach = Math.max(a, b) * 1.2 + 2;
		int x0 = clamp((int) (cx - reach), w), x1 = clamp((int) (cx + reach) + 1, w);
		int y0 = clamp((int) (cy - reach), h), y1 = clamp((int) (cy + reach) + 1, h);
		for (int y = y0; y < y1; y++)
			for (int x = x0; x < x1; x++) {
				double dx = x + 0.5 - cx, dy = y + 0.5 - cy;
				double u = (dx * cos + dy * sin) / a, v = (-dx * sin + dy * cos) / b;
				double rho = Math.sqrt(u * u + v * v) / (shape == null ? 1 : shape[angleIndex(u, v)]);
				double cover = Math.max(0, Math.min(1, (1 - rho) * rn + 0.5));
				int i = y * w + x;
				if (cover > nucleusCover[i]) nucleusCover[i] = (float) cover;
				if (rho < 1) nucleusLabels[i] = (short) id;
			}
	}

	private void paintTerritories(SplittableRandom r) {
		cellLabels = new short[w * h];
		radial = new float[w * h];
		Arrays.fill(radial, -1);
		float[] best = new float[w * h];
		Arrays.fill(best, Float.MAX_VALUE);
		float[] wobble1 = Textures.smooth(new SplittableRandom(r.nextLong()), w, h, px(3));
		float[] wobble2 = Textures.smooth(new SplittableRandom(r.nextLong()), w, h, px(3));
		for (Cell c : cells) {
			double phase = r.nextDouble() * 2 * Math.PI, w1 = Math.cos(phase) * 0.08, w2 = Math.sin(phase) * 0.08;
			double reach = c.maxRadius() * 1.15 + 2;
			int x0 = clamp((int) (c.cx - reach), w), x1 = clamp((int) (c.cx + reach) + 1, w);
			int y0 = clamp((int) (c.cy - reach), h), y1 = clamp((int) (c.cy + reach) + 1, h);
			for (int y = y0; y < y1; y++)
				for (int x = x0; x < x1; x++) {
					double dx = x + 0.5 - c.cx, dy = y + 0.5 - c.cy;
					double d = Math.sqrt(dx * dx + dy * dy);
					double edge = c.radius[angleIndex(dx, dy)];
					int i = y * w + x;
					double s = (d - c.rn) / (edge - c.rn);
					double score = s + (c.apoptotic ? 0.3 : 1) * (w1 * wobble1[i] + w2 * wobble2[i]);
					if (score < 1 && score < best[i]) {
						best[i] = (float) score;
						cellLabels[i] = (short) c.id;
						radial[i] = (float) Math.max(0, Math.min(1, s));
					}
				}
		}
		for (int i = 0; i < cellLabels.length; i++)
			if (nucleusLabels[i] != 0) {
				cellLabels[i] = nucleusLabels[i];
				radial[i] = 0;
			}
		keepWhatTouchesTheNucleus();
	}

	/** A territory's pieces cut off from its nucleus by a neighbour become background. */
	private void keepWhatTouchesTheNucleus() {
		boolean[] kept = new boolean[w * h];
		int[] queue = new int[w * h];
		int tail = 0;
		boolean[] hasNucleus = new boolean[cells.size() + 1];
		for (int i = 0; i < w * h; i++)
			if (nucleusLabels[i] != 0) {
				kept[i] = true;
				queue[tail++] = i;
				hasNucleus[nucleusLabels[i]] = true;
			}
		for (int head = 0; head < tail; head++) {
			int i = queue[head], x = i % w, y = i / w, label = cellLabels[i];
			if (x > 0) tail = spread(i - 1, label, kept, queue, tail);
			if (x < w - 1) tail = spread(i + 1, label, kept, queue, tail);
			if (y > 0) tail = spread(i - w, label, kept, queue, tail);
			if (y < h - 1) tail = spread(i + w, label, kept, queue, tail);
		}
		for (int i = 0; i < w * h; i++)
			// a cell whose nucleus lies outside the image keeps its territory: it is cut by the border
			if (!kept[i] && cellLabels[i] != 0 && hasNucleus[cellLabels[i]]) {
				cellLabels[i] = 0;
				radial[i] = -1;
			}
	}

	private int spread(int j, int label, boolean[] kept, int[] queue, int tail) {
		if (kept[j] || cellLabels[j] != label) return tail;
		kept[j] = true;
		queue[tail] = j;
		return tail + 1;
	}

	// ---- helpers -----------------------------------------------------------------------------

	static double angleOf(int index) {
		return -Math.PI + (index + 0.5) * 2 * Math.PI / ANGLES;
	}

	static int angleIndex(double dx, double dy) {
		int i = (int) ((Math.atan2(dy, dx) + Math.PI) * ANGLES / (2 * Math.PI));
		return i < 0 ? 0 : i >= ANGLES ? ANGLES - 1 : i;
	}

	/** 1 + random cosine harmonics (SD per order), per angle, kept above 0.55. */
	static double[] harmonics(SplittableRandom r, double[] sd) {
		double[] amplitude = new double[sd.length], phase = new double[sd.length];
		for (int k = 1; k < sd.length; k++) {
			amplitude[k] = sd[k] * Draw.normal(r);
			phase[k] = r.nextDouble() * 2 * Math.PI;
		}
		double[] table = new double[ANGLES];
		for (int i = 0; i < ANGLES; i++) {
			double v = 1;
			for (int k = 1; k < sd.length; k++)
				v += amplitude[k] * Math.cos(k * angleOf(i) + phase[k]);
			table[i] = Math.max(0.55, v);
		}
		return table;
	}

	static int clamp(int v, int size) {
		return v < 0 ? 0 : v > size ? size : v;
	}
}
