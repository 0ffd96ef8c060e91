package org.alsstress.blot.validation;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.alsstress.blot.validation.QuantifyRun.Told;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.Context;
import org.scijava.log.LogLevel;
import org.scijava.log.LogService;

/**
 * Quantify TBK1 Bands, run through the command on files, on a handful of held-out layouts (13-26 lanes, seeds
 * far from the report's) of each simulator family. Asserts what the engine on main achieves; the issue's
 * targets for the imager-export family are in the report (bin/als-stress validate blots).
 */
public class HeldOutBlotValidationTest {
	private static final int PER_FAMILY = 4;
	private static final long FIRST_SEED = 90_001;

	@ClassRule
	public static TemporaryFolder tmp = new TemporaryFolder();

	private static Context context;
	private static final List<LayoutOutcome> OLD = new ArrayList<>(), NEW = new ArrayList<>();

	@BeforeClass
	public static void measure() {
		context = new Context();
		context.service(LogService.class).setLevel(LogLevel.NONE);
		Path scratch = tmp.getRoot().toPath();
		for (Families family : Families.values()) {
			List<LayoutOutcome> outcomes = family == Families.OLD ? OLD : NEW;
			for (long seed = FIRST_SEED; outcomes.size() < PER_FAMILY; seed++) {
				Families.Layout layout = family.layout(seed);
				if (layout.lanes > Families.TUNING_MAX_LANES && !layout.kind.equals("dna_gel")) outcomes.add(
					BlotValidationReport.measure(context, layout, scratch, null));
			}
		}
	}

	@AfterClass
	public static void close() {
		context.dispose();
	}

	/**
	 * Today's engine on the old family: ratios and fold changes to the issue's targets wherever the run given the
	 * sample sheet has results; lanes right in all but one layout each way (a 19th lane in an 18-lane film, seed
	 * 90005, is the exception today).
	 */
	@Test
	public void oldFamilyHeldOutLaneCountsAreFoundAndMeasuredToTheIssuesTargets() {
		int measured = 0;
		for (Told told : Told.values()) {
			int right = 0;
			for (LayoutOutcome o : OLD)
				if (o.lanesRight(told)) right++;
			assertTrue(told + ": lanes right in " + right + " of " + OLD.size(), right >= OLD.size() - 1);
		}
		for (LayoutOutcome o : OLD) {
			if (o.failed(Told.SAMPLE_SHEET)) continue;
			measured++;
			double limit = o.layout.kind.equals("film") ? 0.05 : o.layout.kind.equals("hard_16bit") ? 0.04 : 0.02;
			double median = BlotValidationReport.quantile(o.ratioErrors(), 0.5);
			assertTrue(o.layout + " median ratio error " + median, median <= limit);
			assertTrue(o.layout + " fold change error " + o.foldChangeError(), o.foldChangeError() <= 0.03);
		}
		assertTrue("layouts measured: " + measured, measured >= OLD.size() - 1);
	}

	/** Today's engine: every run ends, with results or with a message for the user, never with a crash. */
	@Test
	public void imagerExportRunsEndWithResultsOrAMessage() {
		for (LayoutOutcome o : NEW)
			for (Told told : Told.values()) {
				QuantifyRun run = o.runs.get(told);
				assertFalse(o.layout + " " + told + ": " + run.failure, run.failed() && run.failure.startsWith("crashed"));
				assertTrue(o.layout + " " + told, run.failed() ? !run.failure.isBlank() : !run.lanes.isEmpty());
			}
	}
}
