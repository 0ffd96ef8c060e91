package org.alsstress.imaging;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Random;

import org.junit.Test;

/** Hole filling, the flooding queue and the thresholds' float path, against independent results. */
public class FloodingTest {

	@Test
	public void holesAreTheBackgroundRegionsThatDoNotTouchTheBorder() {
		int w = 97, h = 61;
		Random random = new Random(5);
		for (int trial = 0; trial < 20; trial++) {
			boolean[] mask = new boolean[w * h];
			for (int i = 0; i < mask.length; i++)
				mask[i] = random.nextDouble() < 0.3 + 0.02 * trial;
			// the background's 4-connected regions, and which of them reach the border
			LabelImage regions = ConnectedComponents.label(not(mask), w, h, false);
			boolean[] open = new boolean[regions.maxLabel() + 1];
			for (int x = 0; x < w; x++)
				open[regions.get(x, 0)] = open[regions.get(x, h - 1)] = true;
			for (int y = 0; y < h; y++)
				open[regions.get(0, y)] = open[regions.get(w - 1, y)] = true;
			boolean[] filled = ConnectedComponents.fillHoles(mask, w, h);
			for (int i = 0; i < mask.length; i++)
				assertEquals("pixel " + i, mask[i] || !open[regions.pixels[i]], filled[i]);
		}
	}

	@Test
	public void backgroundJoinedToTheOutsideOnlyAtACornerIsAHole() {
		// the inner pixel (2,2) touches the outer background only diagonally, at (3,3)
		boolean[] mask = { false, false, false, false, false, //
			false, true, true, true, false, //
			false, true, false, true, false, //
			false, true, true, false, false, //
			false, false, false, false, false };
		boolean[] filled = ConnectedComponents.fillHoles(mask, 5, 5);
		assertTrue(filled[2 * 5 + 2]);
		assertFalse(filled[3 * 5 + 3]);
		assertFalse(filled[0]);
	}

	@Test
	public void theQueueIsFirstInFirstOutWithinALevelAndLateLowPixelsJoinTheCurrentLevel() {
		// few pixels to flood in a large image: entries hold their pixel; many: the entries are the pixels
		for (PixelQueue queue : new PixelQueue[] { new PixelQueue(0, 10, 7, 1000), new PixelQueue(0, 10, 20, 20) }) {
			queue.add(7, 5);
			queue.add(3, 5.01f);
			queue.add(9, 1);
			assertEquals(9, queue.poll());
			assertEquals(7, queue.poll());
			// below the level being flooded: behind what is already queued at that level
			queue.add(4, 0);
			assertEquals(3, queue.poll());
			assertEquals(4, queue.poll());
			assertTrue(queue.isEmpty());
			queue.add(12, 10);
			queue.add(11, 6);
			assertEquals(11, queue.poll());
			assertEquals(12, queue.poll());
			assertTrue(queue.isEmpty());
		}
	}

	@Test
	public void aPixelBetweenTwoEquallyLowBasinsJoinsTheLeftOne() {
		LabelImage seeds = new LabelImage(3, 1, new int[] { 1, 0, 2 });
		assertArrayEquals(new int[] { 1, 1, 2 }, SeededWatershed.flood(new float[3], seeds, null).pixels);
		LabelImage swapped = new LabelImage(3, 1, new int[] { 2, 0, 1 });
		assertArrayEquals(new int[] { 2, 2, 1 }, SeededWatershed.flood(new float[3], swapped, null).pixels);
	}

	@Test
	public void floatThresholdsEqualThoseOfTheSameValuesAsDoubles() {
		Random random = new Random(11);
		for (int trial = 0; trial < 10; trial++) {
			float[] values = new float[5000];
			for (int i = 0; i < values.length; i++)
				values[i] = (float) (i % 7 == 0 ? 800 + 200 * random.nextGaussian() : 100 + 20 * random.nextGaussian());
			values[3] = Float.NaN;
			values[4] = Float.POSITIVE_INFINITY;
			double[] widened = new double[values.length];
			for (int i = 0; i < values.length; i++)
				widened[i] = values[i];
			double otsu = Thresholds.otsu(values);
			assertEquals(Thresholds.otsu(widened), otsu, 0);
			assertTrue("Otsu " + otsu, otsu > 200 && otsu < 700);
		}
		assertTrue(Double.isNaN(Thresholds.otsu(new float[] { Float.NaN })));
		assertEquals(3, Thresholds.triangle(new float[] { 3, 3, Float.NaN }), 0);
	}

	private static boolean[] not(boolean[] mask) {
		boolean[] out = new boolean[mask.length];
		for (int i = 0; i < mask.length; i++)
			out[i] = !mask[i];
		return out;
	}
}
