package org.alsstress.blot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.IJ;
import ij.process.ImageProcessor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alsstress.realdata.TruthTable;
import org.junit.Test;

/**
 * Band volumes measured by the engine (default background, valley to valley) on real images against the quantities
 * their sources publish (src/test/resources/blots/blot_quantities.csv): the masses of a DNA ladder's bands, and the
 * authors' own band areas of a Coomassie time course.
 */
public class RealBlotQuantitiesTest {

	private static List<Map<String, String>> quantities(String file) throws Exception {
		List<Map<String, String>> out = new ArrayList<>();
		for (Map<String, String> q : TruthTable.read("/blots/blot_quantities.csv").rows)
			if (q.get("file").equals(file)) out.add(q);
		return out;
	}

	private static SignalImage open(String file) {
		ImageProcessor ip = IJ.openImage(RealBlotQuantitiesTest.class.getResource("/blots/" + file).getPath()).getProcessor();
		if (ip.getBitDepth() == 24) ip = ip.convertToByte(false);
		return SignalImage.of(file, ip, Polarity.AUTO, 0);
	}

	private static int i(Map<String, String> q, String column) {
		return Integer.parseInt(q.get(column));
	}

	/** Volume of the band in the window rows y0-y1 of the lane (one lane, the given columns). */
	private static double volume(SignalImage img, int x0, int x1, int y0, int y1) {
		LaneLayout lane = LaneLayout.fromColumns(List.of(new int[] {x0, x1}));
		Band band = new BandMeasurer(img, Role.TARGET, 0).measure(lane, BandWindow.parse(y0 + "-" + y1, "window")).get(0);
		assertTrue(img.name + " x " + x0 + "-" + x1 + " y " + y0 + "-" + y1 + ": " + band.note, band.found);
		return band.volume(BackgroundMethod.VALLEY);
	}

	/** Bands of the NEB 1 kb Plus ladder that every lane resolves, 1 kb and up. */
	private static Map<Double, double[]> ladderVolumes(List<Map<String, String>> qs, SignalImage img, Map<Double, Double> mass) {
		Map<Double, double[]> v = new LinkedHashMap<>();
		for (Map<String, String> q : qs) {
			double size = Double.parseDouble(q.get("size"));
			if (size < 1.0) continue;
			mass.put(size, Double.parseDouble(q.get("amount")));
			// the band's rows as listed, 3 rows more on either side for its tails (bands here are 10-15 rows apart)
			v.computeIfAbsent(size, k -> new double[4])[i(q, "lane") - 1] = volume(img, i(q, "x0"), i(q, "x1"), i(q, "y0") - 3,
				i(q, "y1") + 3);
		}
		return v;
	}

	/**
	 * The same ladder in four lanes gives the same pattern: each band's share of its lane's total (bands of 1-10 kb)
	 * within 10 % of the four lanes' mean share (measured: at most 8 %, the 1.2 kb band; the others 4 %).
	 */
	@Test
	public void fourLanesOfOneLadderShowTheSameBandPattern() throws Exception {
		Map<Double, Double> mass = new LinkedHashMap<>();
		Map<Double, double[]> v = ladderVolumes(quantities("dna_ladder_4lanes_neb1kbplus.tif"), open(
			"dna_ladder_4lanes_neb1kbplus.tif"), mass);
		double[] totals = new double[4];
		for (double[] lanes : v.values())
			for (int l = 0; l < 4; l++)
				totals[l] += lanes[l];
		for (Map.Entry<Double, double[]> e : v.entrySet()) {
			double mean = 0;
			for (int l = 0; l < 4; l++)
				mean += e.getValue()[l] / totals[l] / 4;
			for (int l = 0; l < 4; l++)
				assertEquals(e.getKey() + " kb band, lane " + (l + 1), mean, e.getValue()[l] / totals[l], 0.10 * mean);
		}
	}

	/**
	 * Against the ladder's stated masses (ng per band): the 3.0 kb band (120 ng) over the 1.5 kb (57 ng) and the 2.0 kb
	 * (40 ng) bands within 15 % of the mass ratios 2.11 and 3.0 (measured 2.21-2.37 and 3.09-3.30), and volume against
	 * mass over the 1-10 kb bands with a correlation of at least 0.85 (measured 0.91-0.92). The stain's signal per ng is
	 * not the same for every size (the 8 and 5 kb bands give about 30 % less per ng than the 3 kb one, the 0.5 kb band
	 * less than half): these tolerances say how far the image itself follows the masses, not only the engine.
	 */
	@Test
	public void ladderBandsFollowTheirStatedMasses() throws Exception {
		Map<Double, Double> mass = new LinkedHashMap<>();
		Map<Double, double[]> v = ladderVolumes(quantities("dna_ladder_4lanes_neb1kbplus.tif"), open(
			"dna_ladder_4lanes_neb1kbplus.tif"), mass);
		for (int l = 0; l < 4; l++) {
			for (double other : new double[] {1.5, 2.0}) {
				double expected = mass.get(3.0) / mass.get(other), measured = v.get(3.0)[l] / v.get(other)[l];
				assertEquals("lane " + (l + 1) + ": 3.0 kb over " + other + " kb", expected, measured, 0.15 * expected);
			}
			double[] x = new double[v.size()], y = new double[v.size()];
			int k = 0;
			for (Map.Entry<Double, double[]> e : v.entrySet()) {
				x[k] = mass.get(e.getKey());
				y[k++] = e.getValue()[l];
			}
			double r = new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(x, y);
			assertTrue("lane " + (l + 1) + ": volume against mass, r = " + r, r >= 0.85);
		}
	}

	/**
	 * The authors' own numbers (gelquant: the window integrated above a straight line, Gaussian-weighted across the
	 * lane) against the engine's band volume in the same lane columns and window. Where the substrate stays one band
	 * (protein "b", 0-5 min: lanes 11-14 of both gels) the band relative to the 0-min lane is within 15 % of the
	 * authors' (measured 0.2-10 %). Where the protease cuts it into a smear (protein "a", and "b" at 30 min) the two
	 * measure different things (the engine the remaining band, gelquant everything in the window): only that the 30-min
	 * band of "a" has nearly gone (below 0.25 of the 0-min band; authors 0.02 and 0.20) is checked.
	 */
	@Test
	public void coomassieTimeCourseAgainstTheAuthorsNumbers() throws Exception {
		SignalImage img = open("coomassie_protease_timecourse_2gels.png");
		List<Map<String, String>> qs = quantities("coomassie_protease_timecourse_2gels.png");
		assertEquals(20, qs.size());
		for (int g = 0; g < qs.size(); g += 5) {
			double first = 0;
			for (int k = g; k < g + 5; k++) {
				Map<String, String> q = qs.get(k);
				double vol = volume(img, i(q, "x0"), i(q, "x1"), i(q, "y0"), i(q, "y1"));
				if (k == g) first = vol;
				double relative = vol / first, authors = Double.parseDouble(q.get("amount"));
				String what = q.get("amount_unit").replaceAll(".*; ", "") + " lane " + q.get("lane") + " (" + q.get("size") + " min)";
				int lane = i(q, "lane");
				if (lane >= 12 && lane <= 14) assertEquals(what, authors, relative, 0.15 * authors);
				if (lane == 5) assertTrue(what + ": " + relative, relative < 0.25);
			}
		}
	}
}
