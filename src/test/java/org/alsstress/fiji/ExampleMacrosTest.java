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

import org.alsstress.io.MeasurementFiles;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.alsstress.model.MeasuredObject;
import org.alsstress.model.MeasurementTable;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.Context;

/**
 * Runs the example macros in {@code scripts/} through ImageJ 1.x's own macro
 * interpreter, with the suite's commands registered under their menu labels
 * as Fiji registers them. A macro whose command does not exist yet is skipped.
 */
public class ExampleMacrosTest {

	private static Context context;

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private Path work;

	@BeforeClass
	public static void startContext() throws Exception {
		context = new Context();
		final List<String> labels = MacroBridge.install(context);
		assertTrue(labels.toString(), labels.contains("Summarize Experiment"));
	}

	@AfterClass
	public static void stopContext() {
		context.dispose();
	}

	@Before
	public void makeFolderWithSpaces() throws Exception {
		MacroBridge.clearProblems();
		work = Files.createDirectories(tmp.getRoot().toPath().resolve("ALS blots 2026"));
	}

	@Test
	public void summarizeExperimentPoolsRunsNormalisedToTheirControl() throws Exception {
		// Two blots; blot 2 exposed twice as long. Per replicate, KO / WT is 0.45 on blot 1 and 0.35 on blot 2.
		writeBlot("day 1", 1.0, new double[] { 1.1, 0.9, 1.0 }, new double[] { 0.40, 0.50, 0.45 });
		writeBlot("day 2", 2.0, new double[] { 2.2, 1.8, 2.0 }, new double[] { 0.60, 0.80, 0.70 });
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
	public void segmentFolderMacroRunsWhenTheCommandExists() throws Exception {
		assumeNotNull(SuiteCommands.byLabel(context, "Segment Stress Granules"));
		// written when the command lands on main
	}

	private void writeBlot(final String day, final double exposure, final double[] wt, final double[] ko)
		throws Exception
	{
		final MeasurementTable table = new MeasurementTable();
		final MeasuredObject blot = MeasuredObject.of("tbk1", "blot " + day + ".tif").withReplicate(day);
		for (int i = 0; i < wt.length; i++) {
			table.add(blot.object("lane", i + 1).withGroup("WT"), "ratio", wt[i], "");
			table.add(blot.object("lane", i + 4).withGroup("KO"), "ratio", ko[i], "");
		}
		final Path folder = Files.createDirectories(work.resolve(day));
		MeasurementFiles.write(table, folder.resolve("measurements.csv"));
		assertNotNull(exposure > 0 ? folder : null);
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
