package org.alsstress.fiji;

import static org.alsstress.fiji.runtime.RecordedLine.quoted;
import static org.alsstress.fiji.runtime.RecordedLine.values;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.alsstress.commands.QuantifyTbk1Bands;
import org.alsstress.commands.SegmentStressGranules;
import org.alsstress.commands.SimulateBlot;
import org.alsstress.commands.SimulateStressGranuleField;
import org.alsstress.commands.SummarizeExperiment;
import org.alsstress.fiji.runtime.FijiPlan;
import org.alsstress.fiji.runtime.FijiRuntime;
import org.alsstress.fiji.runtime.FijiSession;
import org.alsstress.fiji.runtime.RecordedLine;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.scijava.Context;

/**
 * Every command from a macro in a real Fiji (imagej-legacy's macro bridge and pre-processing,
 * headless): runs as a user writes them and as the recorder records them (empty optional files left
 * out), and the failure and no-op cases, which must stop the macro with a message naming the key,
 * or, after IJ.redirectErrorMessages(), leave an error the macro can test and no earlier run's
 * results to mistake for this one's. One Fiji JVM runs all the steps, in order.
 */
public class FijiMacrosIT {

	private static Path work;
	private static FijiSession fiji;
	private static Context context;
	private static String recordedQuantify, recordedSegment, recordedSimulateBlot, recordedSimulateFields,
		recordedSummarize;

