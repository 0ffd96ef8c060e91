package org.alsstress.imaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.util.Random;

import ij.plugin.filter.GaussianBlur;
import ij.process.FloatProcessor;

import org.junit.Test;

/** Gaussian must give ImageJ's GaussianBlur result to the last bit: direct and shrunk kernels, every edge case. */
public class GaussianTest {

	private static final double[] SIGMAS = { 0.3, 0.7, 1, 1.2, 1.77, 2.9, 3.8, 8.5, 8.51, 9, 12, 23.1, 40 };
	private static final int[][] SIZES = { { 1, 1 }, { 1, 9 }, { 9, 1 }, { 3, 5 }, { 20, 13 }, { 2, 300 },
		{ 300, 2 }, { 151, 97 }, { 256, 240 } };

	@Test
	public void sameBitsAsImageJOnNoisyImagesOfEveryShape() {
		Random random = new Random(7);
		for (int[] size : SIZES)
			for (double sigma : SIGMAS) {
				float[] pixels = new float[size[0] * size[1]];
				for (int i = 0; i < pixels.length; i++)
					pixels[i] = (float) (1000 + 300 * random.nextGaussian() * (random.nextInt(10) == 0 ? 10 : 1));
				assertSameAsImageJ(size[0], size[1], pixels, sigma);
			}
	}

	@Test
	public void sameBitsAsImageJOnAStepAndASpot() {
		int w = 120, h = 90;
		float[] pixels = new float[w * h];
		for (int i = 0; i < pixels.length; i++)
			pixels[i] = (i % w < 60 ? 100 : 900) + (i == 45 * w + 30 ? 5000 : 0);
		for (double sigma : SIGMAS)
			assertSameAsImageJ(w, h, pixels, sigma);
	}

	@Test
	public void aFlatImageStaysFlatAndAnImpulseSpreadsWithTheGivenSigma() {
		FloatProcessor flat = new FloatProcessor(64, 64);
		flat.add(250);
		Gaussian.blurInPlace(flat, 3);
		for (int i = 0; i < 64 * 64; i++)
			assertEquals(250, flat.getf(i), 1e-3);
		FloatProcessor impulse = new FloatProcessor(101, 101);
		impulse.setf(50, 50, 1);
		Gaussian.blurInPlace(impulse, 4);
		double sum = 0, variance = 0;
		for (int y = 0; y < 101; y++)
			for (int x = 0; x < 101; x++) {
				sum += impulse.getf(x, y);
				variance += impulse.getf(x, y) * (x - 50) * (x - 50);
			}
		assertEquals(1, sum, 1e-4);
		assertEquals(16, variance, 0.3);
	}

	private static void assertSameAsImageJ(int w, int h, float[] pixels, double sigma) {
		FloatProcessor expected = new FloatProcessor(w, h, pixels.clone());
		GaussianBlur blur = new GaussianBlur();
		blur.showProgress(false);
		blur.blurGaussian(expected, sigma, sigma, 0.002);
		FloatProcessor actual = new FloatProcessor(w, h, pixels.clone());
		Gaussian.blurInPlace(actual, sigma);
		float[] e = (float[]) expected.getPixels(), a = (float[]) actual.getPixels();
		for (int i = 0; i < e.length; i++)
			if (Float.floatToIntBits(e[i]) != Float.floatToIntBits(a[i])) fail(w + " x " + h + ", sigma " + sigma +
				", pixel " + i + ": ImageJ " + e[i] + ", Gaussian " + a[i]);
	}
}
