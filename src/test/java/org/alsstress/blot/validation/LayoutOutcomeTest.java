package org.alsstress.blot.validation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.alsstress.blot.validation.QuantifyRun.Found;
import org.alsstress.blot.validation.QuantifyRun.Told;
import org.junit.Test;

/** The report's scoring on runs whose outcome is given. */
public class LayoutOutcomeTest {
	private static final List<ValidationBlot.Lane> TRUTH = List.of(new ValidationBlot.Lane(1, "control", 50, 20, 1.0, 1.0,
		true), new ValidationBlot.Lane(2, "control", 80, 20, 2.0, 2.0, true), new ValidationBlot.Lane(3, "ALS", 110, 20, 4.0,
			4.0, true), new ValidationBlot.Lane(4, "ALS", 140, 20, 8.0, 8.0, false));

	private static LayoutOutcome outcome(QuantifyRun sheet) {
		LayoutOutcome o = new LayoutOutcome(Families.NEW.layout(1), TRUTH);
		o.runs.put(Told.NOTHING, QuantifyRun.of("Found 3 sample lanes but lanes=4", List.of()));
		o.runs.put(Told.LANE_COUNT, sheet);
		o.runs.put(Told.SAMPLE_SHEET, sheet);
		return o;
	}

	@Test
	public void lanesAreRightOnlyWithTheRightCountEachWithinHalfALaneWidth() {
		LayoutOutcome o = outcome(QuantifyRun.of(null, List.of(new Found(1, 51, 1.1, 1, true, "control"), new Found(2, 89, 2,
			1, true, "control"), new Found(3, 111, 4, 1, true, "ALS"), new Found(4, 140, 8, 1, true, "ALS"))));
		assertTrue(o.lanesRight(Told.SAMPLE_SHEET));
		assertFalse("failed run", o.lanesRight(Told.NOTHING));
		assertTrue(o.failed(Told.NOTHING));
		LayoutOutcome off = outcome(QuantifyRun.of(null, List.of(new Found(1, 51, 1, 1, true, "control"), new Found(2, 91, 2, 1,
			true, "control"), new Found(3, 111, 4, 1, true, "ALS"), new Found(4, 140, 8, 1, true, "ALS"))));
		assertTrue("11 px off a 20 px lane: the count is right", off.countRight(Told.SAMPLE_SHEET));
		assertFalse("but not the lanes", off.lanesRight(Told.SAMPLE_SHEET));
	}

	@Test
	public void ratioErrorsAreTakenOnMeasurableLanesByPositionAndALostRatioCountsFully() {
		LayoutOutcome o = outcome(QuantifyRun.of(null, List.of(new Found(1, 52, 1.1, 1, true, "control"), new Found(2, 110,
			Double.NaN, Double.NaN, false, "ALS"), new Found(3, 140, 99, 1, true, "ALS"))));
		List<Double> errors = o.ratioErrors();
		assertEquals("lane 1 (10 % high), lane 3 (nothing measured); lane 2 has no lane on it, lane 4 is saturated", 2, errors
			.size());
		assertEquals(0.1, errors.get(0), 1e-12);
		assertEquals(1.0, errors.get(1), 0);
	}

	@Test
	public void foldChangeIsComparedOnTheLanesTheRunUsed() {
		// control lanes measured 1.1 and 2.0 (normalised 0.7097, 1.2903), ALS lane 3 at 4.4 (2.8387): fold change 2.8387
		// measured against 4 / 1.5 = 2.667 true
		double mean = (1.1 + 2.0) / 2;
		LayoutOutcome o = outcome(QuantifyRun.of(null, List.of(new Found(1, 50, 1.1, 1.1 / mean, true, "control"), new Found(2,
			80, 2.0, 2.0 / mean, true, "control"), new Found(3, 110, 4.4, 4.4 / mean, true, "ALS"), new Found(4, 140, 8, 8
				/ mean, true, "ALS"))));
		assertEquals((4.4 / 1.55) / (4.0 / 1.5) - 1, o.foldChangeError(), 1e-12);
		assertTrue(Double.isNaN(outcome(QuantifyRun.of("stopped", List.of())).foldChangeError()));
	}
}