	@BeforeClass
	public static void runTheMacrosInFiji() throws Exception {
		FijiRuntime.fiji();
		work = FijiRuntime.workFolder(FijiMacrosIT.class);
		context = new Context();
		final Path blot = work.resolve("sim blot");
		recordedQuantify = RecordedLine.of(context, QuantifyTbk1Bands.class, values("target", new File(blot.toFile(),
			"blot_target.tif"), "reference", new File(blot.toFile(), "blot_reference.tif"), "loading", new File(blot
				.toFile(), "blot_loading.tif"), "samples", new File(blot.toFile(), "samples.csv"), "control_group",
			"control", "output", work.resolve("blot results").toFile()));
		final Path fields = work.resolve("fields");
		recordedSegment = RecordedLine.of(context, SegmentStressGranules.class, values("input", fields.resolve(
			"arsenite_01.tif").toFile(), "nuclei_labels", work.resolve("sg results/labels/arsenite_01_nuclei.tif")
				.toFile(), "output", work.resolve("sg labels given").toFile()));

		// the other commands as recorded from a dialog left at its defaults, with only the output set
		recordedSimulateBlot = RecordedLine.of(context, SimulateBlot.class, values("output", work.resolve(
			"recorded blot").toFile()));
		recordedSimulateFields = RecordedLine.of(context, SimulateStressGranuleField.class, values("output", work
			.resolve("recorded fields").toFile(), "width", 256, "height", 256));
		recordedSummarize = RecordedLine.of(context, SummarizeExperiment.class, values("measurements", work.resolve(
			"sg results").toString(), "metric", "pct_sg_positive", "output", work.resolve("recorded summary").toFile()));

		final FijiPlan plan = new FijiPlan(work);
		plan.macro("sim_blot", run("Simulate Blot", "output=[" + blot + "] sample_lanes=6 ladder seed=5 width=600 " +
			"height=300") + printFolder());
		plan.macro("quantify", run("Quantify TBK1 Bands", recordedQuantify) + printFolder() +
			"rows = call('org.alsstress.fiji.ResultTables.select', 'lanes.csv');\nprint('rows=' + rows);\n" +
			"for (i = 0; i < nResults; i++) print(getResultString('group', i) + ' ' + d2s(getResult('normalized_ratio', i), 6));\n");
		plan.macro("quantify_roi_file", run("Quantify TBK1 Bands", "target=[" + blot.resolve("blot_target.tif") +
			"] reference=[" + blot.resolve("blot_reference.tif") + "] loading=[" + blot.resolve("blot_loading.tif") +
			"] lanes_from=roi_file lane_rois=[" + work.resolve(
				"blot results/lane_rois.zip") + "] output=[" + work.resolve("blot roi file") + "]") + printFolder());
		plan.macro("quantify_empty_brackets", run("Quantify TBK1 Bands", "target=[" + blot.resolve("blot_target.tif") +
			"] reference=[" + blot.resolve("blot_reference.tif") + "] lane_rois=[] samples=[] output=[" + work.resolve(
				"blot empty brackets") + "]") + printFolder());
		plan.macro("sim_fields", run("Simulate Stress Granule Field", "output=[" + fields + "] scenario=arsenite " +
			"fields=2 seed=3") + printFolder());
		plan.macro("segment", run("Segment Stress Granules", "input=[" + fields + "] conditions=[" + fields.resolve(
			"conditions.csv") + "] output=[" + work.resolve("sg results") + "]") + printFolder());
		plan.macro("segment_recorded", run("Segment Stress Granules", recordedSegment) + printFolder());
		plan.macro("summarize", run("Summarize Experiment", "measurements=[" + work.resolve("sg results") +
			"] output=[" + work.resolve("summary") + "] metric=pct_sg_positive unit_of_analysis=[mean per image]") +
			printFolder());
		plan.macro("recorded_simulate_blot", run("Simulate Blot", recordedSimulateBlot) + printFolder());
		plan.macro("recorded_simulate_fields", run("Simulate Stress Granule Field", recordedSimulateFields) +
			printFolder());
		plan.macro("recorded_summarize", run("Summarize Experiment", recordedSummarize) + printFolder());
		plan.macro("open_results", "run('Open Results Folder', 'folder=[" + work.resolve("sg results") + "]');\n" +
			"call('org.alsstress.fiji.ResultTables.select', 'cells.csv');\n" +
			"s = ''; for (i = 0; i < nResults; i++) s = s + getResult('edge', i) + ' ';\nprint('edge=' + s);\n");

		// failures and would-be no-ops: each must stop its macro with a message naming the key
		plan.macro("missing_output", run("Simulate Blot", "seed=3") + "print('went on');\n");
		plan.macro("misspelled_key", run("Quantify TBK1 Bands", "target=[" + blot.resolve("blot_target.tif") +
			"] reference=[" + blot.resolve("blot_reference.tif") + "] control_groop=control output=[" + work.resolve(
				"misspelled") + "]") + "print('went on');\n");
		plan.macro("lanes_x", run("Quantify TBK1 Bands", "target=[" + blot.resolve("blot_target.tif") +
			"] reference=[" + blot.resolve("blot_reference.tif") + "] lanes=x output=[" + work.resolve("lanes x") + "]") +
			"print('went on');\n");
		plan.macro("seed_abc", run("Simulate Blot", "output=[" + work.resolve("seed abc") + "] seed=abc") +
			"print('went on');\n");
		plan.macro("spaces_without_brackets", run("Simulate Blot", "output=" + work.resolve("no brackets") +
			" seed=2") + "print('went on');\n");
		plan.macro("not_a_choice", run("Simulate Blot", "output=[" + work.resolve("not a choice") +
			"] difficulty=medium") + "print('went on');\n");
		plan.macro("no_options", "run('Simulate Blot');\nprint('went on');\n");
		plan.macro("fails_inside", run("Quantify TBK1 Bands", "target=[" + work.resolve("missing.tif") +
			"] reference=[" + blot.resolve("blot_reference.tif") + "] output=[" + work.resolve("fails inside") + "]") +
			"print('went on');\n");
		// the documented way to go on after a failure, and the slate the failed run leaves
		plan.macro("caught", "IJ.redirectErrorMessages();\n" + run("Quantify TBK1 Bands", "target=[" + work.resolve(
			"missing.tif") + "] reference=[" + blot.resolve("blot_reference.tif") + "] output=[" + work.resolve(
				"caught") + "]") + "error = call('org.alsstress.fiji.ResultTables.lastError');\n" +
			"print('error=' + error);\nprint('tables=' + call('org.alsstress.fiji.ResultTables.select', 'lanes.csv'));\n" +
			"print('nResults=' + nResults);\nprint('folder=[' + call('org.alsstress.fiji.ResultTables.lastResultsFolder') + ']');\n" +
			run("Simulate Blot", "output=[" + work.resolve("after caught") + "] seed=4") + printFolder() +
			"print('error after=[' + call('org.alsstress.fiji.ResultTables.lastError') + ']');\n");
		fiji = FijiRuntime.run(plan);
	}

