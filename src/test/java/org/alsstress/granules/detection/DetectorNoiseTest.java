package org.alsstress.granules.detection;

import static org.junit.Assert.assertEquals;

import java.util.Random;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.Test;

/** The noise model learnt from an image recovers the camera it was made with. */
public class DetectorNoiseTest {

	static final int W = 400, H = 300;

	/**
	 * A ramp from 20 to 2000 photo-electrons down the rows (constant along each row, so neighbours' differences
	 * see noise only), recorded with {@code gain} data units per electron, an offset and Gaussian read noise.
	 */
	private static DetectorNoise fitCamera(double gain, double offset, double read, boolean integers, long seed) {
		Random random = new Random(seed);
		MersenneTwister twister = new MersenneTwister(seed);
		float[] raw = new float[W * H], level = new float[W * H];
		int[] pixels = new int[W * H];
		for (int y = 0; y < H; y++) {
			double photons = 20 + (2000 - 20) * y / (H - 1.0);
			PoissonDistribution poisson = new PoissonDistribution(twister, photons, 1e-12, 10000);
			for (int x = 0; x < W; x++) {
				int i = y * W + x;
				double v = gain * poisson.sample() + offset + read * random.nextGaussian();
				raw[i] = (float) (integers ? Math.round(v) : v);
				level[i] = (float) (gain * photons + offset);
				pixels[i] = i;
			}
		}
		return DetectorNoise.fit(raw, level, W, pixels, pixels.length);
	}

	@Test
	public void recoversGainAndOffsetOfAPoissonGaussianCamera() {
		// variance = gain^2 photons + read^2 = gain (level - offset) + read^2
		double gain = 2.5, offset = 100, read = 6;
		DetectorNoise noise = fitCamera(gain, offset, read, false, 3);
		assertEquals(noise.toString(), gain, noise.gain, 0.05 * gain);
		// the offset is a small difference of large numbers: checked through the variance it predicts (measured
		// within 5 % over the levels the image holds; below its lowest bin it is not extrapolated)
		for (double photons : new double[] { 150, 400, 800, 1800 }) {
			double expected = gain * gain * photons + read * read;
			assertEquals(noise + " at " + photons, expected, noise.variance(gain * photons + offset), 0.05 * expected);
		}
	}

	@Test
	public void worksOnCoarselyQuantisedData() {
		// one data unit per electron, whole numbers: most neighbour differences are small integers (the MAD
		// would be coarse), yet the variance is the photon count
		DetectorNoise noise = fitCamera(1, 10, 1, true, 5);
		assertEquals(noise.toString(), 1, noise.gain, 0.07);
		assertEquals(noise.variance(510), 501, 0.07 * 501);
	}

	@Test
	public void spreadOfANormalSampleIsItsVariance() {
		Random random = new Random(9);
		float[] v = new float[20000];
		for (int i = 0; i < v.length; i++)
			v[i] = (float) (3 * random.nextGaussian() + 7);
		assertEquals(9, DetectorNoise.spread(v, 0, v.length), 0.3);
	}
}
