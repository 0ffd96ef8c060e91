package org.alsstress.granules.validation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.process.ShortProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.alsstress.granules.sim.FieldSimulator;
import org.alsstress.granules.sim.FieldSpec;
import org.alsstress.granules.sim.Scenario;
import org.alsstress.granules.sim.SimulatedField;
import org.junit.Test;

public class FindMaximaBaselineTest {

	@Test
	public void findsTwoSeparateSpotsAndTwoTouchingOnesWhereTheyAre() {
		ShortProcessor ip = new ShortProcessor(120, 100);
		Random random = new Random(1);
		double[][] spots = {{30.5, 40.5}, {80.5, 60.5}, {60.5, 20.5}, {66.5, 20.5}};
		for (int y = 0; y < 100; y++)
			for (int x = 0; x < 120; x++) {
				double v = 200 + 5 * random.nextGaussian();
				for (double[] s : spots)
					v += 2000 * Math.exp(-(Math.pow(x + 0.5 - s[0], 2) + Math.pow(y + 0.5 - s[1], 2)) / (2 * 1.5 * 1.5));
				ip.set(x, y, (int) Math.round(v));
			}
		double[][] found = new FindMaximaBaseline(0.13).detect(ip);
		PointMatching m = PointMatcher.match(found, spots, 1.0);
		assertEquals(4, m.truePositives());
		assertEquals(0, m.falsePositives());
	}

	/** The simulated fields are a fair challenge: a plain ImageJ pipeline finds many granules but far from all. */
	@Test
	public void plainImageJFindsSomeGranulesAndInventsManyInControls() {
		List<DetectionScore> arsenite = new ArrayList<>();
		int falseInControl = 0, controlCells = 0;
		for (long seed = 1; seed <= 2; seed++) {
			SimulatedField f = FieldSimulator.simulate(Scenario.ARSENITE, seed, FieldSpec.of(512, 512));
			arsenite.add(PointMatcher.match(new FindMaximaBaseline(0.13).detect(f.channel(2)), f.granulePoints(), 3));
			SimulatedField c = FieldSimulator.simulate(Scenario.CONTROL, seed, FieldSpec.of(512, 512));
			for (double[] p : new FindMaximaBaseline(0.13).detect(c.channel(2)))
				if (c.cellLabels().get((int) p[0], (int) p[1]) != 0) falseInControl++;
			controlCells += c.cells().size();
		}
		DetectionScore sum = DetectionScore.sum(arsenite);
		assertTrue(sum.toString(), sum.recall() > 0.3 && sum.f1() < 0.85);
		assertTrue(falseInControl + " in " + controlCells + " cells", falseInControl > 3 * controlCells);
	}
}