	@AfterClass
	public static void disposeContext() {
		if (context != null) context.dispose();
	}

	private static String run(final String label, final String options) {
		return "run(" + quoted(label) + ", " + quoted(options) + ");\n";
	}

	private static String printFolder() {
		return "print('folder=' + call('org.alsstress.fiji.ResultTables.lastResultsFolder'));\n";
	}

	private static String folderOf(final String step) {
		for (final String line : fiji.out(step).split("\n")) {
			if (line.startsWith("folder=")) return line.substring("folder=".length()).trim();
		}
		throw new AssertionError("no results folder printed\n" + fiji.transcript(step));
	}

	private static JsonObject provenance(final Path folder) throws Exception {
		return JsonParser.parseString(new String(Files.readAllBytes(folder.resolve("provenance.json")),
			StandardCharsets.UTF_8)).getAsJsonObject();
	}

	@Test
	public void simulateBlotRunsWithAFlagForATickedCheckbox() throws Exception {
		fiji.assertClean("sim_blot");
		final Path folder = work.resolve("sim blot");
		assertEquals(folder.toString(), folderOf("sim_blot"));
		final JsonObject parameters = provenance(folder).getAsJsonObject("parameters");
		assertEquals("true", parameters.get("ladder").getAsString());
		assertEquals("6", parameters.get("sample_lanes").getAsString());
		assertEquals("6 sample lanes in each of 3 images", 18, TableFiles.read(folder.resolve("truth.csv")).rowCount());
		assertEquals(6, TableFiles.read(folder.resolve("samples.csv")).rowCount());
	}

	@Test
	public void theRecordedQuantifyLineReplaysWithItsEmptyOptionalFilesLeftOut() throws Exception {
		assertFalse("the recorder leaves the empty lane_rois out: " + recordedQuantify, recordedQuantify.contains(
			"lane_rois"));
		assertTrue(recordedQuantify, recordedQuantify.contains("target_image= "));
		fiji.assertClean("quantify");
		final Path folder = work.resolve("blot results");
		assertEquals(folder.toString(), folderOf("quantify"));
		final DataTable lanes = TableFiles.read(folder.resolve("lanes.csv"));
		assertEquals("six sample lanes (the ladder is no lane)", 6, lanes.rowCount());
		assertTrue(fiji.out("quantify"), fiji.out("quantify").contains("rows=6"));
		// the macro read the same values back from the published table; they are the simulated truth
		final DataTable truth = TableFiles.read(work.resolve("sim blot/truth.csv"));
		for (int i = 0; i < lanes.rowCount(); i++) {
			final String printed = lanes.getString(i, "group") + " " + String.format(Locale.ROOT, "%.6f", lanes
				.getDouble(i, "normalized_ratio"));
			assertTrue(printed + " in\n" + fiji.out("quantify"), fiji.out("quantify").contains(printed));
			assertEquals(truth.getString(i, "sample"), lanes.getString(i, "sample"));
			assertEquals("lane " + (i + 1) + " pTBK1/TBK1", truth.getDouble(i, "true_ratio"), lanes.getDouble(i, "ratio"),
				0.03 * truth.getDouble(i, "true_ratio"));
		}
		final JsonObject parameters = provenance(folder).getAsJsonObject("parameters");
		assertEquals("an empty optional file is recorded as empty", "", parameters.get("lane_rois").getAsString());
		assertEquals("control", parameters.get("control_group").getAsString());
	}

	@Test
	public void lanesGivenAsTheRoiFileOfARunGiveThatRunsBands() throws Exception {
		fiji.assertClean("quantify_roi_file");
		final DataTable automatic = TableFiles.read(work.resolve("blot results/bands.csv"));
		final DataTable fromFile = TableFiles.read(work.resolve("blot roi file/bands.csv"));
		assertEquals(automatic.rowCount(), fromFile.rowCount());
		for (int row = 0; row < automatic.rowCount(); row++) {
			assertEquals("row " + row, automatic.getDouble(row, "lane_left_px"), fromFile.getDouble(row, "lane_left_px"), 0);
			assertEquals("row " + row, automatic.getDouble(row, "volume"), fromFile.getDouble(row, "volume"), 1e-9 *
				Math.abs(automatic.getDouble(row, "volume")));
		}
		final JsonObject parameters = provenance(work.resolve("blot roi file")).getAsJsonObject("parameters");
		assertEquals(work.resolve("blot results/lane_rois.zip").toString(), parameters.get("lane_rois").getAsString());
	}

