package org.alsstress.fiji;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import ij.IJ;
import ij.ImagePlus;
import ij.macro.Interpreter;

import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Runs the example macros in {@code scripts/} through ImageJ 1.x's own macro
 * interpreter, with the suite's commands registered under their menu labels
 * as Fiji registers them. A macro whose command does not exist yet is skipped.
 */
public class ExampleMacrosTest {

	@ClassRule
	public static final SciJavaContext SCIJAVA = new SciJavaContext();

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private Path work;


	@Before
	public void makeFolderWithSpaces() throws Exception {
		final List<String> labels = MacroBridge.install(SCIJAVA.get());
		assertTrue(labels.toString(), labels.contains("Summarize Experiment"));
		work = Files.createDirectories(tmp.getRoot().toPath().resolve("ALS blots 2026"));
	}

	@Test
	public void summarizeExperimentPoolsRunsNormalisedToTheirControl() throws Exception {
		ExperimentFixtures.writeTwoBlots(work);
		final Path output = work.resolve("summary");

		final String report = runMacro("Summarize_Experiment.ijm", "results=[" + work + "] output=[" + output +
			"] control=WT metric=ratio");

		assertEquals("[]", MacroBridge.problems().toString());
		final DataTable summary = TableFiles.read(output.resolve("summary.csv"));
		assertEquals("WT", summary.getString(0, "group"));
		assertEquals(2, summary.getDouble(0, "n"), 0);
		assertEquals(1.0, summary.getDouble(0, "mean"), 1e-12);
		assertEquals("KO", summary.getString(1, "group"));
		assertEquals(2, summary.getDouble(1, "n"), 0);
		assertEquals((0.45 + 0.35) / 2, summary.getDouble(1, "mean"), 1e-12);
		assertEquals(0.40, summary.getDouble(1, "fold_change"), 1e-12);
		assertTrue("the macro read the table back:\n" + report, report.contains("KO: n=2 mean=0.400 fold_change=0.400"));
		assertTrue(report.contains("WT: n=2 mean=1.000"));
		assertTrue(Files.isRegularFile(output.resolve("ratio_plot.png")));
	}

	@Test
	public void aMacroWithoutTheOutputFolderGetsAMessageNamingIt() {
		IJ.runMacro("run('Summarize Experiment', 'measurements=[" + work + "] metric=ratio');");
		final List<String> problems = MacroBridge.problems();
		assertEquals(problems.toString(), 1, problems.size());
		assertTrue(problems.get(0), problems.get(0).contains("output"));
	}

	@Test
	public void quantifyBlotTripleMacroGivesRatioOneForTheSameImageTwice() throws Exception {
		assumeNotNull(SuiteCommands.byLabel(SCIJAVA.get(), "Quantify TBK1 Bands"));
		final Path blots = Files.createDirectories(work.resolve("blot 1"));
		final Path gel = ExperimentFixtures.copyResource("blots/imagej_sample_gel.gif", blots);
		final Path samples = ExperimentFixtures.copyResource("blots/samples.csv", blots);
		final Path output = work.resolve("blot 1 results");

		final String report = runMacro("Quantify_Blot_Triple.ijm", "target=[" + gel + "] reference=[" + gel +
			"] loading=[" + gel + "] samples=[" + samples + "] control=control output=[" + output + "]");

		assertEquals("[]", MacroBridge.problems().toString());
		final DataTable lanes = TableFiles.read(output.resolve("lanes.csv"));
		assertEquals("the gel has 6 lanes", 6, lanes.rowCount());
		for (int lane = 0; lane < 6; lane++) {
			assertEquals("lane " + (lane + 1), 1.0, lanes.getDouble(lane, "ratio"), 1e-9);
			assertEquals("lane " + (lane + 1), 1.0, lanes.getDouble(lane, "normalized_ratio"), 1e-9);
		}
		assertEquals("SOD1 c", lanes.getString(5, "sample"));
		assertTrue(report, report.contains("lane 6 SOD1 c (ALS): ratio=1.000 normalized_ratio=1.000"));
	}

