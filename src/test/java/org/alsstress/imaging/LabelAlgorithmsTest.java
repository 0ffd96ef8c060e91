package org.alsstress.imaging;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.awt.Polygon;

import org.junit.Test;

public class LabelAlgorithmsTest {

	private static boolean[] mask(String... rows) {
		boolean[] m = new boolean[rows.length * rows[0].length()];
		for (int y = 0; y < rows.length; y++)
			for (int x = 0; x < rows[0].length(); x++)
				m[y * rows[0].length() + x] = rows[y].charAt(x) == '#';
		return m;
	}

	@Test
	public void diagonalNeighboursJoinOnlyWhenEightConnected() {
		boolean[] m = mask("##...", "##...", "..##.", "..##.");
		assertEquals(1, ConnectedComponents.label(m, 5, 4, true).count());
		LabelImage four = ConnectedComponents.label(m, 5, 4, false);
		assertEquals(2, four.count());
		assertEquals(1, four.get(0, 0));
		assertEquals(2, four.get(3, 3));
		assertEquals(0, four.get(4, 0));
	}

	@Test
	public void regionsAreNumberedInRasterOrderOfTheirFirstPixelAsAFloodFromEachWouldFindThem() {
		// a U whose arms meet only at the bottom, and a spiral: labels made apart on one row join further down
		boolean[] u = mask("#.#.#", "#.#.#", "###.#", ".....");
		LabelImage four = ConnectedComponents.label(u, 5, 4, false);
		assertEquals(2, four.count());
		assertEquals(1, four.get(2, 0));
		assertEquals(2, four.get(4, 0));
		java.util.Random random = new java.util.Random(7);
		for (int trial = 0; trial < 40; trial++) {
			int w = 1 + random.nextInt(40), h = 1 + random.nextInt(40);
			double density = 0.3 + 0.4 * random.nextDouble();
			boolean[] m = new boolean[w * h];
			for (int i = 0; i < m.length; i++)
				m[i] = random.nextDouble() < density;
			for (boolean eight : new boolean[] { false, true })
				assertArrayEquals("trial " + trial + (eight ? " 8-connected" : " 4-connected"), floodLabels(m, w, h,
					eight), ConnectedComponents.label(m, w, h, eight).pixels);
		}
	}

	/** The plain reference: a breadth-first flood from each unlabelled pixel in raster order. */
	private static int[] floodLabels(boolean[] m, int w, int h, boolean eight) {
		int[] labels = new int[m.length];
		int next = 0;
		java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
		for (int start = 0; start < m.length; start++) {
			if (!m[start] || labels[start] != 0) continue;
			labels[start] = ++next;
			queue.add(start);
			while (!queue.isEmpty()) {
				int p = queue.poll(), x = p % w, y = p / w;
				for (int dy = -1; dy <= 1; dy++)
					for (int dx = -1; dx <= 1; dx++) {
						if (dx == 0 && dy == 0 || !eight && dx != 0 && dy != 0) continue;
						int nx = x + dx, ny = y + dy;
						if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
						int n = ny * w + nx;
						if (m[n] && labels[n] == 0) {
							labels[n] = next;
							queue.add(n);
						}
					}
			}
		}
		return labels;
	}

	@Test
	public void holesAreFilledButBackgroundTouchingTheBorderIsNot() {
		boolean[] ring = mask(".....", ".###.", ".#.#.", ".###.", "....#");
		boolean[] filled = ConnectedComponents.fillHoles(ring, 5, 5);
		assertTrue(filled[2 * 5 + 2]);
		assertFalse(filled[0]);
		assertEquals(10, count(filled));
	}

	@Test
	public void watershedSplitsAtTheRidgeBetweenTwoBasins() {
		// elevation along x: basins at x=1 and x=8, ridge at x=5
		float[] row = { 3, 0, 1, 2, 3, 9, 4, 2, 0, 1 };
		int w = row.length, h = 3;
		float[] elevation = new float[w * h];
		for (int y = 0; y < h; y++)
			System.arraycopy(row, 0, elevation, y * w, w);
		LabelImage seeds = new LabelImage(w, h);
		seeds.pixels[w + 1] = 7;
		seeds.pixels[w + 8] = 3;
		LabelImage result = SeededWatershed.flood(elevation, seeds, null);
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				if (x != 5) assertEquals("x=" + x + " y=" + y, x < 5 ? 7 : 3, result.get(x, y));
				// the ridge itself joins the basin of its lower neighbour (3 at x=4 against 4 at x=6)
				else assertEquals(7, result.get(x, y));
	}

	@Test
	public void watershedStaysInsideTheMaskAndLeavesUnreachablePartsEmpty() {
		boolean[] m = mask("###.##", "###.##");
		LabelImage seeds = new LabelImage(6, 2);
		seeds.pixels[0] = 1;
		LabelImage result = SeededWatershed.flood(new float[12], seeds, m);
		assertArrayEquals(new int[] { 1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0 }, result.pixels);
	}

