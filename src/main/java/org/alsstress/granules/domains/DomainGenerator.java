package org.alsstress.granules.domains;

import static org.alsstress.granules.domains.Draw.logUniform;
import static org.alsstress.granules.domains.Draw.uniform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import ij.ImagePlus;
import ij.ImageStack;
import ij.plugin.filter.EDM;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

/**
 * Draws a 4-channel field (nuclei, granule marker, cell marker, apoptosis marker) from a {@link FieldRecipe},
 * independently of the project's first simulator: stains in photons, blurred by the point-spread function,
 * out-of-focus haze, vignetting, then granules whose noise-free peak is the drawn multiple of the diffuse
 * level under them, debris specks, and a detector model. Same recipe and seed, same field.
 */
public final class DomainGenerator {
	public static final int NUCLEI = 0, GRANULES = 1, CELL_MARKER = 2, APOPTOSIS = 3;
	public static final String[] CHANNEL_NAMES = { "DAPI", "G3BP1", "CellMask", "Cleaved caspase-3" };

	private final FieldRecipe f;
	private final SplittableRandom random;
	private final long seed;
	private final int w, h;
	private CellLayout layout;
	private float[][] photons;
	private float[] diffuse;
	private final List<Placed> placed = new ArrayList<>();
	private final List<TruthDebris> debris = new ArrayList<>();

	/** A granule before it is drawn. */
	private static final class Placed {
		final int cell, cluster;
		final double x, y, radiusPx, diameterUm;
		final GranuleProfile profile;
		final Spot.Shape shape;
		final double extentPx, contrast;

		Placed(int cell, int cluster, double x, double y, double radiusPx, double diameterUm, GranuleProfile profile,
			Spot.Shape shape, double extentPx, double contrast)
		{
			this.cell = cell;
			this.cluster = cluster;
			this.x = x;
			this.y = y;
			this.radiusPx = radiusPx;
			this.diameterUm = diameterUm;
			this.profile = profile;
			this.shape = shape;
			this.extentPx = extentPx;
			this.contrast = contrast;
		}
	}

	private DomainGenerator(FieldRecipe recipe, long seed) {
		this.f = recipe;
		this.seed = seed;
		this.random = new SplittableRandom(seed);
		this.w = recipe.width;
		this.h = recipe.height;
	}

	public static DomainField generate(Regime regime, long seed, int index) {
		return generate(regime, regime.recipe(seed, index), seed * 31 + index);
	}

	public static DomainField generate(Regime regime, FieldRecipe recipe, long seed) {
		return new DomainGenerator(recipe, seed).run(regime);
	}

	private double px(double um) {
		return um / f.pixelUm;
	}

	private DomainField run(Regime regime) {
		layout = new CellLayout(f, random);
		photons = stains();
		double psf = px(f.psfSigmaUm);
		IntStream.range(0, 4).parallel().forEach(c -> {
			Textures.blur(photons[c], w, h, psf);
			if (f.haze > 0) haze(photons[c]);
			vignette(photons[c]);
		});
		diffuse = photons[GRANULES].clone();
		placeGranules();
		List<double[]> drawn = drawGranules(psf);
		// the exposure is set on the cells and the brightest granule, not on debris (which may clip)
		double[] tops = new double[4];
		for (int c = 0; c < 4; c++)
			tops[c] = Camera.percentile(photons[c], 0.999);
		for (double[] d : drawn)
			tops[GRANULES] = Math.max(tops[GRANULES], d[2] / f.granuleOverexposure);
		addDebris(psf);
		Camera camera = new Camera(f, random);
		double[] scales = new double[4];
		ImageProcessor[] channels = new ImageProcessor[4];
		long[] seeds = { random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong() };
		for (int c = 0; c < 4; c++) {
			scales[c] = camera.scaleFor(tops[c]);
			channels[c] = camera.record(photons[c], scales[c], seeds[c]);
		}
		ImageStack stack = new ImageStack(w, h);
		for (int c = 0; c < 4; c++)
			stack.addSlice(CHANNEL_NAMES[c], channels[c]);
		ImagePlus image = new ImagePlus(regime.key(), stack);
		image.setDimensions(4, 1, 1);
		image.getCalibration().pixelWidth = f.pixelUm;
		image.getCalibration().pixelHeight = f.pixelUm;
		image.getCalibration().setUnit("micron");
		double[] cellDiffuse = cellDiffuse();
		List<TruthGranule> granules = truthGranules(drawn, camera, scales[GRANULES], cellDiffuse);
		return new DomainField(regime, f, seed, image, new ShortProcessor(w, h, layout.nucleusLabels, null),
			new ShortProcessor(w, h, layout.cellLabels, null), truthCells(granules, cellDiffuse, scales[GRANULES]),
			granules, debris, camera, scales, diffuse);
	}

