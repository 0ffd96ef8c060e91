package org.alsstress.imaging;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.Random;

import org.junit.Test;

public class RobustStatisticsTest {

	/** The quantile from a full sort, as the selection must reproduce it bit for bit. */
	private static double sortedQuantile(float[] values, int n, double q) {
		float[] s = Arrays.copyOf(values, n);
		Arrays.sort(s);
		double position = q * (n - 1);
		int lo = (int) Math.floor(position), hi = Math.min(n - 1, lo + 1);
		return s[lo] + (position - lo) * (s[hi] - s[lo]);
	}

	@Test
	public void selectionGivesTheQuantilesOfASortedCopy() {
		Random random = new Random(7);
		double[] qs = { 0, 0.01, 0.25, 0.5, 0.75, 0.95, 1 };
		for (int trial = 0; trial < 300; trial++) {
			int n = 1 + random.nextInt(trial < 200 ? 100 : 20000);
			float[] values = new float[n];
			int kind = trial % 4;
			for (int i = 0; i < n; i++)
				values[i] = kind == 0 ? random.nextFloat() : kind == 1 ? random.nextInt(5) : kind == 2 ? (random
					.nextBoolean() ? -0f : 0f) : i;
			for (double q : qs) {
				float[] copy = values.clone();
				double expected = sortedQuantile(values, n, q);
				assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(RobustStatistics
					.quantileInPlace(copy, n, q)));
			}
		}
	}

	@Test
	public void countingGivesTheQuantilesOfASortedCopyForManyValues() {
		Random random = new Random(11);
		double[] qs = { 0, 0.01, 0.3, 0.5, 0.99, 1 };
		for (int kind = 0; kind < 5; kind++) {
			int n = RobustStatistics.RADIX_FROM + random.nextInt(50_000);
			float[] values = new float[n];
			for (int i = 0; i < n; i++)
				values[i] = kind == 0 ? (float) (1000 + 30 * random.nextGaussian()) : kind == 1 ? (float) random
					.nextGaussian() : kind == 2 ? (random.nextBoolean() ? -0f : 0f) : kind == 3 ? random.nextInt(7) - 3
						: (random.nextInt(100) == 0 ? Float.NaN : random.nextInt(100) == 0 ? Float.NEGATIVE_INFINITY
							: random.nextFloat());
			float[] original = values.clone();
			for (double q : qs)
				assertEquals("kind " + kind + ", q " + q, Double.doubleToRawLongBits(sortedQuantile(values, n, q)), Double
					.doubleToRawLongBits(RobustStatistics.quantileInPlace(values, n, q)));
			assertEquals(sortedQuantile(values, n, 0.5), RobustStatistics.median(values, n), 0);
			float[] sorted = original.clone();
			Arrays.sort(sorted);
			assertEquals(Float.floatToIntBits(sorted[n / 3]), Float.floatToIntBits(RobustStatistics.kthSmallestInPlace(
				values, n, n / 3)));
		}
	}

	@Test
	public void quantileLeavesFewAndManyValuesAsTheyAre() {
		Random random = new Random(3);
		for (int n : new int[] { 9, RobustStatistics.RADIX_FROM + 5 }) {
			float[] values = new float[n];
			for (int i = 0; i < n; i++)
				values[i] = (float) random.nextGaussian();
			float[] before = values.clone(), sorted = values.clone();
			Arrays.sort(sorted);
			double position = 0.01 * (n - 1);
			int lo = (int) Math.floor(position);
			assertEquals(sorted[lo] + (position - lo) * (sorted[lo + 1] - sorted[lo]), RobustStatistics.quantile(values,
				n, 0.01), 1e-6);
			org.junit.Assert.assertArrayEquals(before, values, 0f);
		}
	}

	@Test
	public void medianAndMadOfKnownValues() {
		float[] values = { 1, 2, 3, 4, 100 };
		assertEquals(3, RobustStatistics.median(values, 5), 0);
		assertEquals(1.4826, RobustStatistics.madSigma(values, 5), 1e-12);
		assertEquals(2.5, RobustStatistics.median(values, 4), 0);
	}
}
