package org.alsstress.stats;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.alsstress.model.MeasuredObject;
import org.alsstress.model.MeasurementTable;
import org.alsstress.model.UserInputException;
import org.junit.Test;

/** Summaries that would otherwise be silently wrong: mixed units, unmeasurable values, blank p-values. */
public class ExperimentSummaryChecksTest {

	private static final MeasuredObject BLOT = MeasuredObject.of("tbk1_blot", "blot.tif").withReplicate("1");

	private static MeasurementTable lanes(String unit, double[] wt, double[] ko) {
		MeasurementTable t = new MeasurementTable();
		for (int i = 0; i < wt.length; i++)
			t.add(BLOT.object("lane", i + 1).withGroup("WT"), "volume", wt[i], unit);
		for (int i = 0; i < ko.length; i++)
			t.add(BLOT.object("lane", wt.length + i + 1).withGroup("KO"), "volume", ko[i], unit);
		return t;
	}

	private static ExperimentSummary.Options volume() {
		ExperimentSummary.Options o = new ExperimentSummary.Options();
		o.metric = "volume";
		return o;
	}

	@Test
	public void valuesInDifferentUnitsAreNotPooled() {
		MeasurementTable t = lanes("counts", new double[] { 1, 2 }, new double[] { 3, 4 });
		t.addAll(lanes("a.u.", new double[] { 10, 20 }, new double[] { 30, 40 }));
		try {
			ExperimentSummary.summarize(t, volume());
			fail("pooled counts with a.u.");
		}
		catch (UserInputException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("comes in different units: 'counts', 'a.u.'"));
		}
	}

	@Test
	public void notANumberIsLeftOutAndSaidSo() {
		ExperimentSummary.Result r = ExperimentSummary.summarize(lanes("", new double[] { 1, Double.NaN, 3 },
			new double[] { 2, Double.POSITIVE_INFINITY, 4 }), volume());
		assertEquals(4, r.points.size());
		assertEquals(2, r.groups.get(0).n);
		assertEquals(2.0, r.groups.get(0).mean, 0);
		assertTrue(r.warnings.toString(), r.warnings.get(0).startsWith("2 of 6 values of 'volume' are NaN or infinite"));
	}

	@Test
	public void oneValueZeroSpreadAndAZeroControlMeanAreExplained() {
		ExperimentSummary.Result single = ExperimentSummary.summarize(lanes("", new double[] { 1, 2 }, new double[] {
			3 }), volume());
		assertTrue(single.warnings.toString(), single.warnings.contains("Group 'KO' has n = 1: with fewer than two " +
			"values it has no SD and cannot be tested, so its p-value is left blank."));
		ExperimentSummary.Result flat = ExperimentSummary.summarize(lanes("", new double[] { 2, 2 }, new double[] { 5,
			5 }), volume());
		assertTrue(Double.isNaN(flat.groups.get(1).pValue()));
		assertTrue(flat.warnings.toString(), flat.warnings.contains("The test of 'KO' against 'WT' could not be " +
			"computed: neither group varies (every value the same); its p-value is left blank."));
		ExperimentSummary.Result zero = ExperimentSummary.summarize(lanes("", new double[] { 0, 0, 0 }, new double[] {
			1, 2, 3 }), volume());
		assertTrue("blank, not infinite", Double.isNaN(zero.groups.get(1).foldChange));
		assertTrue(zero.warnings.toString(), zero.warnings.contains("The control group 'WT' has a mean of 0: fold " +
			"changes against it are undefined and left blank."));
	}

	@Test
	public void aSoundSummaryHasNoWarnings() {
		assertEquals(0, ExperimentSummary.summarize(lanes("", new double[] { 1, 2, 3 }, new double[] { 4, 5, 7 }),
			volume()).warnings.size());
	}
}
