package org.alsstress.granules.sim;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import ij.ImagePlus;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.Test;

public class FieldSimulatorTest {
	private static final FieldSpec SMALL = FieldSpec.of(512, 512);
	private static final Map<String, SimulatedField> CACHE = new HashMap<>();

	static SimulatedField field(Scenario scenario, long seed) {
		return CACHE.computeIfAbsent(scenario + "/" + seed, k -> FieldSimulator.simulate(scenario, seed, SMALL));
	}

	@Test
	public void everyGranuleLiesWhollyInItsCellsCytoplasm() {
		for (Scenario s : new Scenario[] {Scenario.ARSENITE, Scenario.DENSE, Scenario.DIM}) {
			SimulatedField f = field(s, 3);
			assertTrue(s + ": has granules", f.granules().size() > 10);
			for (TrueGranule g : f.granules()) {
				double radius = g.diameterUm / 2 / SMALL.pixelUm;
				for (int y = (int) (g.y - radius); y <= (int) (g.y + radius); y++)
					for (int x = (int) (g.x - radius); x <= (int) (g.x + radius); x++) {
						if (Math.hypot(x + 0.5 - g.x, y + 0.5 - g.y) > radius) continue;
						assertEquals(s + " " + g + " at " + x + "," + y, g.cellId, f.cellLabels().get(x, y));
						assertEquals(s + " " + g + " over a nucleus", 0, f.nucleusLabels().get(x, y));
					}
				assertNotNull(f.cell(g.cellId));
			}
		}
	}

	@Test
	public void cellIdsAreNucleusIdsAndEveryNucleusLiesInItsCell() {
		for (Scenario s : Scenario.values()) {
			SimulatedField f = field(s, 4);
			TreeSet<Integer> nuclei = labels(f.nucleusLabels()), cells = labels(f.cellLabels()), truth = new TreeSet<>();
			f.cells().forEach(c -> truth.add(c.id));
			assertEquals(s.toString(), truth, nuclei);
			assertEquals(s.toString(), truth, cells);
			for (int i = 0; i < f.nucleusLabels().getPixelCount(); i++) {
				int n = f.nucleusLabels().get(i);
				if (n != 0) assertEquals(s + " pixel " + i, n, f.cellLabels().get(i));
			}
		}
	}

	@Test
	public void edgeFlagMeansTheCellTouchesTheBorder() {
		SimulatedField f = field(Scenario.DENSE, 5);
		ShortProcessor cells = f.cellLabels();
		TreeSet<Integer> touching = new TreeSet<>();
		for (int k = 0; k < 512; k++)
			for (int v : new int[] {cells.get(k, 0), cells.get(k, 511), cells.get(0, k), cells.get(511, k)})
				if (v != 0) touching.add(v);
		TreeSet<Integer> flagged = new TreeSet<>();
		f.cells().stream().filter(c -> c.edge).forEach(c -> flagged.add(c.id));
		assertFalse("some cells are cut by the border", flagged.isEmpty());
		assertTrue("and some are not", flagged.size() < f.cells().size());
		assertEquals(touching, flagged);
	}

	@Test
	public void granulesStandOutFromTheirCellsDiffuseSignal() {
		for (Scenario s : new Scenario[] {Scenario.ARSENITE, Scenario.APOPTOTIC}) {
			SimulatedField f = field(s, 6);
			ImageProcessor g3bp1 = f.channel(SimulatedField.GRANULE_CHANNEL);
			for (TrueGranule g : f.granules()) {
				double centre = mean3x3(g3bp1, g.x, g.y) - FieldSimulator.CAMERA_OFFSET;
				double diffuse = ringMedian(f, g3bp1, g) - FieldSimulator.CAMERA_OFFSET;
				double min = g.faint ? 1.15 : 1.6;
				assertTrue(s + " " + g + ": " + centre + " vs diffuse " + diffuse, centre > min * diffuse);
			}
		}
	}

	@Test
	public void controlFieldsHaveNoGranules() {
		for (long seed = 1; seed <= 3; seed++) {
			SimulatedField f = field(Scenario.CONTROL, seed);
			assertEquals(0, f.granules().size());
			assertTrue(f.cells().size() >= 3);
			f.cells().forEach(c -> assertEquals(0, c.granuleCount));
		}
	}

