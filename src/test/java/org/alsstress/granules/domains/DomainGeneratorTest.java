package org.alsstress.granules.domains;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The generator's truth against the pixels it writes. */
public class DomainGeneratorTest {
	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private static final Map<String, DomainField> CACHE = new HashMap<>();

	/** A 512 x 512 field of the regime with the recipe changed as given. */
	static DomainField field(Regime regime, long seed, java.util.function.Consumer<FieldRecipe> change) {
		String key = regime + "/" + seed + "/" + (change == null ? "" : change.getClass().getName());
		return CACHE.computeIfAbsent(key, k -> {
			FieldRecipe r = regime.recipe(seed, 0);
			r.width = r.height = 512;
			if (change != null) change.accept(r);
			return DomainGenerator.generate(regime, r, seed);
		});
	}

	private static double photons(DomainField f, int x, int y) {
		ImageProcessor g = f.channel(DomainGenerator.GRANULES);
		if (x < 0 || y < 0 || x >= g.getWidth() || y >= g.getHeight()) return 0;
		return (g.getf(x, y) - f.camera().offset()) / f.scale(DomainGenerator.GRANULES);
	}

	@Test
	public void eachGranulesPeakIsItsStatedContrastOverTheDiffuseLevelAroundIt() {
		// bright, 16-bit sCMOS, no debris, so the recorded image shows the contrast with little noise
		DomainField f = field(Regime.ARSENITE, 5, r -> {
			r.width = r.height = 1024;
			r.noise = NoiseModel.SCMOS;
			r.bitDepth = 16;
			r.diffusePhotons = 4000;
			r.granuleDiameterMinUm = 0.6;
			r.debrisMax = 0;
			r.clusterFraction = 0;
		});
		List<Double> errors = new ArrayList<>();
		double px = f.recipe.pixelUm;
		for (TruthGranule g : f.granules()) {
			if (!isolated(f, g, 2.5 / px)) continue;
			double peak = 0;
			int reach = (int) Math.ceil(g.diameterUm / px);
			for (int y = (int) g.y - reach; y <= (int) g.y + reach; y++)
				for (int x = (int) g.x - reach; x <= (int) g.x + reach; x++)
					peak = Math.max(peak, photons(f, x, y));
			// the diffuse level: median of a ring just outside the granule
			List<Double> ring = new ArrayList<>();
			double inner = g.diameterUm / px * (g.profile == GranuleProfile.GAUSSIAN ? 1.6 : 1.3) + 2, outer = inner + 3;
			for (int y = (int) (g.y - outer); y <= (int) (g.y + outer); y++)
				for (int x = (int) (g.x - outer); x <= (int) (g.x + outer); x++) {
					double d = Math.hypot(x + 0.5 - g.x, y + 0.5 - g.y);
					if (x < 0 || y < 0 || x >= f.recipe.width || y >= f.recipe.height) continue;
					if (d >= inner && d <= outer && f.cellLabels().get(x, y) == g.cellId && f.nucleusLabels().get(x, y) == 0)
						ring.add(photons(f, x, y));
				}
			if (ring.size() < 20) continue;
			ring.sort(null);
			double level = ring.get(ring.size() / 2);
			errors.add(Math.abs(peak / level / g.contrast - 1));
		}
		assertTrue("isolated granules measured: " + errors.size(), errors.size() >= 25);
		errors.sort(null);
		double median = errors.get(errors.size() / 2), p90 = errors.get((int) (errors.size() * 0.9));
		System.out.println("contrast errors: median " + median + ", 90th percentile " + p90 + " of " + errors.size());
		assertTrue("median relative contrast error " + median, median < 0.06);
		assertTrue("90th percentile " + p90, p90 < 0.15);
	}

	private static boolean isolated(DomainField f, TruthGranule g, double distancePx) {
		for (TruthGranule o : f.granules())
			if (o != g && Math.hypot(o.x - g.x, o.y - g.y) < distancePx) return false;
		return true;
	}