	@Test
	public void emptyBracketsMeanNoFileNotTheWorkingDirectory() throws Exception {
		fiji.assertClean("quantify_empty_brackets");
		final JsonObject parameters = provenance(work.resolve("blot empty brackets")).getAsJsonObject("parameters");
		assertEquals("", parameters.get("lane_rois").getAsString());
		assertEquals("", parameters.get("samples").getAsString());
	}

	@Test
	public void segmentStressGranulesFindsSgPositiveCellsInTheArseniteFields() throws Exception {
		fiji.assertClean("sim_fields");
		fiji.assertClean("segment");
		final DataTable images = TableFiles.read(work.resolve("sg results/images.csv"));
		assertEquals(2, images.rowCount());
		for (int row = 0; row < 2; row++) {
			assertEquals("arsenite", images.getString(row, "condition"));
			assertTrue(images.getDouble(row, "cells") >= 3);
			assertTrue("arsenite: granules in most cells", images.getDouble(row, "pct_sg_positive") > 50);
		}
	}

	@Test
	public void theRecordedSegmentLineWithNucleiLabelsAndNoCellLabelsReplays() throws Exception {
		assertFalse(recordedSegment, recordedSegment.contains("cell_labels"));
		assertTrue(recordedSegment, recordedSegment.contains("nuclei_labels=["));
		fiji.assertClean("segment_recorded");
		final DataTable own = TableFiles.read(work.resolve("sg results/images.csv"));
		final DataTable given = TableFiles.read(work.resolve("sg labels given/images.csv"));
		assertEquals(1, given.rowCount());
		final int row = own.getString(0, "image").startsWith("arsenite_01") ? 0 : 1;
		assertEquals("its own nuclei, given back as labels, give the same cells", own.getDouble(row, "cells"), given
			.getDouble(0, "cells"), 0);
		final JsonObject parameters = provenance(work.resolve("sg labels given")).getAsJsonObject("parameters");
		assertEquals("", parameters.get("cell_labels").getAsString());
		assertEquals("", parameters.get("conditions").getAsString());
	}

	@Test
	public void summarizeExperimentPoolsTheFolderRun() throws Exception {
		fiji.assertClean("summarize");
		final DataTable summary = TableFiles.read(work.resolve("summary/summary.csv"));
		assertEquals("arsenite", summary.getString(0, "group"));
		assertEquals("two images", 2, summary.getDouble(0, "n"), 0);
		final DataTable images = TableFiles.read(work.resolve("sg results/images.csv"));
		assertEquals((images.getDouble(0, "pct_sg_positive") + images.getDouble(1, "pct_sg_positive")) / 2, summary
			.getDouble(0, "mean"), 1e-9);
	}

	@Test
	public void everyOtherCommandReplaysItsRecordedLine() throws Exception {
		final String[][] runs = { { "recorded_simulate_blot", "recorded blot", recordedSimulateBlot },
			{ "recorded_simulate_fields", "recorded fields", recordedSimulateFields },
			{ "recorded_summarize", "recorded summary", recordedSummarize } };
		for (final String[] r : runs) {
			fiji.assertClean(r[0]);
			final Path folder = work.resolve(r[1]);
			assertEquals(fiji.transcript(r[0]), folder.toString(), folderOf(r[0]));
			assertEquals("completed", provenance(folder).get("status").getAsString());
			// every recorded key=value is the value the run used
			final JsonObject parameters = provenance(folder).getAsJsonObject("parameters");
			for (final MacroOptionList.Option option : MacroOptionList.parse(r[2]).options()) {
				assertEquals(r[0] + " " + option.key, option.value, parameters.get(option.key).getAsString());
			}
		}
		assertTrue("the recorder writes an empty text as key=: " + recordedSimulateBlot, recordedSimulateBlot.contains(
			"saturated_lanes= "));
	}

