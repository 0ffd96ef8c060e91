package org.alsstress.stats;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

/**
 * Textbook data sets with published results: R's {@code sleep} data
 * (Student 1908) and {@code PlantGrowth} (Dobson 1983), whose t-test, ANOVA
 * and Wilcoxon results are printed in R's own documentation.
 */
public class HypothesisTestsTest {

	static final double[] SLEEP_1 = { 0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0 };
	static final double[] SLEEP_2 = { 1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4 };

	static final double[] CTRL = { 4.17, 5.58, 5.18, 6.11, 4.50, 4.61, 5.17, 4.53, 5.33, 5.14 };
	static final double[] TRT1 = { 4.81, 4.17, 4.41, 3.59, 5.87, 3.83, 6.03, 4.89, 4.32, 4.69 };
	static final double[] TRT2 = { 6.31, 5.12, 5.54, 5.50, 5.37, 5.29, 4.92, 6.15, 5.80, 5.26 };

	@Test
	public void welchMatchesRSleepExample() {
		// t.test(extra ~ group, data = sleep): t = -1.8608, df = 17.776, p-value = 0.07939
		TestResult r = HypothesisTests.welch(SLEEP_1, SLEEP_2);
		assertEquals(-1.8608, r.statistic, 1e-4);
		assertEquals(17.776, r.df, 1e-3);
		assertEquals(0.07939, r.p, 1e-5);
	}

	@Test
	public void anovaMatchesRPlantGrowthExample() {
		// anova(lm(weight ~ group, PlantGrowth)): F = 4.8461 on 2 and 27 df, p = 0.01591
		TestResult r = HypothesisTests.oneWayAnova(List.of(CTRL, TRT1, TRT2));
		assertEquals(4.8461, r.statistic, 1e-4);
		assertEquals(2, r.df, 0);
		assertEquals(0.01591, r.p, 1e-5);
	}

	@Test
	public void mannWhitneyWithTiesMatchesRSleepExample() {
		// wilcox.test(extra ~ group, data = sleep): W = 25.5, p-value = 0.06933 (normal approximation)
		TestResult r = HypothesisTests.mannWhitney(SLEEP_1, SLEEP_2);
		assertEquals(25.5, r.statistic, 1e-9);
		assertEquals(0.06933, r.p, 1e-5);
	}

	@Test
	public void mannWhitneyExactForCompleteSeparation() {
		// 3 vs 3, all of one sample below the other: 2 of the 20 orderings are as extreme.
		TestResult r = HypothesisTests.mannWhitney(new double[] { 1, 2, 3 }, new double[] { 4, 5,
			6 });
		assertEquals(0, r.statistic, 0);
		assertEquals(0.1, r.p, 1e-12);
	}

	@Test
	public void mannWhitneyExactCountsArrangements() {
		// x = {1, 4}, y = {2, 3, 5}: U = 2; P(U <= 2) = 4/10 of the C(5,2) = 10 orderings, two-sided 0.8.
		TestResult r = HypothesisTests.mannWhitney(new double[] { 1, 4 }, new double[] { 2, 3, 5 });
		assertEquals(2, r.statistic, 0);
		assertEquals(0.8, r.p, 1e-12);
	}

	@Test
	public void holmAdjustsStepDownAndKeepsOrder() {
		double[] adjusted = HypothesisTests.holm(new double[] { 0.01, 0.04, 0.03 });
		assertArrayEquals(new double[] { 0.03, 0.06, 0.06 }, adjusted, 1e-12);
	}

	@Test
	public void holmIgnoresMissingPValues() {
		double[] adjusted = HypothesisTests.holm(new double[] { 0.02, Double.NaN, 0.5 });
		assertEquals(0.04, adjusted[0], 1e-12);
		assertTrue(Double.isNaN(adjusted[1]));
		assertEquals(0.5, adjusted[2], 1e-12);
	}

	@Test
	public void welchNeedsTwoValuesPerGroup() {
		assertTrue(Double.isNaN(HypothesisTests.welch(new double[] { 1 }, SLEEP_2).p));
	}

	@Test
	public void descriptiveStatisticsOfPlantGrowthControl() {
		// mean 5.032, sd 0.5830914 (R: sd(PlantGrowth$weight[1:10]))
		assertEquals(5.032, Descriptive.mean(CTRL), 1e-12);
		assertEquals(0.5830914, Descriptive.sd(CTRL), 1e-7);
		assertEquals(0.5830914 / Math.sqrt(10), Descriptive.sem(CTRL), 1e-7);
		assertEquals(5.155, Descriptive.median(CTRL), 1e-12);
		assertEquals(2, Descriptive.median(new double[] { 3, Double.NaN, 1, 2 }), 0);
	}
}