	@Test
	public void granulesLieInTheCytoplasmOfTheCellTheyAreCountedIn() {
		for (Regime regime : new Regime[] { Regime.ARSENITE, Regime.DENSE, Regime.PERINUCLEAR, Regime.IRREGULAR }) {
			DomainField f = field(regime, 3, null);
			assertTrue(regime + " has granules", f.granules().size() > 20);
			Map<Integer, Integer> counts = new HashMap<>();
			for (TruthGranule g : f.granules()) {
				int x = (int) g.x, y = (int) g.y;
				assertEquals(regime + " " + g, g.cellId, f.cellLabels().get(x, y));
				assertEquals(regime + " " + g + " is not on a nucleus", 0, f.nucleusLabels().get(x, y));
				counts.merge(g.cellId, 1, Integer::sum);
			}
			for (TruthCell c : f.cells()) {
				assertEquals(regime + " " + c, (int) counts.getOrDefault(c.id, 0), c.granuleCount);
				assertTrue(regime + " " + c, c.granuleCount <= 100);
				if (!c.stressed) assertEquals(regime + " unstressed " + c, 0, c.granuleCount);
			}
		}
	}

	@Test
	public void denseAndPerinuclearFieldsHoldManyGranulesAndClusters() {
		int most = 0;
		for (long seed = 1; seed <= 2; seed++)
			for (TruthCell c : field(Regime.DENSE, seed, r -> r.width = r.height = 768).cells())
				most = Math.max(most, c.granuleCount);
		assertTrue("most granules in a dense cell: " + most, most > 60);
		DomainField p = field(Regime.PERINUCLEAR, 2, null);
		int clustered = 0;
		for (TruthGranule g : p.granules())
			if (g.inCluster()) {
				clustered++;
				double nearest = Double.MAX_VALUE;
				for (TruthGranule o : p.granules())
					if (o != g && o.cluster == g.cluster) nearest = Math.min(nearest, Math.hypot(o.x - g.x, o.y - g.y) * p.recipe.pixelUm);
				// touching: centres no further apart than the two granules' diameters
				assertTrue(g + ": nearest cluster member " + nearest + " um", nearest <= 2.2);
			}
		assertTrue("clustered granules: " + clustered, clustered > 10);
	}

	@Test
	public void theDataHaveTheStatedBitDepthAndSaturateOnlyAtTheTop() {
		for (int bits : new int[] { 8, 12, 16 }) {
			DomainField f = field(Regime.DEBRIS, 4, bits == 8 ? r -> r.bitDepth = 8 : bits == 12 ? r -> r.bitDepth = 12
				: r -> r.bitDepth = 16);
			int max = bits == 8 ? 255 : bits == 12 ? 4095 : 65535;
			assertEquals(max, f.camera().max);
			for (int c = 0; c < 4; c++) {
				ImageProcessor ip = f.channel(c);
				assertTrue(bits + "-bit channel " + c, bits == 8 ? ip instanceof ByteProcessor : ip instanceof ShortProcessor);
				double top = 0;
				for (int i = 0; i < ip.getPixelCount(); i++)
					top = Math.max(top, ip.getf(i));
				assertTrue(bits + "-bit channel " + c + " max " + top, top <= max);
				if (c == DomainGenerator.GRANULES) {
					// the gain fills the chosen share of the range; debris, brighter than any granule, may clip
					assertTrue(bits + "-bit: uses the range, max " + top, top > 0.2 * max || bits == 16);
				}
			}
			for (TruthGranule g : f.granules())
				if (g.saturated) assertEquals(bits + "-bit " + g, max, f.channel(DomainGenerator.GRANULES).getf((int) g.x,
					(int) g.y), 0.25 * max);
		}
	}