	// ---- stains ------------------------------------------------------------------------------

	/** Expected photons per pixel of each channel, in focus, before the blur. */
	private float[][] stains() {
		float[] speckle = Textures.smooth(new SplittableRandom(random.nextLong()), w, h, Math.max(0.7, px(0.12)));
		float[] mottle = Textures.smooth(new SplittableRandom(random.nextLong()), w, h, px(1.5));
		float[] grain = Textures.smooth(new SplittableRandom(random.nextLong()), w, h, Math.max(0.7, px(0.25)));
		float[] coarse = Textures.smooth(new SplittableRandom(random.nextLong()), w, h, px(4));
		float[] fibres = f.fibres > 0 ? Textures.fibres(new SplittableRandom(random.nextLong()), layout, 0.04 * f.pixelUm *
			f.pixelUm, px(3), px(12), Math.max(0.4, px(0.06))) : new float[w * h];
		float[] nuclearDetail = nuclearDetail();
		float[][] out = new float[4][w * h];
		double bg = f.background * f.diffusePhotons;
		IntStream.range(0, h).parallel().forEach(y -> {
			for (int i = y * w; i < (y + 1) * w; i++) {
				int label = layout.cellLabels[i];
				double back = 1 + 0.15 * coarse[i];
				if (label == 0) {
					out[GRANULES][i] = (float) (bg * back);
					out[NUCLEI][i] = (float) (0.01 * f.nucleusPhotons * back);
					out[CELL_MARKER][i] = (float) (0.03 * f.cellMarkerPhotons * back);
					out[APOPTOSIS][i] = (float) (0.1 * f.caspasePhotons * back);
					continue;
				}
				CellLayout.Cell c = layout.cells.get(label - 1);
				double s = Math.max(0, layout.radial[i]);
				double thickness = 0.3 + 0.7 * Math.pow(1 - s, c.thinning);
				double cover = layout.nucleusCover[i];
				double texture = Math.max(0.1, 1 + f.mottling * mottle[i] + f.speckle * speckle[i]) + f.fibres * fibres[i];
				double cytoplasm = f.diffusePhotons * c.expression * thickness * texture;
				double nucleoplasm = f.diffusePhotons * c.expression * f.nuclearMarker * (1 + 0.5 * f.speckle * speckle[i]);
				out[GRANULES][i] = (float) (bg + cover * nucleoplasm + (1 - cover) * cytoplasm);
				double dapiTexture = c.apoptotic ? 1 + 0.03 * grain[i] : Math.max(0.2, 1 + 0.15 * grain[i] + 0.1 *
					mottle[i] + nuclearDetail[i]);
				out[NUCLEI][i] = (float) (f.nucleusPhotons * (c.dapi * cover * dapiTexture + 0.02 + 0.01 * back));
				out[CELL_MARKER][i] = (float) (f.cellMarkerPhotons * (c.marker * Math.sqrt(thickness) * (1 + 0.15 *
					mottle[i] + 0.05 * grain[i]) * (1 - 0.4 * cover) + 0.03 * back));
				out[APOPTOSIS][i] = (float) (f.caspasePhotons * (c.caspase * (1 + 0.1 * coarse[i] + 0.05 * grain[i]) * (1 -
					(c.apoptotic ? 0 : 0.4) * cover) + 0.1 * back));
			}
		});
		return out;
	}

	/** Dark nucleoli and, in some fields, bright chromocentres (mouse cells), relative to the DNA stain. */
	private float[] nuclearDetail() {
		float[] detail = new float[w * h];
		for (CellLayout.Cell c : layout.cells) {
			if (c.apoptotic) continue;
			int nucleoli = 1 + random.nextInt(4);
			for (int k = 0; k < nucleoli; k++)
				blob(detail, c, px(uniform(random, 0.6, 1.3)), -uniform(random, 0.3, 0.6), true);
			if (f.chromocentres) {
				int n = 6 + random.nextInt(15);
				for (int k = 0; k < n; k++)
					blob(detail, c, px(uniform(random, 0.3, 0.6)), uniform(random, 0.8, 2), false);
			}
		}
		return detail;
	}

