package org.alsstress.granules.sim;

import ij.ImagePlus;
import ij.ImageStack;
import ij.plugin.filter.EDM;
import ij.plugin.filter.GaussianBlur;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Draws a 4-channel fluorescence field of stressed or unstressed cells with its ground truth:
 * irregular touching cell territories around textured elliptical nuclei, 5-fold cell-to-cell
 * variation of marker expression, textured cytoplasm, granules (0.3-3 um, some faint, some touching)
 * in the cytoplasm only, apoptotic cells, uneven illumination, shot noise, read noise and camera
 * offset. Same scenario, seed and size give the same field.
 */
public final class FieldSimulator {
	static final double CAMERA_OFFSET = 100;
	static final double READ_NOISE = 2.5;
	/** Photo-electrons of a typical cell's diffuse signal in each channel (bright scenarios). */
	static final double DAPI_LEVEL = 2500, GRANULE_MARKER_LEVEL = 600, CELL_MARKER_LEVEL = 500,
		CASPASE_LEVEL = 60;
	/** Expression spans this fold range (log-uniform) across the cells of a field. */
	static final double EXPRESSION_RANGE = 5.0;
	/** Fraction of granules in touching pairs, and of faint ones. */
	static final double TOUCHING_FRACTION = 0.15, FAINT_FRACTION = 0.2;
	/** Granule-marker level inside the nucleus relative to the cytoplasm. */
	static final double NUCLEUS_GRANULE_MARKER = 0.35;
	private static final double PSF_EDGE_PX = 0.6, PSF_SIGMA_PX = 1.0;

	private final Scenario scenario;
	private final long seed;
	private final FieldSpec spec;
	private final int w, h;
	private final Random random;
	private final double brightness;
	private final List<CellPlan> plans = new ArrayList<>();

	private short[] nucleusLabels, cellLabels;
	private float[] nucleusWeight, chromatin;
	private float[] outerDistance, innerDistance, nucleusDistance, thickness;
	private float[] illumination;
	private float[] granuleMarkerTexture;
	private final float[] granuleSignal;
	private final List<TrueGranule> granules = new ArrayList<>();

	private FieldSimulator(Scenario scenario, long seed, FieldSpec spec) {
		this.scenario = scenario;
		this.seed = seed;
		this.spec = spec;
		this.w = spec.width;
		this.h = spec.height;
		// a dim field is the arsenite field of the same seed, 5-10 times dimmer
		Scenario layout = scenario == Scenario.DIM ? Scenario.ARSENITE : scenario;
		this.random = new Random(seed * 1_000_003L + layout.ordinal());
		this.brightness = scenario == Scenario.DIM ? 1 / (5 + 5 * new Random(seed).nextDouble()) : 1;
		this.granuleSignal = new float[w * h];
	}

	public static SimulatedField simulate(Scenario scenario, long seed) {
		return simulate(scenario, seed, FieldSpec.standard());
	}

	public static SimulatedField simulate(Scenario scenario, long seed, FieldSpec spec) {
		return new FieldSimulator(scenario, seed, spec).run();
	}

	private SimulatedField run() {
		planCells();
		paintNuclei();
		paintTerritories();
		distances();
		illumination = illumination();
		granuleMarkerTexture = granuleMarkerTexture();
		placeGranules();
		ImagePlus image = render();
		return new SimulatedField(scenario, seed, spec, image, new ShortProcessor(w, h, nucleusLabels, null),
			new ShortProcessor(w, h, cellLabels, null), cellTruth(), granules);
	}

	private double um(double micrometres) {
		return micrometres / spec.pixelUm;
	}

	// ---- layout ------------------------------------------------------------------------------

