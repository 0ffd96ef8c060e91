package org.alsstress.fiji;

import static org.alsstress.fiji.runtime.RecordedLine.quoted;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.alsstress.fiji.runtime.FijiPlan;
import org.alsstress.fiji.runtime.FijiRuntime;
import org.alsstress.fiji.runtime.FijiSession;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Every example in scripts/ in a real Fiji: the macros through Fiji's macro interpreter and legacy
 * bridge, the Jython scripts through Fiji's scripting-jython. One Fiji JVM runs them all.
 */
public class FijiScriptsIT {

	/** Each example and the test that runs it; a new example without a test fails the suite. */
	private static final List<String> TESTED = Arrays.asList("Model_And_Statistics_API.py",
		"Quantify_Blot_Triple.ijm", "Quantify_Open_Blot.ijm", "Run_Both_Assays.py", "Segment_Stress_Granule_Folder.ijm",
		"Summarize_Experiment.ijm");

	private static Path work;
	private static FijiSession fiji;

	@BeforeClass
	public static void runTheExamplesInFiji() throws Exception {
		FijiRuntime.fiji();
		work = FijiRuntime.workFolder(FijiScriptsIT.class);
		final FijiPlan plan = new FijiPlan(work);

		final Path blots = Files.createDirectories(work.resolve("blot 1"));
		final Path gel = ExperimentFixtures.copyResource("blots/imagej_sample_gel.gif", blots);
		final Path samples = ExperimentFixtures.copyResource("blots/samples.csv", blots);
		plan.macroFile("blot_triple", script("Quantify_Blot_Triple.ijm"), "target=[" + gel + "] reference=[" + gel +
			"] loading=[" + gel + "] samples=[" + samples + "] control=control output=[" + work.resolve("blot 1 results") +
			"]");
		plan.macro("open_blot", "open(" + quoted(gel.toString()) + ");\nrename('pTBK1 gel (day 1)');\n" +
			"first = runMacro(" + quoted(script("Quantify_Open_Blot.ijm").toString()) + ", " + quoted(
				"reference_image=[pTBK1 gel (day 1)] samples=[" + samples + "] control=control output=[" + work.resolve(
					"automatic lanes") + "]") + ");\n" +
			"again = runMacro(" + quoted(script("Quantify_Open_Blot.ijm").toString()) + ", " + quoted(
				"target_image=[pTBK1 gel (day 1)] reference_image=*active* lanes_from=target_overlay samples=[" + samples +
					"] control=control output=[" + work.resolve("overlay lanes") + "]") + ");\n" +
			"Overlay.activateSelection(0);\n" +
			"return first + '---\\n' + again + '---\\nfirst overlay ROI: ' + Roi.getName;\n");

		final Path images = ExperimentFixtures.writeStressGranuleFolder(work.resolve("SG images"));
		plan.macroFile("sg_folder", script("Segment_Stress_Granule_Folder.ijm"), "input=[" + images + "] conditions=[" +
			images.resolve("conditions.csv") + "] output=[" + work.resolve("SG results") + "] nuclei_channel=1 " +
			"granule_channel=2 pixel_size_um=" + SyntheticFields.PIXEL_UM);

		final Path twoBlots = Files.createDirectories(work.resolve("two blots"));
		ExperimentFixtures.writeTwoBlots(twoBlots);
		plan.macroFile("summarize", script("Summarize_Experiment.ijm"), "results=[" + twoBlots + "] output=[" + work
			.resolve("summary") + "] control=WT metric=ratio");
		plan.script("model_api", script("Model_And_Statistics_API.py"), FijiPlan.inputs("results", twoBlots.toString(),
			"metric", "ratio", "control_group", "WT", "statistics_csv", work.resolve("statistics.csv").toString()));

		final Path experiment = work.resolve("experiment 7");
		ExperimentFixtures.writeBothAssaysExperiment(experiment);
		plan.script("both_assays", script("Run_Both_Assays.py"), FijiPlan.inputs("experiment", experiment.toString(),
			"output", experiment.resolve("results").toString(), "control_group", "control"));
		fiji = FijiRuntime.run(plan);
	}

	private static Path script(final String name) {
		return Paths.get("scripts", name).toAbsolutePath();
	}