	@Test
	public void otsuSeparatesTwoClusters() {
		float[] values = new float[200];
		for (int i = 0; i < 200; i++)
			values[i] = i < 150 ? 10 + i % 3 : 100 + i % 5;
		double t = Thresholds.otsu(values);
		assertTrue("threshold " + t, t > 12 && t <= 100);
	}

	@Test
	public void triangleThresholdLiesBetweenTheBackgroundPeakAndTheTail() {
		float[] values = new float[1000];
		for (int i = 0; i < 1000; i++)
			values[i] = i < 900 ? 5 : 5 + (i - 900);
		double t = Thresholds.triangle(values);
		assertTrue("threshold " + t, t > 5 && t < 105);
	}

	@Test
	public void measurementsOfASquare() {
		LabelImage labels = new LabelImage(6, 6);
		float[] intensity = new float[36];
		for (int y = 1; y <= 3; y++)
			for (int x = 2; x <= 4; x++) {
				labels.pixels[y * 6 + x] = 4;
				intensity[y * 6 + x] = x;
			}
		LabelMeasurements m = LabelMeasurements.measure(labels, intensity);
		assertEquals(9, m.area[4]);
		assertEquals(3.0, m.centroidX(4), 0);
		assertEquals(2.0, m.centroidY(4), 0);
		assertEquals(27.0, m.integrated(4), 0);
		assertEquals(3.0, m.mean(4), 0);
		assertFalse(m.exists(3));
		assertEquals(2, m.minX[4]);
		assertEquals(3, m.maxY[4]);
	}

	@Test
	public void objectsOnTheBorderAreFoundAndRemoved() {
		LabelImage labels = new LabelImage(5, 5, new int[] { 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 2, 0, 0, 0,
			0, 2, 0, 0, 0, 0, 0 });
		boolean[] touching = LabelBorders.touchingBorder(labels);
		assertFalse(touching[1]);
		assertTrue(touching[2]);
		assertEquals(1, LabelBorders.removeTouchingBorder(labels).count());
	}

	@Test
	public void relabellingNumbersObjectsInRasterOrder() {
		LabelImage labels = new LabelImage(4, 1, new int[] { 9, 0, 3, 9 });
		assertEquals(2, labels.relabelSequentially());
		assertArrayEquals(new int[] { 1, 0, 2, 1 }, labels.pixels);
	}

	@Test
	public void distanceTransformOfASquare() {
		boolean[] m = new boolean[49];
		for (int y = 1; y <= 5; y++)
			for (int x = 1; x <= 5; x++)
				m[y * 7 + x] = true;
		float[] d = DistanceTransform.insideDistance(m, 7, 7);
		assertEquals(3, d[3 * 7 + 3], 1e-6);
		assertEquals(1, d[1 * 7 + 3], 1e-6);
		assertEquals(0, d[0], 0);
		float[] to = DistanceTransform.distanceTo(m, 7, 7);
		assertEquals(0, to[3 * 7 + 3], 0);
		assertEquals(1, to[0 * 7 + 3], 1e-6);
	}

	@Test
	public void maximaCountDependsOnTheDipBetweenTwoPeaks() {
		int w = 40, h = 20;
		float[] image = new float[w * h];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				image[y * w + x] = (float) (100 * Math.exp(-((x - 14) * (x - 14) + (y - 10) * (y - 10)) / 18.0) + 100 *
					Math.exp(-((x - 26) * (x - 26) + (y - 10) * (y - 10)) / 18.0));
		// the saddle at x = 20 lies 2 * 100 * exp(-36/18) = 27.1 high: the peaks stand about 73 above it
		assertEquals(2, RegionalMaxima.find(image, w, h, 60, null).npoints);
		assertEquals(1, RegionalMaxima.find(image, w, h, 80, null).npoints);
		boolean[] leftHalf = new boolean[w * h];
		for (int i = 0; i < leftHalf.length; i++)
			leftHalf[i] = i % w < 20;
		Polygon left = RegionalMaxima.find(image, w, h, 60, leftHalf);
		assertEquals(1, left.npoints);
		assertEquals(14, left.xpoints[0]);
	}

	@Test
	public void madSigmaIgnoresOutliers() {
		float[] values = { 1, 2, 3, 4, 5, 1000 };
		// median 3.5, deviations 2.5 1.5 0.5 0.5 1.5 996.5 -> MAD 1.5
		assertEquals(1.5 * RobustStatistics.MAD_TO_SIGMA, RobustStatistics.madSigma(values, 6), 1e-9);
		assertEquals(3.5, RobustStatistics.median(values, 6), 0);
	}

	private static int count(boolean[] b) {
		int n = 0;
		for (boolean v : b)
			if (v) n++;
		return n;
	}
}