	private void planCells() {
		boolean dense = scenario == Scenario.DENSE;
		double cellsPerUm2 = dense ? 1 / 330.0 : 1 / 1150.0;
		double minNucleus = um(dense ? 4.2 : 5.0), maxNucleus = um(dense ? 5.4 : 6.5);
		double margin = 0.4 * maxNucleus;
		double areaPx = (w + 2 * margin) * (h + 2 * margin);
		int target = Math.max(2, (int) Math.round(cellsPerUm2 * areaPx * spec.pixelUm * spec.pixelUm));
		int attempts = 0;
		while (plans.size() < target && attempts++ < target * 400) {
			double rn = minNucleus + (maxNucleus - minNucleus) * random.nextDouble();
			double x, y;
			if (dense && !plans.isEmpty() && random.nextDouble() < 0.25) {
				// a nucleus touching an earlier one
				CellPlan other = plans.get(random.nextInt(plans.size()));
				double angle = random.nextDouble() * 2 * Math.PI;
				double d = (rn + other.nucleusRadius) * (0.92 + 0.06 * random.nextDouble());
				x = other.cx + d * Math.cos(angle);
				y = other.cy + d * Math.sin(angle);
				if (x < -margin || y < -margin || x > w + margin || y > h + margin) continue;
			} else {
				x = -margin + (w + 2 * margin) * random.nextDouble();
				y = -margin + (h + 2 * margin) * random.nextDouble();
			}
			if (!farEnough(x, y, rn, dense)) continue;
			double cell = rn + um(dense ? 4 + 4 * random.nextDouble() : 8 + 7 * random.nextDouble());
			plans.add(new CellPlan(random, x, y, rn, cell));
		}
		int apoptotic = scenario == Scenario.APOPTOTIC ? (int) Math.round(0.3 * plans.size()) : 0;
		List<CellPlan> order = new ArrayList<>(plans);
		Collections.shuffle(order, random);
		for (int i = 0; i < order.size(); i++)
			if (i < apoptotic || (scenario != Scenario.APOPTOTIC && random.nextDouble() < 0.03))
				order.get(i).makeApoptotic(random, spec.pixelUm);
		drawLevels();
	}

	private boolean farEnough(double x, double y, double rn, boolean dense) {
		for (CellPlan p : plans) {
			double d = Math.hypot(p.cx - x, p.cy - y);
			double min = dense ? (rn + p.nucleusRadius) * 1.18 : Math.max(um(13), (rn + p.nucleusRadius) * 1.6);
			boolean touchingPair = dense && d >= (rn + p.nucleusRadius) * 0.9 && d < (rn + p.nucleusRadius) * 1.0;
			if (d < min && !touchingPair) return false;
		}
		return true;
	}

	/** Expression log-uniform over the full range, with both ends present so every field spans it. */
	private void drawLevels() {
		int n = plans.size();
		double[] q = new double[n];
		for (int i = 0; i < n; i++)
			q[i] = i == 0 ? 0 : i == 1 ? 1 : random.nextDouble();
		List<Double> shuffled = new ArrayList<>();
		for (double v : q)
			shuffled.add(v);
		Collections.shuffle(shuffled, random);
		for (int i = 0; i < n; i++) {
			CellPlan p = plans.get(i);
			p.expression = Math.pow(EXPRESSION_RANGE, shuffled.get(i) - 0.5);
			p.markerLevel = Math.pow(3.0, random.nextDouble() - 0.5);
			p.dapiLevel = (0.7 + 0.6 * random.nextDouble()) * (p.apoptotic ? 2.8 : 1);
			p.caspaseLevel = Math.pow(2.5, random.nextDouble() - 0.5) * (p.apoptotic ? 9 + 6 * random
				.nextDouble() : 1);
			p.granuleTarget = granuleTarget(p);
		}
	}

	private int granuleTarget(CellPlan p) {
		if (!scenario.stressed() || p.apoptotic) return 0;
		double u = random.nextDouble();
		if (u < 0.12) return 0;
		if (u < 0.22) return 1 + random.nextInt(2);
		return 3 + random.nextInt(18);
	}

	// ---- labels ------------------------------------------------------------------------------