	@Test
	public void everyExampleRunsInFiji() throws Exception {
		try (Stream<Path> files = Files.list(Paths.get("scripts"))) {
			final List<String> examples = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ijm") || n
				.endsWith(".py")).sorted().collect(Collectors.toList());
			assertEquals("every example in scripts/ has a step here", TESTED, examples);
		}
	}

	@Test
	public void quantifyBlotTripleGivesRatioOneForTheSameImageThrice() throws Exception {
		fiji.assertClean("blot_triple");
		final DataTable lanes = TableFiles.read(work.resolve("blot 1 results/lanes.csv"));
		assertEquals("the gel has 6 lanes", 6, lanes.rowCount());
		for (int lane = 0; lane < 6; lane++) assertEquals(1.0, lanes.getDouble(lane, "normalized_ratio"), 1e-9);
		assertTrue(fiji.transcript("blot_triple"), fiji.returned("blot_triple").contains(
			"lane 6 SOD1 c (ALS): ratio=1.000 normalized_ratio=1.000"));
	}

	@Test
	public void quantifyOpenBlotNamesImagesByTitleAndReusesTheLanesOfItsOverlay() throws Exception {
		fiji.assertClean("open_blot");
		final String report = fiji.returned("open_blot");
		assertTrue(report, report.contains("lane 6 SOD1 c: ratio=1.000 normalized_ratio=1.000"));
		assertTrue("the lanes used stay on the image: " + report, report.endsWith("first overlay ROI: lane 1"));
		final DataTable first = TableFiles.read(work.resolve("automatic lanes/bands.csv"));
		final DataTable second = TableFiles.read(work.resolve("overlay lanes/bands.csv"));
		assertEquals(first.rowCount(), second.rowCount());
		for (int row = 0; row < first.rowCount(); row++) {
			for (final String column : new String[] { "lane_left_px", "lane_right_px", "band_top_px", "volume" }) {
				assertEquals(column + " row " + row, first.getDouble(row, column), second.getDouble(row, column), 0);
			}
		}
	}

	@Test
	public void segmentFolderFindsSgPositiveCellsOnlyInTheStressedField() throws Exception {
		fiji.assertClean("sg_folder");
		final DataTable perImage = TableFiles.read(work.resolve("SG results/images.csv"));
		assertEquals(2, perImage.rowCount());
		final int stressed = perImage.getString(0, "condition").equals("arsenite") ? 0 : 1;
		assertEquals("control", perImage.getString(1 - stressed, "condition"));
		assertEquals("four whole cells", 4, perImage.getDouble(stressed, "cells"), 0);
		assertEquals(100, perImage.getDouble(stressed, "pct_sg_positive"), 0);
		assertEquals(0, perImage.getDouble(1 - stressed, "pct_sg_positive"), 0);
		assertTrue(fiji.returned("sg_folder"), fiji.returned("sg_folder").contains("(arsenite): cells=4 pct_sg_positive=100.0"));
	}

	@Test
	public void summarizeExperimentPoolsRunsNormalisedToTheirControl() throws Exception {
		fiji.assertClean("summarize");
		final DataTable summary = TableFiles.read(work.resolve("summary/summary.csv"));
		assertEquals("KO", summary.getString(1, "group"));
		assertEquals((0.45 + 0.35) / 2, summary.getDouble(1, "mean"), 1e-12);
		assertTrue(fiji.returned("summarize"), fiji.returned("summarize").contains("KO: n=2 mean=0.400 fold_change=0.400"));
	}

	@Test
	public void modelAndStatisticsApiScriptRunsInFijisJython() throws Exception {
		fiji.assertClean("model_api");
		assertTrue(fiji.transcript("model_api"), fiji.returned("model_api").contains("groups=2"));
		final DataTable table = TableFiles.read(work.resolve("statistics.csv"));
		assertEquals("WT", table.getString(0, "group"));
		assertEquals(1.5, table.getDouble(0, "mean"), 1e-12);
		assertEquals(0.575, table.getDouble(1, "mean"), 1e-12);
	}

	@Test
	public void runBothAssaysRunsInFijisJython() throws Exception {
		fiji.assertClean("both_assays");
		final String summary = fiji.returned("both_assays");
		assertTrue(fiji.transcript("both_assays"), summary.contains("blot blot1: "));
		assertTrue(summary, summary.matches("(?s).*\\n  arsenite +n=1 mean 100\\.000  p=-(\\n.*)?"));
		final Path output = work.resolve("experiment 7/results");
		final DataTable ratios = TableFiles.read(output.resolve("summary_normalized_ratio/summary.csv"));
		for (int row = 0; row < ratios.rowCount(); row++) assertEquals(1.0, ratios.getDouble(row, "mean"), 1e-9);
		final DataTable positive = TableFiles.read(output.resolve("summary_pct_sg_positive/summary.csv"));
		assertEquals(0, positive.getDouble(0, "mean"), 0);
		assertEquals(100, positive.getDouble(1, "mean"), 0);
	}
}