	@Test
	public void openResultsFolderGivesBooleanColumnsBackAsZeroAndOne() throws Exception {
		fiji.assertClean("open_results");
		final DataTable cells = TableFiles.read(work.resolve("sg results/cells.csv"));
		final StringBuilder expected = new StringBuilder();
		for (int row = 0; row < cells.rowCount(); row++) expected.append(cells.getBoolean(row, "edge") ? "1 " : "0 ");
		assertTrue("some cells touch the border, some do not: " + expected, expected.toString().contains("1") &&
			expected.toString().contains("0"));
		assertTrue(fiji.transcript("open_results"), fiji.out("open_results").contains("edge=" + expected));
	}

	@Test
	public void aMissingRequiredOutputStopsTheMacroNamingIt() {
		fiji.assertMacroError("missing_output", "'output' is required");
		assertFalse(fiji.out("missing_output").contains("went on"));
	}

	@Test
	public void aMisspelledKeyStopsTheMacroAndSuggestsTheRightOne() {
		fiji.assertMacroError("misspelled_key", "'control_groop' is not a parameter: did you mean 'control_group'?");
		assertFalse(fiji.out("misspelled_key").contains("went on"));
		assertFalse("nothing was written", Files.exists(work.resolve("misspelled")));
	}

	@Test
	public void aNonNumberForANumberIsAnErrorNotZero() {
		fiji.assertMacroError("lanes_x", "lanes=x: 'lanes' must be a whole number");
		fiji.assertMacroError("seed_abc", "seed=abc: 'seed' must be a whole number");
		assertFalse(Files.exists(work.resolve("seed abc")));
		assertFalse(fiji.out("lanes_x").contains("went on"));
	}

	@Test
	public void aPathWithSpacesOutsideBracketsIsExplained() {
		fiji.assertMacroError("spaces_without_brackets", "must be written in [brackets]");
	}

	@Test
	public void aChoiceThatIsNoneOfTheChoicesIsAnError() {
		fiji.assertMacroError("not_a_choice", "difficulty=medium: 'difficulty' must be one of [clean], [hard]");
	}

	@Test
	public void aHeadlessRunWithoutOptionsIsAnErrorNotANoOp() {
		fiji.assertMacroError("no_options", "'output' is required");
		assertFalse(fiji.out("no_options").contains("went on"));
	}

	@Test
	public void aFailureInsideTheCommandStopsTheMacroWithItsMessage() {
		fiji.assertMacroError("fails_inside", "missing.tif");
		assertFalse(fiji.out("fails_inside").contains("went on"));
	}

	@Test
	public void aMacroThatRedirectsErrorsGoesOnAndSeesTheErrorAndNoEarlierResults() {
		final String out = fiji.out("caught");
		assertFalse(fiji.transcript("caught"), fiji.err("caught").contains("Macro Error"));
		assertTrue(fiji.transcript("caught"), out.contains("error=Quantify TBK1 Bands: ") && out.contains("missing.tif"));
		assertTrue("the earlier run's lanes.csv is gone:\n" + out, out.contains("tables=No results table 'lanes.csv'"));
		assertTrue(out, out.contains("nResults=0"));
		assertTrue(out, out.contains("folder=[]"));
		assertTrue("the next run starts clean:\n" + out, out.contains("folder=" + work.resolve("after caught")) && out
			.contains("error after=[]"));
	}

	@Test
	public void fijiGivesTheNumbersTheCommandLineGives() throws Exception {
		fiji.assertClean("segment");
		final Path cli = work.resolve("sg cli");
		final Process process = new ProcessBuilder("bin/als-stress", "segment-stress-granules", "--input", work.resolve(
			"fields").toString(), "--conditions", work.resolve("fields/conditions.csv").toString(), "--output", cli
				.toString()).redirectErrorStream(true).redirectOutput(work.resolve("cli.log").toFile()).start();
		assertTrue(process.waitFor(5, TimeUnit.MINUTES));
		assertEquals(new String(Files.readAllBytes(work.resolve("cli.log")), StandardCharsets.UTF_8), 0, process
			.exitValue());
		for (final String table : new String[] { "images.csv", "cells.csv", "granules.csv", "conditions.csv" }) {
			assertArrayEquals(table, Files.readAllBytes(work.resolve("sg results").resolve(table)), Files.readAllBytes(cli
				.resolve(table)));
		}
	}
}