	private void blob(float[] detail, CellLayout.Cell c, double radius, double depth, boolean flat) {
		double a = random.nextDouble() * 2 * Math.PI, d = 0.6 * c.rn * Math.sqrt(random.nextDouble());
		double x = c.cx + d * Math.cos(a), y = c.cy + d * Math.sin(a);
		int reach = (int) Math.ceil(2.5 * radius) + 1;
		for (int yy = Math.max(0, (int) y - reach); yy < Math.min(h, (int) y + reach + 1); yy++)
			for (int xx = Math.max(0, (int) x - reach); xx < Math.min(w, (int) x + reach + 1); xx++) {
				double r2 = ((xx + 0.5 - x) * (xx + 0.5 - x) + (yy + 0.5 - y) * (yy + 0.5 - y)) / (radius * radius);
				double v = flat ? 1 / (1 + Math.exp((Math.sqrt(r2) - 1) * 4)) : Math.exp(-r2 / 2);
				detail[yy * w + xx] += (float) (depth * v);
			}
	}

	private void haze(float[] channel) {
		float[] blurred = channel.clone();
		Textures.blur(blurred, w, h, px(f.hazeSigmaUm));
		for (int i = 0; i < channel.length; i++)
			channel[i] += (float) (f.haze * blurred[i]);
	}

