package org.alsstress.granules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Random;

import ij.process.FloatProcessor;

import org.alsstress.imaging.LabelImage;
import org.junit.Test;

/**
 * Granules in one synthetic cell (diffuse marker 1000 photo-electrons, shot noise, a nucleus in the middle) at
 * 0.13 um per pixel, with granule profiles like the simulator's: a flat top with a soft edge.
 */
public class GranuleDetectorTest {

	static final int SIZE = 220, CENTRE = 110;
	static final double DIFFUSE = 1000, OUTSIDE = 130;
	/** A faint granule far from the others: its peak this many times the diffuse level. */
	static final double FAINT = 1.4, FAINT_X = 150, FAINT_Y = 60;

	private final float[] expected = new float[SIZE * SIZE];
	private final LabelImage cells = new LabelImage(SIZE, SIZE), nuclei = new LabelImage(SIZE, SIZE);

	public GranuleDetectorTest() {
		for (int y = 0; y < SIZE; y++)
			for (int x = 0; x < SIZE; x++) {
				int i = y * SIZE + x;
				double r = Math.hypot(x + 0.5 - CENTRE, y + 0.5 - CENTRE);
				cells.pixels[i] = r < 100 ? 1 : 0;
				nuclei.pixels[i] = r < 35 ? 1 : 0;
				expected[i] = (float) (r < 100 ? DIFFUSE * (r < 35 ? 0.35 : 1) : OUTSIDE);
			}
	}

	/** An elliptical granule: peak {@code relative} times the diffuse level, semi-axes a and b (px). */
	private void granule(double cx, double cy, double a, double b, double relative) {
		double amplitude = (relative - 1) * DIFFUSE, peak = 1 / (1 + Math.exp(-b / 0.6));
		for (int y = 0; y < SIZE; y++)
			for (int x = 0; x < SIZE; x++) {
				double dx = (x + 0.5 - cx) / a, dy = (y + 0.5 - cy) / b, r = Math.sqrt(dx * dx + dy * dy) * b;
				expected[y * SIZE + x] += (float) (amplitude / (1 + Math.exp((r - b) / 0.6)) / peak);
			}
	}

	private List<Granule> detect() {
		Random random = new Random(17);
		float[] observed = new float[expected.length];
		for (int i = 0; i < observed.length; i++)
			observed[i] = (float) (expected[i] + Math.sqrt(expected[i]) * random.nextGaussian());
		SegmentationSettings settings = new SegmentationSettings();
		settings.pixelSizeUm = 0.13;
		return GranuleDetector.detect(new FloatProcessor(SIZE, SIZE, observed), cells, nuclei, settings).granules;
	}

	private static void assertFoundAt(List<Granule> granules, double x, double y) {
		for (Granule g : granules)
			if (Math.hypot(g.x - x, g.y - y) <= 2) return;
		throw new AssertionError("no granule within 2 px of (" + x + ", " + y + ") among " + granules);
	}

	@Test
	public void anUnstressedCellHasNoGranule() {
		assertEquals(0, detect().size());
	}

	@Test
	public void aFaintGranuleOnTheFlankOfABrightOneIsFoundBesideIt() {
		granule(110, 50, 3.5, 3.5, 5);
		granule(116.5, 50, 2.2, 2.2, 1.8);
		List<Granule> found = detect();
		assertEquals(found.toString(), 2, found.size());
		assertFoundAt(found, 110, 50);
		assertFoundAt(found, 116.5, 50);
	}

	@Test
	public void twoGranulesPressedTogetherAreTwo() {
		granule(60, 110, 3.5, 3.5, 5);
		granule(68.5, 110, 2.5, 2.5, 4);
		List<Granule> found = detect();
		assertEquals(found.toString(), 2, found.size());
		assertFoundAt(found, 68.5, 110);
		assertFoundAt(found, 68.5, 110);
	}

	@Test
	public void aFaintGranuleOnItsOwnCountsInAStressedCell() {
		granule(60, 110, 3, 3, 4);
		granule(160, 110, 3, 3, 4);
		granule(110, 160, 3, 3, 4);
		granule(FAINT_X, FAINT_Y, 2.5, 2.5, FAINT);
		List<Granule> found = detect();
		assertEquals(found.toString(), 4, found.size());
		assertFoundAt(found, FAINT_X, FAINT_Y);
	}

	@Test
	public void theSameFaintSpotIsFoundInACellWithoutOtherGranules() {
		// the cell has no texture and 1000 photons per pixel: the noise allows it, whatever else the cell holds
		granule(FAINT_X, FAINT_Y, 2.5, 2.5, FAINT);
		List<Granule> found = detect();
		assertEquals(found.toString(), 1, found.size());
		assertFoundAt(found, FAINT_X, FAINT_Y);
	}

	@Test
	public void aLargeRoundGranuleStaysOne() {
		granule(160, 110, 11, 10, 3);
		List<Granule> found = detect();
		assertEquals(found.toString(), 1, found.size());
		assertFoundAt(found, 160, 110);
	}

	@Test
	public void aFibreIsNoGranule() {
		granule(110, 170, 14, 2.5, 2.5);
		assertEquals(0, detect().size());
	}
}