	@Test
	public void stressedFieldsHaveGranulesOfTheDescribedKinds() {
		int granules = 0, faint = 0, touching = 0, cells = 0, positive = 0;
		for (long seed = 1; seed <= 4; seed++) {
			SimulatedField f = field(Scenario.ARSENITE, seed);
			for (TrueGranule g : f.granules()) {
				granules++;
				if (g.faint) faint++;
				if (g.touching) touching++;
				assertTrue(g.toString(), g.diameterUm >= 0.3 - 1e-9 && g.diameterUm <= 3 + 1e-9);
				assertTrue(g.toString(), g.faint ? g.relativeIntensity >= 1.5 && g.relativeIntensity <= 2.0
					: g.relativeIntensity > 2);
			}
			for (TrueCell c : f.cells()) {
				if (c.apoptotic) continue;
				cells++;
				if (c.granuleCount > 0) positive++;
				assertTrue(c.toString(), c.granuleCount <= 20);
				assertEquals(c.toString(), c.granuleCount, f.granules().stream().filter(g -> g.cellId == c.id).count());
			}
		}
		assertTrue("faint " + faint + " of " + granules, faint > 0.12 * granules && faint < 0.3 * granules);
		assertTrue("touching " + touching + " of " + granules, touching > 0.07 * granules && touching < 0.25 * granules);
		assertTrue("most but not all cells are SG-positive: " + positive + " of " + cells, positive > 0.6 * cells &&
			positive < cells);
	}

	@Test
	public void expressionVariesAtLeastFourFoldBetweenCells() {
		for (long seed = 1; seed <= 3; seed++) {
			SimulatedField f = field(Scenario.CONTROL, seed);
			double[] levels = cytoplasmLevels(f);
			Arrays.sort(levels);
			assertTrue(Arrays.toString(levels), levels[levels.length - 1] / levels[0] >= 4);
		}
	}

	@Test
	public void apoptoticFieldsHaveAboutThirtyPercentApoptoticCells() {
		for (long seed = 1; seed <= 3; seed++) {
			SimulatedField f = field(Scenario.APOPTOTIC, seed);
			long apoptotic = f.cells().stream().filter(c -> c.apoptotic).count();
			double fraction = apoptotic / (double) f.cells().size();
			assertTrue(fraction + "", fraction > 0.2 && fraction < 0.4);
			ImageProcessor dapi = f.channel(SimulatedField.NUCLEI_CHANNEL);
			ImageProcessor caspase = f.channel(SimulatedField.APOPTOSIS_CHANNEL);
			double[] dapiMean = meanPerLabel(dapi, f.nucleusLabels()), caspaseMean = meanPerLabel(caspase, f
				.cellLabels());
			double maxNormalCaspase = 0, minApoptoticCaspase = Double.MAX_VALUE;
			for (TrueCell c : f.cells()) {
				if (c.apoptotic) {
					minApoptoticCaspase = Math.min(minApoptoticCaspase, caspaseMean[c.id]);
					assertTrue("condensed: " + c, c.nucleusAreaPx < 0.5 * Math.PI * Math.pow(5.0 / 0.13, 2));
				} else maxNormalCaspase = Math.max(maxNormalCaspase, caspaseMean[c.id]);
			}
			assertTrue(minApoptoticCaspase + " vs " + maxNormalCaspase, minApoptoticCaspase > 2 * maxNormalCaspase);
			double apoptoticDapi = f.cells().stream().filter(c -> c.apoptotic && !c.edge).mapToDouble(c -> dapiMean[c.id])
				.average().orElse(Double.NaN);
			double normalDapi = f.cells().stream().filter(c -> !c.apoptotic).mapToDouble(c -> dapiMean[c.id]).average()
				.getAsDouble();
			if (!Double.isNaN(apoptoticDapi)) assertTrue("condensed nuclei are brighter", apoptoticDapi > 1.5 * normalDapi);
		}
	}

	@Test
	public void dimFieldsAreFiveToTenTimesDimmer() {
		for (long seed = 1; seed <= 2; seed++) {
			SimulatedField arsenite = field(Scenario.ARSENITE, seed), dim = field(Scenario.DIM, seed);
			assertArrayEquals("the same cells", (short[]) arsenite.cellLabels().getPixels(), (short[]) dim.cellLabels()
				.getPixels());
			double ratio = median(cytoplasmLevels(arsenite)) / median(cytoplasmLevels(dim));
			assertTrue(ratio + "", ratio > 4.5 && ratio < 11);
		}
	}

	@Test
	public void denseFieldsHaveMoreCellsAndTouchingNuclei() {
		SimulatedField dense = field(Scenario.DENSE, 2), normal = field(Scenario.ARSENITE, 2);
		assertTrue(dense.cells().size() > 2 * normal.cells().size());
		ShortProcessor n = dense.nucleusLabels();
		boolean touching = false;
		for (int y = 0; y < 512 && !touching; y++)
			for (int x = 1; x < 512; x++)
				if (n.get(x, y) != 0 && n.get(x - 1, y) != 0 && n.get(x, y) != n.get(x - 1, y)) touching = true;
		assertTrue("some nuclei touch", touching);
	}