	private void vignette(float[] channel) {
		if (f.vignetting <= 0) return;
		double cx = w / 2.0, cy = h / 2.0, r2 = cx * cx + cy * cy;
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				double d2 = ((x - cx) * (x - cx) + (y - cy) * (y - cy)) / r2;
				channel[y * w + x] *= (float) (1 - f.vignetting * d2);
			}
	}

	// ---- granules ----------------------------------------------------------------------------

	private void placeGranules() {
		FloatProcessor toNucleus = distance(i -> layout.nucleusLabels[i] == 0);
		FloatProcessor toEdge = distance(this::insideTerritory);
		float[] dn = (float[]) toNucleus.getPixels(), de = (float[]) toEdge.getPixels();
		List<List<Integer>> cytoplasm = new ArrayList<>();
		for (int c = 0; c <= layout.cells.size(); c++)
			cytoplasm.add(new ArrayList<>());
		for (int i = 0; i < w * h; i++)
			if (layout.cellLabels[i] != 0 && layout.nucleusLabels[i] == 0) cytoplasm.get(layout.cellLabels[i]).add(i);
		int clusters = 0;
		double gap = Math.max(px(0.3), 2 * px(f.psfSigmaUm));
		for (CellLayout.Cell c : layout.cells) {
			if (!c.stressed) continue;
			List<Integer> pixels = cytoplasm.get(c.id);
			if (pixels.isEmpty()) continue;
			List<Placed> mine = new ArrayList<>();
			int scattered = Draw.integer(random, f.granulesMin, f.granulesMax);
			if (random.nextDouble() < f.clusterFraction) {
				int size = Draw.integer(random, f.clusterMin, f.clusterMax);
				scattered = Math.max(0, Math.min(scattered, 100 - size));
				cluster(c, ++clusters, size, pixels, dn, de, gap, mine);
			}
			for (int k = 0; k < scattered; k++)
				scatter(c, pixels, dn, de, gap, mine);
			placed.addAll(mine);
		}
	}

	private boolean insideTerritory(int i) {
		int label = layout.cellLabels[i];
		if (label == 0) return false;
		int x = i % w, y = i / w;
		return (x == 0 || layout.cellLabels[i - 1] == label) && (x == w - 1 || layout.cellLabels[i + 1] == label) &&
			(y == 0 || layout.cellLabels[i - w] == label) && (y == h - 1 || layout.cellLabels[i + w] == label);
	}

	private FloatProcessor distance(java.util.function.IntPredicate foreground) {
		ByteProcessor mask = new ByteProcessor(w, h);
		byte[] m = (byte[]) mask.getPixels();
		for (int i = 0; i < m.length; i++)
			m[i] = foreground.test(i) ? (byte) 255 : 0;
		return new EDM().makeFloatEDM(mask, 0, false);
	}

	private void cluster(CellLayout.Cell c, int id, int size, List<Integer> pixels, float[] dn, float[] de, double gap,
		List<Placed> mine)
	{
		List<Placed> members = new ArrayList<>();
		for (int attempt = 0; attempt < 400 && members.isEmpty(); attempt++) {
			int i = pixels.get(random.nextInt(pixels.size()));
			double d = diameterUm(Math.min(1.0, f.granuleDiameterMaxUm)), r = px(d) / 2;
			double x = i % w + random.nextDouble(), y = i / w + random.nextDouble();
			if (dn[i] < r + px(0.1) || dn[i] > r + px(1.2) || de[i] < r + px(0.3) || !inImage(x, y, r)) continue;
			members.add(granule(c.id, id, x, y, d));
		}
		for (int attempt = 0; attempt < size * 60 && !members.isEmpty() && members.size() < size; attempt++) {
			Placed m = members.get(random.nextInt(members.size()));
			double d = diameterUm(Math.min(1.0, f.granuleDiameterMaxUm)), r = px(d) / 2;
			double a = random.nextDouble() * 2 * Math.PI, dist = (m.radiusPx + r) * uniform(random, 0.8, 1.0);
			double x = m.x + dist * Math.cos(a), y = m.y + dist * Math.sin(a);
			if (!inImage(x, y, r)) continue;
			int i = (int) y * w + (int) x;
			if (layout.cellLabels[i] != c.id || dn[i] < 0.6 * r || de[i] < r + px(0.2)) continue;
			boolean free = true;
			for (Placed o : members)
				free &= Math.hypot(o.x - x, o.y - y) >= 0.78 * (o.radiusPx + r);
			for (Placed o : mine)
				free &= Math.hypot(o.x - x, o.y - y) >= o.radiusPx + r + gap;
			if (free) members.add(granule(c.id, id, x, y, d));
		}
		mine.addAll(members);
	}

	private void scatter(CellLayout.Cell c, List<Integer> pixels, float[] dn, float[] de, double gap, List<Placed> mine) {
		for (int attempt = 0; attempt < 200; attempt++) {
			int i = pixels.get(random.nextInt(pixels.size()));
			if (random.nextDouble() > 0.25 + 0.75 * (1 - layout.radial[i])) continue;
			double d = diameterUm(f.granuleDiameterMaxUm);
			GranuleProfile profile = GranuleProfile.values()[Draw.weighted(random, f.profileWeights)];
			double aspect = profile == GranuleProfile.ELONGATED ? uniform(random, 1.8, 3) : profile ==
				GranuleProfile.IRREGULAR ? 1.4 : 1;
			double r = px(d) / 2 * Math.sqrt(aspect);
			double x = i % w + random.nextDouble(), y = i / w + random.nextDouble();
			if (dn[i] < r + px(0.2) || de[i] < r + px(0.3) || !inImage(x, y, r)) continue;
			boolean free = true;
			for (Placed o : mine)
				free &= Math.hypot(o.x - x, o.y - y) >= o.radiusPx + r + gap;
			if (!free) continue;
			mine.add(granule(c.id, 0, x, y, d, profile, aspect));
			return;
		}
	}

	private boolean inImage(double x, double y, double r) {
		double m = r + 2;
		return x >= m && y >= m && x <= w - m && y <= h - m;
	}

	private Placed granule(int cell, int cluster, double x, double y, double d) {
		GranuleProfile profile = GranuleProfile.values()[Draw.weighted(random, f.profileWeights)];
		if (profile == GranuleProfile.ELONGATED) profile = GranuleProfile.GAUSSIAN;
		return granule(cell, cluster, x, y, d, profile, profile == GranuleProfile.IRREGULAR ? 1.4 : 1);
	}

	private Placed granule(int cell, int cluster, double x, double y, double d, GranuleProfile profile, double aspect) {
		double dpx = px(d);
		Spot.Shape shape;
		switch (profile) {
			case GAUSSIAN:
				shape = Spot.gaussian(dpx);
				break;
			case FLAT_TOPPED:
				shape = Spot.disc(dpx);
				break;
			case IRREGULAR:
				shape = Spot.irregular(dpx, random);
				break;
			default:
				shape = Spot.elongated(dpx, aspect, random.nextDouble() * Math.PI, random.nextBoolean());
		}
		double contrast = random.nextDouble() < f.lowContrastShare ? uniform(random, f.contrastMin, f.contrastLowMax)
			: logUniform(random, f.contrastLowMax, f.contrastMax);
		double extent = dpx / 2 * Math.sqrt(aspect) * (profile == GranuleProfile.GAUSSIAN ? 2 : 1.1);
		return new Placed(cell, cluster, x, y, dpx / 2 * Math.sqrt(aspect), d, profile, shape, extent, contrast);
	}

	/** Log-normal around 0.6 um, within the recipe's range. */
	private double diameterUm(double maxUm) {
		double d = 0.6 * Math.exp(0.45 * Draw.normal(random));
		return Math.max(f.granuleDiameterMinUm, Math.min(maxUm, d));
	}

	/** Adds each granule at amplitude (contrast - 1) x the diffuse level under it; {x, y, peakPhotons, localLevel}. */
	private List<double[]> drawGranules(double psf) {
		List<double[]> drawn = new ArrayList<>();
		float[] g = photons[GRANULES];
		for (Placed p : placed) {
			Spot s = Spot.render(p.shape, p.x, p.y, p.extentPx, psf);
			double sum = 0;
			int n = 0;
			for (int j = 0; j < s.height; j++)
				for (int i = 0; i < s.width; i++) {
					int x = s.x0 + i, y = s.y0 + j;
					if (x < 0 || y < 0 || x >= w || y >= h || s.values[j * s.width + i] < 0.5f) continue;
					sum += diffuse[y * w + x];
					n++;
				}
			double level = sum / Math.max(1, n), amplitude = (p.contrast - 1) * level;
			double squares = 0;
			for (int j = 0; j < s.height; j++)
				for (int i = 0; i < s.width; i++) {
					int x = s.x0 + i, y = s.y0 + j;
					if (x < 0 || y < 0 || x >= w || y >= h) continue;
					float v = s.values[j * s.width + i];
					g[y * w + x] += (float) (amplitude * v);
					squares += v * v;
				}
			drawn.add(new double[] { s.centreX, s.centreY, level + amplitude, level, amplitude * Math.sqrt(squares) });
		}
		return drawn;
	}

	// ---- debris ------------------------------------------------------------------------------

	/** Specks brighter than the brightest granule the field could hold, and sharper (0.08-0.25 um). */
	private void addDebris(double psf) {
		int n = Draw.integer(random, f.debrisMin, f.debrisMax);
		double brightestCell = 0;
		for (CellLayout.Cell c : layout.cells)
			brightestCell = Math.max(brightestCell, c.expression);
		double floor = (f.contrastMax - 1) * f.diffusePhotons * brightestCell;
		double[] top = new double[4];
		for (int c = 0; c < 4; c++)
			top[c] = Camera.percentile(photons[c], 0.99);
		for (int k = 0; k < n; k++) {
			double x = uniform(random, 3, w - 3), y = uniform(random, 3, h - 3);
			if (random.nextDouble() < 0.7) {
				for (int attempt = 0; attempt < 100; attempt++) {
					x = uniform(random, 3, w - 3);
					y = uniform(random, 3, h - 3);
					int i = (int) y * w + (int) x;
					if (layout.cellLabels[i] != 0 && layout.nucleusLabels[i] == 0) break;
				}
			}
			double d = uniform(random, 0.08, 0.25);
			Spot s = Spot.render(Spot.disc(px(d)), x, y, px(d) / 2, psf);
			for (int c = 0; c < 4; c++) {
				double amplitude = c == GRANULES ? logUniform(random, 2, 5) * floor : random.nextDouble() < 0.5 ? logUniform(
					random, 0.5, 3) * top[c] : 0;
				if (amplitude > 0) add(photons[c], s, amplitude);
			}
			int i = (int) y * w + (int) x;
			debris.add(new TruthDebris(k + 1, layout.cellLabels[i], s.centreX, s.centreY, d));
		}
	}

	private void add(float[] channel, Spot s, double amplitude) {
		for (int j = 0; j < s.height; j++)
			for (int i = 0; i < s.width; i++) {
				int x = s.x0 + i, y = s.y0 + j;
				if (x >= 0 && y >= 0 && x < w && y < h) channel[y * w + x] += (float) (amplitude * s.values[j * s.width + i]);
			}
	}

	// ---- truth -------------------------------------------------------------------------------

	/** Each cell's median noise-free diffuse granule-marker level in its cytoplasm (photons). */
	private double[] cellDiffuse() {
		int n = layout.cells.size();
		int[] count = new int[n + 2];
		for (int i = 0; i < w * h; i++)
			if (layout.cellLabels[i] != 0 && layout.nucleusLabels[i] == 0) count[layout.cellLabels[i] + 1]++;
		for (int c = 1; c <= n + 1; c++)
			count[c] += count[c - 1];
		float[] values = new float[count[n + 1]];
		int[] next = count.clone();
		for (int i = 0; i < w * h; i++)
			if (layout.cellLabels[i] != 0 && layout.nucleusLabels[i] == 0) values[next[layout.cellLabels[i]]++] = diffuse[i];
		double[] median = new double[n + 1];
		for (int c = 1; c <= n; c++) {
			int from = count[c], to = count[c + 1];
			if (to == from) continue;
			Arrays.sort(values, from, to);
			median[c] = values[from + (to - from) / 2];
		}
		return median;
	}

	private List<TruthGranule> truthGranules(List<double[]> drawn, Camera camera, double scale, double[] cellDiffuse) {
		List<TruthGranule> list = new ArrayList<>();
		double enf2 = camera.excessNoiseFactor() * camera.excessNoiseFactor();
		for (int k = 0; k < placed.size(); k++) {
			Placed p = placed.get(k);
			double[] d = drawn.get(k);
			int i = (int) d[1] * w + (int) d[0];
			boolean saturated = camera.expected(d[2], i, scale) >= camera.max;
			// shot noise with the gain's excess noise, read noise, rounding to whole data units, and the fine
			// speckle of the cytoplasm, which a granule must stand out of like noise
			double clutter = f.speckle * d[3];
			double noise = Math.sqrt(enf2 * d[3] + (camera.model == NoiseModel.SCMOS ? 2 : 0.5) + 1 / (12 * scale * scale) +
				clutter * clutter);
			double nearest = Double.POSITIVE_INFINITY;
			for (int j = 0; j < placed.size(); j++)
				if (j != k && placed.get(j).cell == p.cell) nearest = Math.min(nearest, Math.hypot(drawn.get(j)[0] - d[0], drawn
					.get(j)[1] - d[1]) * f.pixelUm);
			list.add(new TruthGranule(k + 1, p.cell, d[0], d[1], p.diameterUm, p.profile, p.contrast, d[2] /
				Math.max(1e-9, cellDiffuse[p.cell]), p.cluster, saturated, d[4] / noise, nearest));
		}
		return list;
	}

	private List<TruthCell> truthCells(List<TruthGranule> granules, double[] cellDiffuse, double scale) {
		int n = layout.cells.size();
		double[] sx = new double[n + 1], sy = new double[n + 1];
		int[] nucleusArea = new int[n + 1], cellArea = new int[n + 1], count = new int[n + 1], clustered = new int[n + 1];
		boolean[] edge = new boolean[n + 1];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				int i = y * w + x, nl = layout.nucleusLabels[i], cl = layout.cellLabels[i];
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
		for (TruthGranule g : granules) {
			count[g.cellId]++;
			if (g.inCluster()) clustered[g.cellId]++;
		}
		List<TruthCell> cells = new ArrayList<>();
		for (CellLayout.Cell c : layout.cells) {
			int id = c.id;
			if (cellArea[id] == 0) continue;
			double nx = nucleusArea[id] > 0 ? sx[id] / nucleusArea[id] : Double.NaN;
			double ny = nucleusArea[id] > 0 ? sy[id] / nucleusArea[id] : Double.NaN;
			cells.add(new TruthCell(id, nx, ny, nucleusArea[id], cellArea[id], edge[id], c.stressed, c.apoptotic,
				!c.fragments.isEmpty(), count[id], clustered[id], cellDiffuse[id] * scale, c.expression));
		}
		return cells;
	}
}
