package org.alsstress.granules.validation;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.util.Random;

import org.junit.Test;

public class PointMatcherTest {

	@Test
	public void findsBothPairsWhereGreedyClosestFirstFindsOne() {
		double[][] truth = {{0, 0}, {5, 0}};
		double[][] detected = {{2.6, 0}, {7.5, 0}};
		// closest first would pair detection 0 with truth 1 (2.4 px) and leave detection 1 alone
		PointMatching m = PointMatcher.match(detected, truth, 3);
		assertEquals(2, m.truePositives());
		assertEquals(0, m.truthOf(0));
		assertEquals(1, m.truthOf(1));
		assertEquals(1.0, m.f1(), 0);
	}

	@Test
	public void amongEquallyManyPairsTakesTheShortest() {
		double[][] truth = {{0, 0}, {1, 0}};
		double[][] detected = {{0.9, 0}, {0.1, 0}};
		PointMatching m = PointMatcher.match(detected, truth, 3);
		assertEquals(1, m.truthOf(0));
		assertEquals(0, m.truthOf(1));
		assertEquals(0.1, m.meanDistance(), 1e-12);
	}

	@Test
	public void countsAndScores() {
		double[][] truth = {{10, 10}, {20, 20}, {40, 40}};
		double[][] detected = {{11, 10}, {20, 22}, {30, 30}, {0, 0}, {40, 43.01}};
		PointMatching m = PointMatcher.match(detected, truth, 3);
		assertEquals(2, m.truePositives());
		assertEquals(3, m.falsePositives());
		assertEquals(1, m.falseNegatives());
		assertEquals(0.4, m.precision(), 1e-12);
		assertEquals(2 / 3.0, m.recall(), 1e-12);
		assertEquals(0.5, m.f1(), 1e-12);
		assertEquals(-1, m.detectionOf(2));
	}

	@Test
	public void theMaximumDistanceIsInclusive() {
		assertEquals(1, PointMatcher.match(new double[][] {{3, 4}}, new double[][] {{0, 0}}, 5).truePositives());
		assertEquals(0, PointMatcher.match(new double[][] {{3, 4}}, new double[][] {{0, 0}}, 4.999).truePositives());
	}

	@Test
	public void emptySets() {
		PointMatching none = PointMatcher.match(new double[0][], new double[][] {{1, 1}}, 3);
		assertEquals(1, none.falseNegatives());
		assertEquals(0, none.f1(), 0);
		assertEquals(1, none.precision(), 0);
		assertEquals(1, PointMatcher.match(new double[0][], new double[0][], 3).f1(), 0);
		assertEquals(0, PointMatcher.match(new double[][] {{1, 1}}, new double[0][], 3).precision(), 0);
	}

	@Test
	public void matchesAsManyPairsAsExhaustiveSearchOnRandomClusters() {
		Random random = new Random(42);
		for (int trial = 0; trial < 300; trial++) {
			int n = 1 + random.nextInt(6), m = 1 + random.nextInt(6);
			double[][] detected = randomPoints(random, n), truth = randomPoints(random, m);
			PointMatching matching = PointMatcher.match(detected, truth, 3);
			double[] best = bruteForce(detected, truth, 3, 0, new boolean[m]);
			assertEquals("trial " + trial, (int) best[0], matching.truePositives());
			if (best[0] > 0) assertEquals("trial " + trial, best[1], matching.meanDistance() * matching.truePositives(),
				1e-9);
		}
	}

	@Test
	public void assignmentSolvesAKnownProblem() {
		double[][] cost = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
		assertArrayEquals(new int[] {1, 0, 2}, Assignment.solve(cost));
		double[][] tall = {{1, 9}, {0, 8}, {5, 1}};
		assertArrayEquals(new int[] {-1, 0, 1}, Assignment.solve(tall));
	}

	private static double[][] randomPoints(Random random, int n) {
		double[][] p = new double[n][];
		for (int i = 0; i < n; i++)
			p[i] = new double[] {8 * random.nextDouble(), 8 * random.nextDouble()};
		return p;
	}

	/** {most pairs, least summed distance for that many} by trying every matching. */
	private static double[] bruteForce(double[][] detected, double[][] truth, double max, int i, boolean[] used) {
		if (i == detected.length) return new double[] {0, 0};
		double[] best = bruteForce(detected, truth, max, i + 1, used);
		for (int j = 0; j < truth.length; j++) {
			double d = Math.hypot(detected[i][0] - truth[j][0], detected[i][1] - truth[j][1]);
			if (used[j] || d > max) continue;
			used[j] = true;
			double[] rest = bruteForce(detected, truth, max, i + 1, used);
			used[j] = false;
			double pairs = rest[0] + 1, sum = rest[1] + d;
			if (pairs > best[0] || (pairs == best[0] && sum < best[1] - 1e-12)) best = new double[] {pairs, sum};
		}
		return best;
	}
}