	@Test
	public void theImageIsA16BitCalibratedFourChannelStack() {
		ImagePlus image = field(Scenario.ARSENITE, 1).image();
		assertEquals(ImagePlus.GRAY16, image.getType());
		assertEquals(4, image.getNChannels());
		assertEquals(0.13, image.getCalibration().pixelWidth, 1e-12);
		assertEquals("micron", image.getCalibration().getUnit());
		assertEquals("G3BP1", image.getStack().getSliceLabel(SimulatedField.GRANULE_CHANNEL));
	}

	@Test
	public void sameSeedSameFieldOtherSeedOtherField() {
		SimulatedField a = FieldSimulator.simulate(Scenario.DENSE, 9, FieldSpec.of(256, 200));
		SimulatedField b = FieldSimulator.simulate(Scenario.DENSE, 9, FieldSpec.of(256, 200));
		SimulatedField c = FieldSimulator.simulate(Scenario.DENSE, 10, FieldSpec.of(256, 200));
		for (int ch = 1; ch <= 4; ch++)
			assertArrayEquals((short[]) a.channel(ch).getPixels(), (short[]) b.channel(ch).getPixels());
		assertArrayEquals((short[]) a.cellLabels().getPixels(), (short[]) b.cellLabels().getPixels());
		assertEquals(a.granules().size(), b.granules().size());
		assertFalse(Arrays.equals((short[]) a.channel(2).getPixels(), (short[]) c.channel(2).getPixels()));
	}

	// ---- measurements on the simulated image, independent of the simulator's internals ----------

	private static TreeSet<Integer> labels(ImageProcessor ip) {
		TreeSet<Integer> set = new TreeSet<>();
		for (int i = 0; i < ip.getPixelCount(); i++)
			if (ip.get(i) != 0) set.add(ip.get(i));
		return set;
	}

	private static double mean3x3(ImageProcessor ip, double x, double y) {
		double sum = 0;
		for (int dy = -1; dy <= 1; dy++)
			for (int dx = -1; dx <= 1; dx++)
				sum += ip.get((int) x + dx, (int) y + dy);
		return sum / 9;
	}

	/** Median of the cell's cytoplasm 2-4 um from the granule, away from every granule. */
	private static double ringMedian(SimulatedField f, ImageProcessor ip, TrueGranule g) {
		List<Double> values = new ArrayList<>();
		double inner = 2 / 0.13, outer = 4 / 0.13;
		for (int y = (int) (g.y - outer); y <= g.y + outer; y++)
			for (int x = (int) (g.x - outer); x <= g.x + outer; x++) {
				if (x < 0 || y < 0 || x >= ip.getWidth() || y >= ip.getHeight()) continue;
				double d = Math.hypot(x + 0.5 - g.x, y + 0.5 - g.y);
				if (d < inner || d > outer || f.cellLabels().get(x, y) != g.cellId || f.nucleusLabels().get(x, y) != 0)
					continue;
				if (nearGranule(f, x, y)) continue;
				values.add((double) ip.get(x, y));
			}
		return median(values.stream().mapToDouble(Double::doubleValue).toArray());
	}

	private static boolean nearGranule(SimulatedField f, int x, int y) {
		for (TrueGranule o : f.granules())
			if (Math.hypot(x + 0.5 - o.x, y + 0.5 - o.y) < o.diameterUm / 0.13 / 2 + 4) return true;
		return false;
	}

	/** Median granule-marker level (offset removed) in the cytoplasm of each sizeable non-apoptotic cell. */
	static double[] cytoplasmLevels(SimulatedField f) {
		ImageProcessor ip = f.channel(SimulatedField.GRANULE_CHANNEL);
		Map<Integer, List<Double>> values = new HashMap<>();
		for (int i = 0; i < ip.getPixelCount(); i++) {
			int c = f.cellLabels().get(i);
			if (c != 0 && f.nucleusLabels().get(i) == 0) values.computeIfAbsent(c, k -> new ArrayList<>()).add((double) ip
				.get(i) - FieldSimulator.CAMERA_OFFSET);
		}
		return f.cells().stream().filter(c -> !c.apoptotic && values.containsKey(c.id) && values.get(c.id).size() > 3000)
			.mapToDouble(c -> median(values.get(c.id).stream().mapToDouble(Double::doubleValue).toArray())).toArray();
	}

	private static double[] meanPerLabel(ImageProcessor ip, ImageProcessor labels) {
		double[] sum = new double[65536];
		int[] n = new int[65536];
		for (int i = 0; i < ip.getPixelCount(); i++) {
			sum[labels.get(i)] += ip.get(i);
			n[labels.get(i)]++;
		}
		for (int l = 0; l < sum.length; l++)
			sum[l] = n[l] == 0 ? 0 : sum[l] / n[l];
		return sum;
	}

	static double median(double[] values) {
		double[] v = values.clone();
		Arrays.sort(v);
		return v.length == 0 ? Double.NaN : v[v.length / 2];
	}
}
