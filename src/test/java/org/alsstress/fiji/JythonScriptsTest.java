package org.alsstress.fiji;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeNotNull;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ij.measure.ResultsTable;

import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.script.ScriptModule;
import org.scijava.script.ScriptService;

/** Runs every shipped Jython script through SciJava's ScriptService, as Fiji's Script Editor or menu does. */
public class JythonScriptsTest {

	@ClassRule
	public static final SciJavaContext SCIJAVA = new SciJavaContext();

	private static final Path MENU_SCRIPTS = Paths.get("src/main/resources/scripts/Plugins/ALS_Stress_Toolkit");

	/** Each shipped script and the test below that runs it. */
	private static final List<String> TESTED = Arrays.asList(
		"scripts/Model_And_Statistics_API.py",
		"scripts/Run_Both_Assays.py",
		MENU_SCRIPTS + "/Open_Results_Folder.py");

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void everyShippedJythonScriptHasATest() throws IOException {
		try (Stream<Path> examples = Files.list(Paths.get("scripts")); Stream<Path> menu = Files.walk(MENU_SCRIPTS)) {
			final List<String> shipped = Stream.concat(examples, menu).map(Path::toString)
				.filter(name -> name.endsWith(".py")).sorted().collect(Collectors.toList());
			assertFalse(shipped.isEmpty());
			for (final String script : shipped) assertTrue(script + " has no test", TESTED.contains(script));
		}
	}

	@Test
	public void modelAndStatisticsApiScriptComparesGroupsPerImage() throws Exception {
		final Path experiment = Files.createDirectories(tmp.getRoot().toPath().resolve("ALS blots 2026"));
		ExperimentFixtures.writeTwoBlots(experiment);
		final File statistics = experiment.resolve("statistics.csv").toFile();

		final ScriptModule module = run("scripts/Model_And_Statistics_API.py", "results", experiment.toFile(),
			"metric", "ratio", "control_group", "WT", "statistics_csv", statistics);

		// Means per image, not normalised: WT 1.0 and 2.0, KO 0.45 and 0.70.
		assertEquals(2, module.getOutput("groups"));
		final DataTable table = TableFiles.read(statistics.toPath());
		assertEquals("WT", table.getString(0, "group"));
		assertEquals(1.5, table.getDouble(0, "mean"), 1e-12);
		assertEquals("KO", table.getString(1, "group"));
		assertEquals(0.575, table.getDouble(1, "mean"), 1e-12);
		assertEquals(0.575 / 1.5, table.getDouble(1, "fold_change"), 1e-12);
		assertTrue((String) module.getOutput("report"),
			((String) module.getOutput("report")).contains("KO: n=2 mean=0.5750 fold_change=0.3833"));
	}

	@Test
	public void openResultsFolderPublishesEveryTableByFileName() throws Exception {
		final Path folder = Files.createDirectories(tmp.getRoot().toPath().resolve("results of day 1"));
		TableFiles.write(new DataTable("lane", "sample", "ratio").addRow(1, "WT a", 0.5).addRow(2, "KO a", 0.25),
			folder.resolve("lanes.csv"));
		TableFiles.write(new DataTable("group", "n").addRow("WT", 3), folder.resolve("groups.csv"));
		Files.write(folder.resolve("measurements.csv"), "assay\n".getBytes());

		final ScriptModule module = run(MENU_SCRIPTS + "/Open_Results_Folder.py", "folder", folder.toFile());

		assertEquals("groups.csv, lanes.csv", module.getOutput("tables"));
		final ResultsTable lanes = ResultTables.get("lanes.csv");
		assertNotNull(lanes);
		assertEquals(2, lanes.size());
		assertEquals(0.25, lanes.getValue("ratio", 1), 0);
		assertEquals("KO a", lanes.getStringValue("sample", 1));
		assertEquals(3, ResultTables.get("groups.csv").getValue("n", 0), 0);
	}

	@Test
	public void openResultsFolderRefusesAFolderWhoseRunDidNotComplete() throws Exception {
		final Path folder = Files.createDirectories(tmp.getRoot().toPath().resolve("killed run"));
		// tables of an earlier completed run, overwritten by a run that was killed before it wrote its own
		TableFiles.write(new DataTable("lane", "ratio").addRow(1, 0.5), folder.resolve("lanes.csv"));
		Files.writeString(folder.resolve("provenance.json"), "{\"status\": \"running\"}");
		Files.writeString(folder.resolve("lanes.csv.part"), "lane,ra");

		final ScriptModule module = run(MENU_SCRIPTS + "/Open_Results_Folder.py", "folder", folder.toFile());

		assertEquals("", module.getOutput("tables"));
		assertEquals(null, ResultTables.get("lanes.csv"));
		final String error = ResultTables.lastError();
		assertTrue(error, error.startsWith("Open Results Folder: The results in " + folder + " are incomplete: its " +
			"provenance.json says 'running' (the run was killed, or is still running; its .part files are incomplete)."));

		Files.writeString(folder.resolve("provenance.json"), "{\"status\": \"completed\"}");
		assertEquals("lanes.csv", run(MENU_SCRIPTS + "/Open_Results_Folder.py", "folder", folder.toFile()).getOutput(
			"tables"));
		assertEquals("", ResultTables.lastError());
	}

	@Test
	public void runBothAssaysScriptSummarisesEachReadout() throws Exception {
		assumeNotNull(SuiteCommands.byLabel(SCIJAVA.get(), "Quantify TBK1 Bands"));
		assumeNotNull(SuiteCommands.byLabel(SCIJAVA.get(), "Segment Stress Granules"));
		final Path experiment = tmp.getRoot().toPath().resolve("experiment 7");
		ExperimentFixtures.writeBothAssaysExperiment(experiment);
		final Path output = experiment.resolve("results");

		final ScriptModule module = run("scripts/Run_Both_Assays.py", "experiment", experiment.toFile(),
			"output", output.toFile(), "control_group", "control");

		final String summary = (String) module.getOutput("summary");
		assertTrue(summary, summary.contains("blot blot1: "));
		assertTrue(summary, summary.matches("(?s).*\\n  arsenite +n=1 mean 100\\.000  p=-(\\n.*)?"));
		final DataTable ratios = TableFiles.read(output.resolve("summary_normalized_ratio/summary.csv"));
		for (int row = 0; row < ratios.rowCount(); row++) assertEquals(1.0, ratios.getDouble(row, "mean"), 1e-9);
		final DataTable positive = TableFiles.read(output.resolve("summary_pct_sg_positive/summary.csv"));
		assertEquals("control", positive.getString(0, "group"));
		assertEquals(0, positive.getDouble(0, "mean"), 0);
		assertEquals(100, positive.getDouble(1, "mean"), 0);
	}

	private static ScriptModule run(final String script, final Object... inputs) throws Exception {
		final Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < inputs.length; i += 2) map.put((String) inputs[i], inputs[i + 1]);
		return SCIJAVA.service(ScriptService.class).run(new File(script), true, map).get();
	}
}