	@Test
	public void quantifyOpenBlotMacroNamesImagesByTitleAndReusesTheLanesOfItsOverlay() throws Exception {
		assumeNotNull(SuiteCommands.byLabel(SCIJAVA.get(), "Quantify TBK1 Bands"));
		final Path blots = Files.createDirectories(work.resolve("open blot"));
		final ImagePlus gel = IJ.openImage(ExperimentFixtures.copyResource("blots/imagej_sample_gel.gif", blots).toString());
		gel.setTitle("pTBK1 gel (day 1)");
		final Path samples = ExperimentFixtures.copyResource("blots/samples.csv", blots);
		Interpreter.batchMode = true; // a headless macro's open images
		Interpreter.addBatchModeImage(gel);
		try {
			final String report = runMacro("Quantify_Open_Blot.ijm", "reference_image=[pTBK1 gel (day 1)] samples=[" +
				samples + "] control=control output=[" + work.resolve("automatic lanes") + "]");
			assertEquals("[]", MacroBridge.problems().toString());
			assertTrue(report, report.contains("lane 6 SOD1 c: ratio=1.000 normalized_ratio=1.000"));
			assertEquals("the lanes used are on the image", "lane 1", gel.getOverlay().get(0).getName());

			final Path again = work.resolve("overlay lanes");
			runMacro("Quantify_Open_Blot.ijm", "target_image=[pTBK1 gel (day 1)] reference_image=*active* " +
				"lanes_from=target_overlay samples=[" + samples + "] control=control output=[" + again + "]");
			assertEquals("[]", MacroBridge.problems().toString());
			final DataTable first = TableFiles.read(work.resolve("automatic lanes").resolve("bands.csv"));
			final DataTable second = TableFiles.read(again.resolve("bands.csv"));
			assertEquals(12, second.rowCount());
			for (int row = 0; row < 12; row++) {
				for (final String column : new String[] { "lane_left_px", "lane_right_px", "band_top_px", "volume" }) {
					assertEquals(column + " row " + row, first.getDouble(row, column), second.getDouble(row, column), 0);
				}
			}
		}
		finally {
			Interpreter.removeBatchModeImage(gel);
			Interpreter.batchMode = false;
		}
	}

	@Test
	public void segmentFolderMacroFindsSgPositiveCellsOnlyInTheStressedField() throws Exception {
		assumeNotNull(SuiteCommands.byLabel(SCIJAVA.get(), "Segment Stress Granules"));
		final Path images = ExperimentFixtures.writeStressGranuleFolder(work.resolve("SG images"));
		final Path conditions = images.resolve("conditions.csv");
		final Path output = work.resolve("SG results");

		final String report = runMacro("Segment_Stress_Granule_Folder.ijm", "input=[" + images + "] conditions=[" +
			conditions + "] output=[" + output + "] nuclei_channel=1 granule_channel=2 pixel_size_um=" +
			SyntheticFields.PIXEL_UM);

		assertEquals("[]", MacroBridge.problems().toString());
		final DataTable perImage = TableFiles.read(output.resolve("images.csv"));
		assertEquals(2, perImage.rowCount());
		final int stressed = perImage.getString(0, "condition").equals("arsenite") ? 0 : 1;
		assertEquals("control", perImage.getString(1 - stressed, "condition"));
		assertEquals("four whole cells", 4, perImage.getDouble(stressed, "cells"), 0);
		assertEquals(100, perImage.getDouble(stressed, "pct_sg_positive"), 0);
		assertEquals(0, perImage.getDouble(1 - stressed, "pct_sg_positive"), 0);
		assertTrue(report, report.contains("(arsenite): cells=4 pct_sg_positive=100.0"));
	}

	static String runMacro(final String name, final String argument) {
		final Path macro = Paths.get("scripts", name);
		assertTrue(macro + " is missing", Files.isRegularFile(macro));
		final String result = IJ.runMacroFile(macro.toAbsolutePath().toString(), argument);
		assertNotNull(name + " returned nothing", result);
		assertTrue(name + " was aborted", !result.equals("[aborted]"));
		return result;
	}
}
