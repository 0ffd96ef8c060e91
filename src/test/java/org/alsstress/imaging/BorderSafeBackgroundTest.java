package org.alsstress.imaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.process.FloatProcessor;

import org.junit.Test;

public class BorderSafeBackgroundTest {

	/** Background 100 + 0.1 x, and a bright disc of radius 12 centred on the top left corner. */
	private static FloatProcessor cornerObject() {
		int w = 240, h = 200;
		FloatProcessor image = new FloatProcessor(w, h);
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				image.setf(x, y, 100 + 0.1f * x + (Math.hypot(x, y) < 12 ? 1000 : 0));
		return image;
	}

	@Test
	public void anObjectCutByTheCornerKeepsItsFullHeight() {
		FloatProcessor corrected = BorderSafeBackground.subtract(cornerObject(), 30);
		assertEquals(1000, corrected.getf(2, 2), 30);
		assertEquals(1000, corrected.getf(8, 4), 30);
		assertEquals(0, corrected.getf(120, 100), 5);
		assertEquals(0, corrected.getf(239, 199), 10);
		// the plain rolling ball cannot pass under it: much of the corner counts as background
		assertTrue(Filters.subtractBackground(cornerObject(), 30).getf(2, 2) < 500);
	}

	@Test
	public void theRunningMinimumLooksHalfAWindowEitherWayAndAWholeWindowFromTheEnds() {
		float[] values = { 9, 9, 9, 9, 5, 1, 9 };
		float[] min = BorderSafeBackground.runningMinimum(values, 1);
		assertEquals(9, min[0], 0);
		assertEquals(9, min[2], 0);
		assertEquals(5, min[3], 0);
		assertEquals(1, min[6], 0);
		values = new float[] { 5, 9, 9, 9, 9, 1, 9 };
		min = BorderSafeBackground.runningMinimum(values, 2);
		assertEquals(5, min[0], 0);
		assertEquals(5, min[2], 0);
		assertEquals(1, min[3], 0);
		assertEquals(1, min[6], 0);
	}
}
