package org.alsstress.imaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Random;

import ij.process.FloatProcessor;

import org.junit.Test;

public class ObjectContrastTest {

	/** Gaussian background (mean 100, SD 10) with square objects raised by {@code raise}. */
	private static double contrast(int size, double raise, long seed) {
		Random random = new Random(seed);
		FloatProcessor channel = new FloatProcessor(size, size);
		LabelImage labels = new LabelImage(size, size);
		for (int y = 0; y < size; y++)
			for (int x = 0; x < size; x++) {
				boolean object = x % 64 >= 16 && x % 64 < 40 && y % 64 >= 16 && y % 64 < 40;
				labels.pixels[y * size + x] = object ? 1 + x / 64 + y / 64 * 64 : 0;
				channel.setf(x, y, (float) (100 + 10 * random.nextGaussian() + (object ? raise : 0)));
			}
		return ObjectContrast.of(channel, labels);
	}

	@Test
	public void objectsRaisedByFiveStandardDeviationsStandFiveNoiseUnitsOut() {
		assertEquals(5, contrast(256, 50, 1), 0.15);
		assertEquals(2, contrast(256, 20, 2), 0.15);
	}

	@Test
	public void objectsNoBrighterThanTheirSurroundingsStandNoneOut() {
		assertEquals(0, contrast(256, 0, 3), 0.1);
	}

	@Test
	public void largeImagesAreSampledWithoutChangingTheAnswer() {
		// 1280 x 1280 pixels is more than the samples taken
		assertTrue(1280 * 1280 > ObjectContrast.SAMPLES);
		assertEquals(5, contrast(1280, 50, 4), 0.1);
	}

	@Test
	public void noObjectsOrAFlatOutsideGiveNoAnswer() {
		assertTrue(Double.isNaN(ObjectContrast.of(new FloatProcessor(32, 32), new LabelImage(32, 32))));
		LabelImage half = new LabelImage(32, 32);
		for (int i = 0; i < 512; i++)
			half.pixels[i] = 1;
		assertTrue(Double.isNaN(ObjectContrast.of(new FloatProcessor(32, 32), half)));
	}
}