	private void paintNuclei() {
		nucleusLabels = new short[w * h];
		nucleusWeight = new float[w * h];
		float[] best = new float[w * h];
		java.util.Arrays.fill(best, Float.MAX_VALUE);
		for (int c = 0; c < plans.size(); c++) {
			CellPlan p = plans.get(c);
			double cos = Math.cos(p.nucleusAngle), sin = Math.sin(p.nucleusAngle);
			double reach = p.nucleusA * 1.2 + 4;
			int x0 = clamp((int) (p.cx - reach), w), x1 = clamp((int) (p.cx + reach) + 1, w);
			int y0 = clamp((int) (p.cy - reach), h), y1 = clamp((int) (p.cy + reach) + 1, h);
			for (int y = y0; y < y1; y++)
				for (int x = x0; x < x1; x++) {
					double dx = x + 0.5 - p.cx, dy = y + 0.5 - p.cy;
					double u = (dx * cos + dy * sin) / p.nucleusA, v = (-dx * sin + dy * cos) / p.nucleusB;
					double s = Math.sqrt(u * u + v * v) / p.nucleusShape[CellPlan.angleBin(u, v)];
					int i = y * w + x;
					double weight = 1 / (1 + Math.exp(-(1 - s) * p.nucleusRadius / PSF_EDGE_PX));
					if (weight > nucleusWeight[i]) nucleusWeight[i] = (float) weight;
					if (s < 1 && s < best[i]) {
						best[i] = (float) s;
						nucleusLabels[i] = (short) (c + 1);
					}
				}
		}
	}

	private void paintTerritories() {
		cellLabels = new short[w * h];
		float[] best = new float[w * h];
		java.util.Arrays.fill(best, Float.MAX_VALUE);
		float[] n1 = SmoothNoise.coarse(new FastNormal(random.nextLong()), w, h, um(3.5));
		float[] n2 = SmoothNoise.coarse(new FastNormal(random.nextLong()), w, h, um(3.5));
		for (int c = 0; c < plans.size(); c++) {
			CellPlan p = plans.get(c);
			double reach = p.maxCellRadius() * 1.15 + 2;
			int x0 = clamp((int) (p.cx - reach), w), x1 = clamp((int) (p.cx + reach) + 1, w);
			int y0 = clamp((int) (p.cy - reach), h), y1 = clamp((int) (p.cy + reach) + 1, h);
			double wobble = p.apoptotic ? 0.04 : 0.1;
			for (int y = y0; y < y1; y++)
				for (int x = x0; x < x1; x++) {
					double dx = x + 0.5 - p.cx, dy = y + 0.5 - p.cy;
					double r = Math.sqrt(dx * dx + dy * dy);
					double radius = p.cellRadius[CellPlan.angleBin(dx, dy)];
					int i = y * w + x;
					double score = (r - p.nucleusRadius) / (radius - p.nucleusRadius) + wobble * (p.borderW1 * n1[i] +
						p.borderW2 * n2[i]);
					if (score < 1 && score < best[i]) {
						best[i] = (float) score;
						cellLabels[i] = (short) (c + 1);
					}
				}
		}
		for (int i = 0; i < cellLabels.length; i++)
			if (nucleusLabels[i] != 0) cellLabels[i] = nucleusLabels[i];
		keepPartsConnectedToTheNucleus();
		fillHoles();
	}

