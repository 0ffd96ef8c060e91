package org.alsstress.granules.domains;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import ij.process.ImageProcessor;

import org.junit.Test;

/** Each detector's noise has the statistics of its model. */
public class CameraTest {
	private static final int SIZE = 256;

	private static Camera camera(NoiseModel model, int bits, long seed) {
		FieldRecipe f = new FieldRecipe();
		f.width = f.height = SIZE;
		f.noise = model;
		f.bitDepth = bits;
		return new Camera(f, new SplittableRandom(seed));
	}

	private static float[] flat(double photons) {
		float[] v = new float[SIZE * SIZE];
		Arrays.fill(v, (float) photons);
		return v;
	}

	/** Mean and variance of (value - offset) / scale, in photons. */
	private static double[] moments(ImageProcessor ip, double offset, double scale) {
		double s = 0, s2 = 0;
		int n = ip.getPixelCount();
		for (int i = 0; i < n; i++) {
			double v = (ip.getf(i) - offset) / scale;
			s += v;
			s2 += v * v;
		}
		double mean = s / n;
		return new double[] { mean, s2 / n - mean * mean };
	}

	@Test
	public void emccdExcessNoiseFactorIsTheSquareRootOfTwo() {
		Camera c = camera(NoiseModel.EMCCD, 16, 1);
		double lambda = 50, scale = c.scaleFor(flat(200));
		double[] m = moments(c.record(flat(lambda), scale, 2), c.offset(), scale);
		double readVariance = Math.pow(c.emReadNoise / c.emGain, 2);
		double enf = Math.sqrt((m[1] - readVariance) / m[0]);
		assertEquals("mean photons", lambda + c.clockCharge, m[0], 0.5);
		assertEquals("excess noise factor", Math.sqrt(2), enf, 0.04);
		assertEquals(Math.sqrt(2), c.excessNoiseFactor(), 1e-12);
	}

	@Test
	public void scmosNoiseFollowsItsPixelMaps() {
		Camera c = camera(NoiseModel.SCMOS, 16, 3);
		double lambda = 30, scale = 1.5;
		// residuals standardised by each pixel's own offset, gain and read noise have unit variance
		double s = 0, s2 = 0;
		ImageProcessor ip = c.record(flat(lambda), scale, 4);
		int n = ip.getPixelCount();
		for (int i = 0; i < n; i++) {
			double sd = c.gainMap[i] * scale * Math.sqrt(lambda + c.readNoiseMap[i] * c.readNoiseMap[i] + 1 / (12 *
				Math.pow(c.gainMap[i] * scale, 2)));
			double z = (ip.getf(i) - c.offsetMap[i] - c.gainMap[i] * scale * lambda) / sd;
			s += z;
			s2 += z * z;
		}
		assertEquals("mean residual", 0, s / n, 0.02);
		assertEquals("residual variance", 1, s2 / n - (s / n) * (s / n), 0.03);
		// in the dark, the offset map shows: pixels differ by more than read noise alone would make them
		double[] dark = moments(c.record(flat(0), scale, 5), c.offset(), scale);
		assertEquals(0, dark[0], 0.5);
		assertTrue(dark[1] > 0);
	}

	@Test
	public void confocalPmtHasGainNoiseIntegerValuesAndLineNoise() {
		Camera c = camera(NoiseModel.CONFOCAL_PMT, 12, 6);
		double lambda = 20, scale = 10;
		ImageProcessor ip = c.record(flat(lambda), scale, 7);
		for (int i = 0; i < 100; i++)
			assertEquals(Math.rint(ip.getf(i)), ip.getf(i), 0);
		double[] m = moments(ip, c.offset(), scale);
		assertEquals(lambda + c.darkCounts, m[0], 0.3);
		// variance = ENF^2 x mean, plus the line-to-line gain wander
		double expected = (1 + 1 / c.pulseShape) * m[0] + Math.pow(c.lineGainSd * m[0], 2) + c.lineOffsetSd * c
			.lineOffsetSd;
		assertEquals(expected, m[1], 0.06 * expected);
		// rows differ more than pixel noise alone would make their means differ
		double[] rowMeans = new double[SIZE];
		for (int y = 0; y < SIZE; y++) {
			for (int x = 0; x < SIZE; x++)
				rowMeans[y] += (ip.getf(x, y) - c.offset()) / scale / SIZE;
		}
		double rs = 0, rs2 = 0;
		for (double v : rowMeans) {
			rs += v;
			rs2 += v * v;
		}
		double rowVariance = rs2 / SIZE - Math.pow(rs / SIZE, 2), pixelOnly = (1 + 1 / c.pulseShape) * m[0] / SIZE;
		assertTrue("row variance " + rowVariance + " vs " + pixelOnly, rowVariance > 1.5 * pixelOnly);
	}

	@Test
	public void eightBitDataClipAtTheTop() {
		Camera c = camera(NoiseModel.SCMOS, 8, 8);
		float[] ramp = new float[SIZE * SIZE];
		for (int i = 0; i < ramp.length; i++)
			ramp[i] = i % SIZE * 4f;
		double scale = c.scaleFor(ramp);
		ImageProcessor ip = c.record(ramp, scale, 9);
		assertEquals(255, ip.getMax(), 0);
		// the scale puts the 99.9th percentile at the chosen fill of the range
		assertEquals(new FieldRecipe().fillFraction * (255 - c.offset()) / scale, Camera.percentile(ramp, 0.999), 1.5);
	}
}
