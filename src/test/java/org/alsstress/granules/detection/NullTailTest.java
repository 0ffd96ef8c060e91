package org.alsstress.granules.detection;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Random;

import org.junit.Test;

/** The tail of the null learnt from samples: right for a light (normal) and a heavier (exponential) tail. */
public class NullTailTest {

	@Test
	public void exponentialSamplesGiveAnExponentialTail() {
		Random random = new Random(1);
		double[] v = new double[20000];
		for (int i = 0; i < v.length; i++)
			v[i] = -Math.log(1 - random.nextDouble());
		NullTail tail = NullTail.fit(v, v.length);
		assertEquals(tail.toString(), 0, tail.shape, 0.1);
		// P(X > 8) = exp(-8): the fitted tail within a factor 1.5 at a probability well beyond the sample
		double p = tail.survival(8);
		assertTrue(tail + ": " + p, p > Math.exp(-8) / 1.5 && p < Math.exp(-8) * 1.5);
		assertEquals(-Math.log(1e-4), tail.quantile(1e-4), 0.6);
	}

	@Test
	public void normalSamplesGiveALightTail() {
		Random random = new Random(2);
		double[] v = new double[20000];
		for (int i = 0; i < v.length; i++)
			v[i] = random.nextGaussian();
		NullTail tail = NullTail.fit(v, v.length);
		assertTrue(tail.toString(), tail.shape < 0);
		// the normal's 1e-4 upper quantile is 3.72; a generalised Pareto tail fitted above the 80th percentile with
		// its shape bounded at -0.2 puts it a little low (measured 3.48: 2.5e-4 instead of 1e-4)
		double q = tail.quantile(1e-4);
		assertTrue(tail + ": " + q, q > 3.3 && q < 4.3);
	}
}
