package org.alsstress.blot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

public class LinearRangeTest {

	@Test
	public void dilutionSeriesBeyondTheLinearLimitIsReportedOutside() {
		BlotSimulation s = BlotSimulation.clean16Bit(3);
		s.sample_lanes = 8;
		s.amounts_ug = new double[] {2.5, 5, 7.5, 10, 15, 20, 40, 60};
		s.linear_limit_ug = 20;
		SimulatedBlot blot = BlotSimulator.simulate(s);
		BlotQuantifier.Options options = new BlotQuantifier.Options();
		options.lanes = 8; // the 2.5 ug lane is too faint to count as a lane by itself
		BlotResult result = BlotQuantifier.quantify(BlotAccuracy.signals(blot), options);
		List<LinearRange> ranges = LinearRanges.fit(result, blot.samples());
		assertEquals(3, ranges.size());
		for (LinearRange r : ranges) {
			assertEquals(r.role + " outside", List.of(7, 8), r.lanesOutside);
			assertEquals(20, r.linearUpToUg, 0);
			assertTrue(r.role + " linear part " + r.rSquared, r.rSquared > 0.99);
			assertTrue(r.role + " all lanes " + r.rSquaredAll, r.rSquaredAll < r.rSquared);
		}
	}

	@Test
	public void aStraightSeriesIsLinearThroughout() {
		List<double[]> points = new ArrayList<>();
		for (int lane = 1; lane <= 6; lane++)
			points.add(new double[] {lane, 5 * lane, 1000 * 5 * lane + 300});
		LinearRange r = LinearRange.fit(Role.TARGET, points);
		assertTrue(r.lanesOutside.isEmpty());
		assertEquals(1000, r.slope, 1e-9);
		assertEquals(300, r.intercept, 1e-6);
		assertEquals(30, r.linearUpToUg, 0);
	}
}