	@Test
	public void debrisIsBrighterThanEveryGranuleOfItsField() {
		DomainField f = field(Regime.DEBRIS, 6, r -> r.bitDepth = 16);
		assertTrue(f.debris().size() >= 15);
		double brightestGranule = 0;
		for (TruthGranule g : f.granules())
			brightestGranule = Math.max(brightestGranule, peak(f, g.x, g.y, 2));
		int brighter = 0;
		for (TruthDebris d : f.debris())
			if (peak(f, d.x, d.y, 1) > brightestGranule) brighter++;
		// a speck may sit where the range clips it to the same top value
		assertTrue(brighter + " of " + f.debris().size() + " specks brighter than " + brightestGranule, brighter >= 0.9 * f
			.debris().size());
	}

	private static double peak(DomainField f, double x, double y, int reach) {
		double peak = 0;
		for (int yy = (int) y - reach; yy <= (int) y + reach; yy++)
			for (int xx = (int) x - reach; xx <= (int) x + reach; xx++)
				peak = Math.max(peak, f.channel(DomainGenerator.GRANULES).getf(xx, yy));
		return peak;
	}

	@Test
	public void theDiffuseLevelSpansTheExpressionRangeBetweenCells() {
		DomainField f = field(Regime.ARSENITE, 7, r -> r.expressionFold = 10);
		double lo = Double.MAX_VALUE, hi = 0;
		for (TruthCell c : f.cells()) {
			lo = Math.min(lo, c.expression);
			hi = Math.max(hi, c.expression);
		}
		assertEquals(10, hi / lo, 0.01);
		double dimmest = Double.MAX_VALUE, brightest = 0;
		for (TruthCell c : f.cells())
			if (c.cellAreaPx - c.nucleusAreaPx > 2000 && c.diffuseLevel > 0) {
				dimmest = Math.min(dimmest, c.diffuseLevel);
				brightest = Math.max(brightest, c.diffuseLevel);
			}
		assertTrue("diffuse levels " + dimmest + " - " + brightest, brightest / dimmest > 4);
	}

	@Test
	public void theWrittenTiffIsCalibratedWithChannelsInTheStatedOrder() throws Exception {
		DomainField f = field(Regime.LARGE_PIXELS, 1, null);
		Path folder = tmp.getRoot().toPath();
		f.write(folder, "field");
		ImagePlus back = IJ.openImage(folder.resolve("field.tif").toString());
		assertEquals(4, back.getNChannels());
		assertEquals(f.recipe.pixelUm, back.getCalibration().pixelWidth, 1e-6);
		assertEquals(f.recipe.pixelUm, back.getCalibration().pixelHeight, 1e-6);
		assertEquals("micron", back.getCalibration().getUnit());
		assertTrue(f.recipe.pixelUm >= 0.17 && f.recipe.pixelUm <= 0.2);
		for (int c = 0; c < 4; c++) {
			assertEquals(DomainGenerator.CHANNEL_NAMES[c], back.getStack().getSliceLabel(c + 1));
			assertArrayEquals((short[]) f.channel(c).getPixels(), (short[]) back.getStack().getProcessor(c + 1).getPixels());
		}
		ImagePlus nuclei = IJ.openImage(folder.resolve("truth/field" + DomainField.NUCLEI_SUFFIX).toString());
		assertArrayEquals((short[]) f.nucleusLabels().getPixels(), (short[]) nuclei.getProcessor().getPixels());
	}

	@Test
	public void theSameSeedGivesTheSameField() {
		FieldRecipe r = Regime.MIXED_HELD_OUT.recipe(9, 2);
		r.width = r.height = 256;
		DomainField a = DomainGenerator.generate(Regime.MIXED_HELD_OUT, r, 9), b = DomainGenerator.generate(
			Regime.MIXED_HELD_OUT, r.copy(), 9);
		for (int c = 0; c < 4; c++)
			assertTrue(Arrays.equals(pixels(a.channel(c)), pixels(b.channel(c))));
		assertEquals(a.granules().size(), b.granules().size());
	}

	private static int[] pixels(ImageProcessor ip) {
		int[] v = new int[ip.getPixelCount()];
		for (int i = 0; i < v.length; i++)
			v[i] = (int) ip.getf(i);
		return v;
	}
}
