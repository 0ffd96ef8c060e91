package org.alsstress.imaging;

import static org.junit.Assert.assertEquals;

import ij.process.FloatProcessor;

import org.junit.Test;

public class FiltersTest {

	@Test
	public void aLargeBallRollsUnderSmallObjectsAndFollowsASlope() {
		int w = 300, h = 200;
		FloatProcessor image = new FloatProcessor(w, h);
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				image.setf(x, y, 100 + 0.2f * x + (Math.hypot(x - 150, y - 100) < 12 ? 500 : 0));
		// radius 60: shrunk six-fold before rolling
		FloatProcessor background = Filters.rollingBallBackground(image, 60);
		assertEquals(100 + 0.2 * 150, background.getf(150, 100), 3);
		assertEquals(100 + 0.2 * 40, background.getf(40, 30), 3);
		FloatProcessor corrected = Filters.subtractBackground(image, 60);
		assertEquals(500, corrected.getf(150, 100), 3);
	}

	@Test
	public void blockMinimaShrinkTheImage() {
		FloatProcessor image = new FloatProcessor(5, 3, new float[] { 5, 4, 9, 9, 7, 3, 8, 9, 9, 1, 6, 6, 2, 9, 9 });
		FloatProcessor small = Filters.blockMinimum(image, 2);
		assertEquals(3, small.getWidth());
		assertEquals(2, small.getHeight());
		assertEquals(3, small.getf(0, 0), 0);
		assertEquals(1, small.getf(2, 0), 0);
		assertEquals(2, small.getf(1, 1), 0);
	}
}
