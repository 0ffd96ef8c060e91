package org.alsstress.imaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class HolesTest {

	/** A 12 x 12 ring (outer 10 x 10 square at 1..10) with a hole of {@code hole} x {@code hole} in its middle. */
	private static boolean[] ring(int hole) {
		boolean[] mask = new boolean[12 * 12];
		int lo = (12 - hole) / 2;
		for (int y = 1; y <= 10; y++)
			for (int x = 1; x <= 10; x++)
				mask[y * 12 + x] = !(x >= lo && x < lo + hole && y >= lo && y < lo + hole);
		return mask;
	}

	@Test
	public void onlyHolesUpToTheGivenAreaAreFilled() {
		boolean[] small = Holes.fillSmall(ring(2), 12, 12, 4);
		assertTrue(small[6 * 12 + 6]);
		assertFalse(small[0]);
		boolean[] large = Holes.fillSmall(ring(4), 12, 12, 15);
		assertFalse(large[6 * 12 + 6]);
		assertTrue(Holes.fillSmall(ring(4), 12, 12, 16)[6 * 12 + 6]);
	}

	@Test
	public void aHoleInsideOneLabelTakesThatLabelButAGapBetweenLabelsStaysEmpty() {
		boolean[] ring = ring(4);
		LabelImage one = new LabelImage(12, 12);
		for (int i = 0; i < ring.length; i++)
			one.pixels[i] = ring[i] ? 3 : 0;
		Holes.fillEnclosed(one);
		assertEquals(3, one.get(6, 6));
		assertEquals(0, one.get(0, 0));
		// the same ring split into a left and a right label: the hole touches both
		LabelImage two = new LabelImage(12, 12);
		for (int i = 0; i < ring.length; i++)
			two.pixels[i] = ring[i] ? i % 12 < 6 ? 1 : 2 : 0;
		Holes.fillEnclosed(two);
		assertEquals(0, two.get(6, 6));
		assertEquals(0, two.get(5, 5));
	}
}
