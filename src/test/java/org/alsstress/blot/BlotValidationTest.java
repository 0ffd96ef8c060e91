package org.alsstress.blot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.junit.Test;

/**
 * The acceptance numbers of the blot quantifier on simulated blots with known band volumes,
 * over several seeds, compared with the plain equal-width-lanes quantifier told the lane count.
 */
public class BlotValidationTest {
	private static final int SEEDS = 6;

	/** Pooled per-lane ratio errors of ours [0] and of the baseline [1]. */
	private static List<List<Double>> errors(LongFunction<BlotSimulation> scenario) {
		List<Double> ours = new ArrayList<>(), baseline = new ArrayList<>();
		for (long seed = 1; seed <= SEEDS; seed++) {
			SimulatedBlot blot = BlotSimulator.simulate(scenario.apply(seed));
			ours.addAll(BlotAccuracy.ratioErrors(blot, BlotAccuracy.quantify(blot)));
			BlotResult plain = EqualLaneQuantifier.quantify(BlotAccuracy.signals(blot), blot.lanes().size());
			baseline.addAll(BlotAccuracy.ratioErrors(blot, plain));
		}
		return List.of(ours, baseline);
	}

	private static void assertWithinAndBetterThanEqualLanes(LongFunction<BlotSimulation> scenario, double limit) {
		List<List<Double>> e = errors(scenario);
		double ours = BlotAccuracy.median(e.get(0)), baseline = BlotAccuracy.median(e.get(1));
		assertTrue("median ratio error " + ours, ours <= limit);
		assertTrue("ours " + ours + " vs equal lanes " + baseline, ours < baseline);
	}

	@Test
	public void clean16BitRatiosWithin2PercentAndBetterThanEqualLanes() {
		assertWithinAndBetterThanEqualLanes(BlotSimulation::clean16Bit, 0.02);
	}

	@Test
	public void hardBlotsWithin4PercentAndBetterThanEqualLanes() {
		assertWithinAndBetterThanEqualLanes(BlotSimulation::hard16Bit, 0.04);
	}

	/** Three times the noise on hard blots: a weak band on a background slope must not run away. */
	@Test
	public void noisyHardBlotsHaveNoRunawayBand() {
		List<Double> e = errors(seed -> {
			BlotSimulation s = BlotSimulation.hard16Bit(seed);
			s.noise = 0.12;
			return s;
		}).get(0);
		assertTrue("median " + BlotAccuracy.median(e), BlotAccuracy.median(e) <= 0.02);
		assertTrue("worst lane " + java.util.Collections.max(e), java.util.Collections.max(e) <= 0.05);
	}

	@Test
	public void film8BitWithin5Percent() {
		double ours = BlotAccuracy.median(errors(BlotSimulation::film8Bit).get(0));
		assertTrue("median ratio error " + ours, ours <= 0.05);
	}

	@Test
	public void groupFoldChangeWithin3PercentOfTruth() {
		for (long seed = 1; seed <= SEEDS; seed++) {
			SimulatedBlot blot = BlotSimulator.simulate(seed % 2 == 0 ? BlotSimulation.hard16Bit(seed) : BlotSimulation.clean16Bit(seed));
			List<LaneRatio> lanes = LaneRatios.compute(BlotAccuracy.quantify(blot), blot.samples(), "control");
			double control = 0, als = 0;
			int nc = 0, na = 0;
			for (LaneRatio r : lanes) {
				assertTrue(r.note, r.usable());
				if (r.sample.group().equals("control")) {
					control += r.normalizedRatio;
					nc++;
				}
				else {
					als += r.normalizedRatio;
					na++;
				}
			}
			assertEquals("control mean is 1 by definition", 1.0, control / nc, 1e-9);
			double measured = (als / na) / (control / nc), truth = blot.trueFoldChange("ALS", "control");
			assertEquals("seed " + seed, truth, measured, 0.03 * truth);
		}
	}

	@Test
	public void everySaturatedBandIsFlaggedAndNoOther() {
		int saturated = 0;
		for (long seed = 1; seed <= 3; seed++) {
			BlotSimulation s = seed == 2 ? BlotSimulation.film8Bit(seed) : BlotSimulation.clean16Bit(seed);
			s.saturated_lanes = new int[] {2, (int) (4 + seed)};
			SimulatedBlot blot = BlotSimulator.simulate(s);
			BlotResult result = BlotAccuracy.quantify(blot);
			List<LaneRatio> ratios = LaneRatios.compute(result, blot.samples(), "control");
			for (LaneTruth t : blot.lanes())
				for (Role role : Role.values()) {
					assertEquals("seed " + seed + " lane " + t.lane + " " + role, t.saturated(role), result.band(role, t.lane).saturated);
					if (t.saturated(role)) saturated++;
				}
			for (int lane : s.saturated_lanes)
				assertFalse("saturated lane kept out of statistics", ratios.get(lane - 1).usable());
		}
		assertTrue("the scenario really saturates bands: " + saturated, saturated >= 6);
	}