	/** Background enclosed by cells (not connected to the image border) joins a neighbouring cell. */
	private void fillHoles() {
		boolean[] open = new boolean[w * h];
		int[] queue = new int[w * h];
		int tail = 0;
		for (int x = 0; x < w; x++)
			for (int y : new int[] {0, h - 1})
				if (cellLabels[y * w + x] == 0 && !open[y * w + x]) { open[y * w + x] = true; queue[tail++] = y * w + x; }
		for (int y = 0; y < h; y++)
			for (int x : new int[] {0, w - 1})
				if (cellLabels[y * w + x] == 0 && !open[y * w + x]) { open[y * w + x] = true; queue[tail++] = y * w + x; }
		for (int head = 0; head < tail; head++) {
			int i = queue[head], x = i % w, y = i / w;
			for (int j : new int[] {x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1})
				if (j >= 0 && !open[j] && cellLabels[j] == 0) { open[j] = true; queue[tail++] = j; }
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int y = 1; y < h - 1; y++)
				for (int x = 1; x < w - 1; x++) {
					int i = y * w + x;
					if (cellLabels[i] != 0 || open[i]) continue;
					short l = cellLabels[i - 1] != 0 ? cellLabels[i - 1] : cellLabels[i + 1] != 0 ? cellLabels[i + 1]
						: cellLabels[i - w] != 0 ? cellLabels[i - w] : cellLabels[i + w];
					if (l != 0) {
						cellLabels[i] = l;
						changed = true;
					}
				}
		}
	}

	/** Territory fragments cut off from their nucleus by a neighbour go to the background. */
	private void keepPartsConnectedToTheNucleus() {
		boolean[] reached = new boolean[w * h];
		int[] queue = new int[w * h];
		int head = 0, tail = 0;
		for (int i = 0; i < nucleusLabels.length; i++)
			if (nucleusLabels[i] != 0) {
				reached[i] = true;
				queue[tail++] = i;
			}
		while (head < tail) {
			int i = queue[head++];
			int x = i % w, y = i / w;
			short label = cellLabels[i];
			if (x > 0 && !reached[i - 1] && cellLabels[i - 1] == label) { reached[i - 1] = true; queue[tail++] = i - 1; }
			if (x < w - 1 && !reached[i + 1] && cellLabels[i + 1] == label) { reached[i + 1] = true; queue[tail++] = i + 1; }
			if (y > 0 && !reached[i - w] && cellLabels[i - w] == label) { reached[i - w] = true; queue[tail++] = i - w; }
			if (y < h - 1 && !reached[i + w] && cellLabels[i + w] == label) { reached[i + w] = true; queue[tail++] = i + w; }
		}
		for (int i = 0; i < cellLabels.length; i++)
			if (!reached[i]) cellLabels[i] = 0;
	}

	/** Distances (px) to the background, to any other cell or the background, and to any nucleus. */
	private void distances() {
		byte[] inCell = new byte[w * h], inner = new byte[w * h], outsideNuclei = new byte[w * h];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				int i = y * w + x;
				short l = cellLabels[i];
				if (l != 0) inCell[i] = (byte) 255;
				boolean border = l == 0 || (x > 0 && cellLabels[i - 1] != l) || (x < w - 1 && cellLabels[i + 1] != l) ||
					(y > 0 && cellLabels[i - w] != l) || (y < h - 1 && cellLabels[i + w] != l);
				if (!border) inner[i] = (byte) 255;
				if (nucleusLabels[i] == 0) outsideNuclei[i] = (byte) 255;
			}
		outerDistance = edm(inCell);
		innerDistance = edm(inner);
		nucleusDistance = edm(outsideNuclei);
		thickness = thickness();
	}

	private float[] edm(byte[] mask) {
		FloatProcessor fp = new EDM().makeFloatEDM(new ByteProcessor(w, h, mask), 0, false);
		return (float[]) fp.getPixels();
	}

	// ---- signal ------------------------------------------------------------------------------

	/** Vignetting around an off-centre optical axis times a gentle linear gradient. */
	private float[] illumination() {
		double vignetting = 0.2 + 0.15 * random.nextDouble();
		double gradient = 0.15 * random.nextDouble();
		double direction = random.nextDouble() * 2 * Math.PI;
		double ox = w * (0.5 + 0.2 * (random.nextDouble() - 0.5)), oy = h * (0.5 + 0.2 * (random.nextDouble() - 0.5));
		double r2max = 0.25 * (w * w + h * h);
		float[] field = new float[w * h];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				double r2 = ((x - ox) * (x - ox) + (y - oy) * (y - oy)) / r2max;
				double g = ((x - w / 2.0) * Math.cos(direction) + (y - h / 2.0) * Math.sin(direction)) / (0.5 * Math.max(w, h));
				field[y * w + x] = (float) ((1 - vignetting * r2) * (1 + gradient * g));
			}
		return field;
	}

	/** Broad (5 um) and granule-sized (1.3 um) variation of the diffuse granule marker. */
	private float[] granuleMarkerTexture() {
		float[] broad = SmoothNoise.coarse(new FastNormal(random.nextLong()), w, h, um(5));
		float[] mid = SmoothNoise.coarse(new FastNormal(random.nextLong()), w, h, um(1.3));
		float[] t = new float[w * h];
		for (int i = 0; i < t.length; i++)
			t[i] = (float) Math.max(0.3, 1 + 0.15 * broad[i] + 0.06 * mid[i]);
		return t;
	}

	/** Cytoplasm thins towards the cell's free edge and dims a little where cells meet. */
	private float[] thickness() {
		float[] t = new float[w * h];
		double edgeUm = um(2);
		for (int i = 0; i < t.length; i++) {
			double outer = outerDistance[i], inner = innerDistance[i];
			t[i] = (float) ((1 - Math.exp(-outer / 2.5)) * (1 - 0.35 * Math.exp(-outer / edgeUm)) * (1 - 0.25 * Math
				.exp(-inner / 3.0)));
		}
		return t;
	}

	/** The noise-free diffuse granule-marker signal (photo-electrons) at pixel i, without fine grain. */
	private double diffuseGranuleMarker(int i) {
		int label = cellLabels[i];
		if (label == 0) return 0;
		CellPlan p = plans.get(label - 1);
		return brightness * GRANULE_MARKER_LEVEL * illumination[i] * p.expression * granuleMarkerTexture[i] *
			thickness[i] * (1 - (1 - NUCLEUS_GRANULE_MARKER) * nucleusWeight[i]);
	}

	private void placeGranules() {
		for (int c = 0; c < plans.size(); c++) {
			CellPlan p = plans.get(c);
			int label = c + 1;
			List<double[]> placed = new ArrayList<>();
			List<boolean[]> flags = new ArrayList<>();
			double reach = p.maxCellRadius() * 1.1;
			for (int k = 0; k < p.granuleTarget && placed.size() < p.granuleTarget; k++) {
				double[] g = place(p, label, reach, placed, null);
				if (g == null) continue;
				placed.add(g);
				boolean pair = random.nextDouble() < TOUCHING_FRACTION / (2 - TOUCHING_FRACTION);
				double[] partner = pair && placed.size() < p.granuleTarget ? place(p, label, reach, placed, g) : null;
				flags.add(new boolean[] {partner != null});
				if (partner != null) {
					placed.add(partner);
					flags.add(new boolean[] {true});
				}
			}
			for (int k = 0; k < placed.size(); k++)
				addGranule(label, placed.get(k), flags.get(k)[0]);
		}
	}

	/** A free position {x, y, radius px} for a new granule; next to {@code partner} when given. */
	private double[] place(CellPlan p, int label, double reach, List<double[]> placed, double[] partner) {
		double diameter = granuleDiameterUm();
		for (int redraw = 0; redraw < 4; redraw++, diameter = Math.max(0.3, diameter * 0.7)) {
			double radius = um(diameter) / 2;
			for (int attempt = 0; attempt < 80; attempt++) {
				double x, y;
				if (partner != null) {
					double angle = random.nextDouble() * 2 * Math.PI;
					double d = Math.max(partner[2] + radius, 5.0) * (0.95 + 0.2 * random.nextDouble());
					x = partner[0] + d * Math.cos(angle);
					y = partner[1] + d * Math.sin(angle);
				} else {
					x = p.cx + reach * (2 * random.nextDouble() - 1);
					y = p.cy + reach * (2 * random.nextDouble() - 1);
				}
				if (fits(x, y, radius, label, placed, partner)) return new double[] {x, y, radius};
			}
		}
		return null;
	}

	private boolean fits(double x, double y, double radius, int label, List<double[]> placed, double[] partner) {
		int ix = (int) x, iy = (int) y;
		double clearance = 1.2 * radius + 2;
		if (x < clearance || y < clearance || x > w - clearance || y > h - clearance) return false;
		int i = iy * w + ix;
		if (cellLabels[i] != label || innerDistance[i] < clearance || nucleusDistance[i] < 1.2 * radius + 3) return false;
		for (double[] g : placed) {
			if (g == partner) continue;
			if (Math.hypot(g[0] - x, g[1] - y) < g[2] + radius + 3.5) return false;
		}
		return true;
	}

	/** Log-normal around 0.75 um, kept within 0.3-3 um. */
	private double granuleDiameterUm() {
		return Math.max(0.3, Math.min(3.0, 0.75 * Math.exp(0.45 * random.nextGaussian())));
	}

	private void addGranule(int label, double[] g, boolean touching) {
		boolean faint = random.nextDouble() < FAINT_FRACTION;
		double relative = faint ? 1.5 + 0.5 * random.nextDouble() : Math.exp(Math.log(2.5) + Math.log(8 / 2.5) * random
			.nextDouble());
		double x = g[0], y = g[1], radius = g[2];
		// slightly elongated, same area as the round granule of that diameter
		double elongation = Math.sqrt(1 + 0.4 * random.nextDouble()), angle = random.nextDouble() * Math.PI;
		double cos = Math.cos(angle), sin = Math.sin(angle);
		double amplitude = (relative - 1) * diffuseGranuleMarker((int) y * w + (int) x);
		double peak = 1 / (1 + Math.exp(-radius / PSF_EDGE_PX));
		double reach = radius * elongation + 6 * PSF_EDGE_PX;
		int x0 = clamp((int) (x - reach), w), x1 = clamp((int) (x + reach) + 1, w);
		int y0 = clamp((int) (y - reach), h), y1 = clamp((int) (y + reach) + 1, h);
		for (int py = y0; py < y1; py++)
			for (int px = x0; px < x1; px++) {
				double dx = px + 0.5 - x, dy = py + 0.5 - y;
				double r = Math.hypot((dx * cos + dy * sin) / elongation, (-dx * sin + dy * cos) * elongation);
				granuleSignal[py * w + px] += (float) (amplitude / (1 + Math.exp((r - radius) / PSF_EDGE_PX)) / peak);
			}
		granules.add(new TrueGranule(granules.size() + 1, x, y, 2 * radius * spec.pixelUm, label, relative, faint,
			touching));
	}

	private ImagePlus render() {
		long[] seeds = new long[7];
		for (int k = 0; k < seeds.length; k++)
			seeds[k] = random.nextLong();
		// each texture has its own random stream, so they can be drawn in parallel and stay reproducible
		float[][] textures = new float[seeds.length][];
		IntStream.range(0, seeds.length).parallel().forEach(k -> {
			FastNormal r = new FastNormal(seeds[k]);
			double[] fine = {1.2, 0, 1.3, 0, 1.6, 0, 0}, coarseUm = {0, 1.5, 0, 4, 0, 4, 10};
			textures[k] = fine[k] > 0 ? SmoothNoise.fine(r, w, h, fine[k]) : SmoothNoise.coarse(r, w, h, um(coarseUm[k]));
		});
		float[] dapiGrain = textures[0], dapiBlotches = textures[1], granuleGrain = textures[2],
			markerTexture = textures[3], markerGrain = textures[4], caspaseTexture = textures[5],
			backgroundTexture = textures[6];
		float[][] expected = new float[4][w * h];
		IntStream.range(0, h).parallel().forEach(y -> {
			for (int i = y * w; i < (y + 1) * w; i++)
				renderPixel(i, expected, dapiGrain, dapiBlotches, granuleGrain, markerTexture, markerGrain,
					caspaseTexture, backgroundTexture);
		});
		// optical blur softens the borders of cells and nuclei; granule profiles carry their own edge
		ShortProcessor[] channels = new ShortProcessor[4];
		IntStream.range(0, 4).parallel().forEach(c -> {
			new GaussianBlur().blurGaussian(new FloatProcessor(w, h, expected[c]), PSF_SIGMA_PX, PSF_SIGMA_PX, 0.002);
			if (c == 1) for (int i = 0; i < w * h; i++)
				expected[1][i] += granuleSignal[i];
			channels[c] = camera(expected[c], new FastNormal(seed * 7919L + 31L * c + scenario.ordinal()));
		});
		ImageStack stack = new ImageStack(w, h);
		for (int c = 0; c < 4; c++)
			stack.addSlice(SimulatedField.CHANNEL_LABELS[c], channels[c]);
		ImagePlus image = new ImagePlus(scenario.key() + "_" + seed, stack);
		image.setDimensions(4, 1, 1);
		image.getCalibration().pixelWidth = spec.pixelUm;
		image.getCalibration().pixelHeight = spec.pixelUm;
		image.getCalibration().setUnit("micron");
		return image;
	}

	private void renderPixel(int i, float[][] expected, float[] dapiGrain, float[] dapiBlotches, float[] granuleGrain,
		float[] markerTexture, float[] markerGrain, float[] caspaseTexture, float[] backgroundTexture)
	{
		double light = brightness * illumination[i];
		double background = light * (1 + 0.2 * backgroundTexture[i]);
		int label = cellLabels[i];
		int nucleus = nucleusLabels[i] != 0 ? nucleusLabels[i] : label;
		double m = nucleusWeight[i];
		double dapi = 0, granule = 0, marker = 0, caspase = 0;
		if (nucleus != 0 && m > 0.001) {
			CellPlan p = plans.get(nucleus - 1);
			double texture = p.apoptotic ? 1 + 0.05 * dapiGrain[i] : 1 + 0.16 * dapiGrain[i] + 0.12 * dapiBlotches[i];
			dapi = light * DAPI_LEVEL * p.dapiLevel * m * Math.max(0.2, texture);
		}
		if (label != 0) {
			CellPlan p = plans.get(label - 1);
			double thick = thickness[i];
			granule = diffuseGranuleMarker(i) * Math.max(0.4, 1 + 0.07 * granuleGrain[i]);
			marker = light * CELL_MARKER_LEVEL * p.markerLevel * Math.max(0.3, 1 + 0.2 * markerTexture[i] + 0.08 *
				markerGrain[i]) * thick * (1 - 0.45 * m);
			caspase = light * CASPASE_LEVEL * p.caspaseLevel * Math.max(0.3, 1 + 0.15 * caspaseTexture[i]) * thick *
				(1 - (p.apoptotic ? 0.1 : 0.5) * m);
			dapi += light * DAPI_LEVEL * 0.015;
		}
		expected[0][i] = (float) (dapi + 25 * background);
		expected[1][i] = (float) (granule + 30 * background);
		expected[2][i] = (float) (marker + 25 * background);
		expected[3][i] = (float) (caspase + 15 * background);
	}

	/** Poisson shot noise (Gaussian approximation above 30 electrons), read noise and offset. */
	private ShortProcessor camera(float[] electrons, FastNormal noise) {
		short[] pixels = new short[electrons.length];
		for (int i = 0; i < pixels.length; i++) {
			double lambda = Math.max(0, electrons[i]);
			double value;
			if (lambda > 30) value = lambda + Math.sqrt(lambda + READ_NOISE * READ_NOISE) * noise.next();
			else value = poisson(lambda, noise) + READ_NOISE * noise.next();
			pixels[i] = (short) Math.max(0, Math.min(65535, Math.round(CAMERA_OFFSET + value)));
		}
		return new ShortProcessor(w, h, pixels, null);
	}

	private static int poisson(double lambda, FastNormal random) {
		double limit = Math.exp(-lambda), product = random.uniform();
		int k = 0;
		while (product > limit) {
			product *= random.uniform();
			k++;
		}
		return k;
	}

	// ---- truth -------------------------------------------------------------------------------

	private List<TrueCell> cellTruth() {
		int n = plans.size();
		double[] sx = new double[n + 1], sy = new double[n + 1];
		int[] nucleusArea = new int[n + 1], cellArea = new int[n + 1], granuleCount = new int[n + 1];
		boolean[] edge = new boolean[n + 1];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				int i = y * w + x;
				int nl = nucleusLabels[i], cl = cellLabels[i];
				if (nl != 0) {
					sx[nl] += x + 0.5;
					sy[nl] += y + 0.5;
					nucleusArea[nl]++;
				}
				if (cl != 0) {
					cellArea[cl]++;
					if (x == 0 || y == 0 || x == w - 1 || y == h - 1) edge[cl] = true;
				}
			}
		for (TrueGranule g : granules)
			granuleCount[g.cellId]++;
		List<TrueCell> cells = new ArrayList<>();
		for (int id = 1; id <= n; id++) {
			if (nucleusArea[id] == 0) continue;
			CellPlan p = plans.get(id - 1);
			cells.add(new TrueCell(id, sx[id] / nucleusArea[id], sy[id] / nucleusArea[id], nucleusArea[id], cellArea[id],
				p.expression, p.apoptotic, edge[id], granuleCount[id]));
		}
		return cells;
	}

	private static int clamp(int v, int size) {
		return v < 0 ? 0 : v > size ? size : v;
	}
}