	/** Hard blot 15 (of 300 checked) has background rising into the right border: no extra lane there. */
	@Test
	public void anOutermostLaneRunningIntoTheBorderIsNotSplitIntoTwo() {
		SimulatedBlot blot = BlotSimulator.simulate(BlotSimulation.hard16Bit(15));
		Map<Role, LaneLayout> layouts = LaneMatcher.match(BlotAccuracy.signals(blot), 0, null);
		for (Role role : Role.values()) {
			LaneLayout layout = layouts.get(role);
			assertEquals(role.toString(), blot.lanes().size(), layout.count());
			LaneTruth last = blot.lanes().get(blot.lanes().size() - 1);
			assertEquals(role.toString(), blot.centreInImage(last, role), layout.lane(last.lane).centre(), 0.2 * last.width);
		}
	}

	@Test
	public void lanesFoundWithAndWithoutLadderAndEmptyLanes() {
		for (long seed = 1; seed <= SEEDS; seed++) {
			BlotSimulation s = seed % 2 == 0 ? BlotSimulation.hard16Bit(seed) : BlotSimulation.clean16Bit(seed);
			s.ladder = seed % 3 != 0;
			s.sample_lanes = 8 + (int) seed % 5;
			s.empty_lanes = seed % 2 == 1 ? new int[] {3} : new int[] {};
			SimulatedBlot blot = BlotSimulator.simulate(s);
			Map<Role, LaneLayout> layouts = LaneMatcher.match(BlotAccuracy.signals(blot), 0, null);
			for (Role role : Role.values()) {
				LaneLayout layout = layouts.get(role);
				String where = "seed " + seed + " " + role;
				assertEquals(where, s.sample_lanes, layout.count());
				assertEquals(where + " ladders", s.ladder ? 1 : 0, layout.ladders().size());
				if (s.ladder) assertEquals(where, blot.ladderCentre() + blot.centreInImage(blot.lanes().get(0), role)
					- blot.lanes().get(0).centre, layout.ladders().get(0).centre(), 0.2 * blot.lanes().get(0).width);
				for (LaneTruth t : blot.lanes())
					assertEquals(where + " lane " + t.lane, blot.centreInImage(t, role), layout.lane(t.lane).centre(), 0.2 * t.width);
			}
		}
	}

	@Test
	public void anEmptyLaneIsReportedWithoutBandAndKeptOutOfTheStatistics() {
		BlotSimulation s = BlotSimulation.clean16Bit(8);
		s.empty_lanes = new int[] {4};
		SimulatedBlot blot = BlotSimulator.simulate(s);
		BlotResult result = BlotAccuracy.quantify(blot);
		assertEquals(10, result.laneCount());
		for (Role role : Role.values()) {
			Band band = result.band(role, 4);
			assertTrue(role + " lane 4 placed from its neighbours", band.lane.inferred);
			assertFalse(role + " lane 4 has no band", band.found);
			assertTrue(band.note, band.note.contains("no band found in lane 4"));
			assertTrue(result.band(role, 5).found);
		}
		LaneRatio lane4 = LaneRatios.compute(result, blot.samples(), "control").get(3);
		assertFalse(lane4.usable());
		assertTrue(lane4.note, lane4.note.contains("no target band"));
	}

	@Test
	public void equalLanesMisassignLanesWhenALadderIsPresent() {
		BlotSimulation s = BlotSimulation.clean16Bit(4);
		s.ladder = true;
		SimulatedBlot blot = BlotSimulator.simulate(s);
		BlotResult plain = EqualLaneQuantifier.quantify(BlotAccuracy.signals(blot), blot.lanes().size());
		int misplaced = 0;
		for (LaneTruth t : blot.lanes())
			if (Math.abs(plain.layouts.get(Role.TARGET).lane(t.lane).centre() - t.centre) > 0.25 * t.width) misplaced++;
		assertTrue("equal lanes misplaced " + misplaced, misplaced >= blot.lanes().size() - 2);
		double ours = BlotAccuracy.median(BlotAccuracy.ratioErrors(blot, BlotAccuracy.quantify(blot)));
		assertTrue("with a ladder: ours " + ours, ours <= 0.02);
	}
}
