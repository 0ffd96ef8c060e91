package org.alsstress.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alsstress.io.MeasurementFiles;
import org.alsstress.model.MeasuredObject;
import org.alsstress.model.MeasurementTable;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class MainTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err,
			true, StandardCharsets.UTF_8)).run(args);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	public void helpListsTheCommandsWithTheirMenuPaths() {
		assertEquals(0, run("--help"));
		assertTrue(out(), out().contains("summarize-experiment") && out().contains(
			"Plugins > ALS Stress Toolkit > Summarize Experiment"));
	}

	@Test
	public void commandHelpComesFromTheCommandsOwnMetadata() {
		assertEquals(0, run("summarize-experiment", "--help"));
		assertTrue(out().contains("--unit_of_analysis"));
		assertTrue(out().contains("default: 'each object'"));
		assertTrue(out().contains("one of: [Welch, Mann-Whitney]"));
		assertTrue(out().contains("Normalise") || out().contains("Divide each replicate"));
	}

	@Test
	public void unknownParameterExitsWithTwoAndNamesTheValidOnes() {
		assertEquals(2, run("summarize-experiment", "--metirc", "ratio"));
		assertTrue(err(), err().contains("Unknown parameter --metirc") && err().contains("metric"));
	}

	@Test
	public void wrongTypeAndBadChoiceExitWithTwo() {
		assertEquals(2, run("summarize-experiment", "--measurements", "x", "--output", "y",
			"--overwrite", "perhaps"));
		assertTrue(err(), err().contains("--overwrite: 'perhaps' is not true or false"));
		assertEquals(2, run("summarize-experiment", "--measurements", "x", "--output", "y",
			"--test", "chi-square"));
		assertTrue(err(), err().contains("is not one of"));
	}

	@Test
	public void missingRequiredParameterExitsWithTwo() {
		assertEquals(2, run("summarize-experiment", "--measurements", "x"));
		assertTrue(err(), err().contains("Missing required parameter --output"));
	}

	@Test
	public void validateRefusesSeedsItCannotRead() {
		assertEquals(2, run("validate", "21-x"));
		assertTrue(err(), err().contains("give seeds as a range like 21-30"));
	}

	@Test
	public void validateNamesTheReportsItKnowsAndRefusesBadOptions() {
		assertEquals(2, run("validate", "everything"));
		assertTrue(err(), err().contains("Unknown validation 'everything'") && err().contains("granules"));
		assertEquals(2, run("validate", "granules", "--fields", "0"));
		assertTrue(err(), err().contains("--fields must be at least 1"));
		assertEquals(2, run("validate", "granules", "--regimes", "sunny"));
		assertTrue(err(), err().contains("Unknown regime 'sunny'"));
	}

	@Test
	public void unknownCommandExitsWithTwo() {
		assertEquals(2, run("quantify-everything"));
		assertTrue(err().contains("Unknown command 'quantify-everything'"));
	}

	@Test
	public void badInputInsideTheCommandExitsWithTwoAndItsMessage() {
		assertEquals(2, run("summarize-experiment", "--measurements", tmp.getRoot() + "/none.csv",
			"--output", tmp.getRoot() + "/out"));
		assertTrue(err(), err().contains("is neither a file nor a folder"));
	}

	@Test
	public void runsACommandAndPrintsItsOutputs() throws Exception {
		MeasurementTable t = new MeasurementTable();
		for (int i = 0; i < 4; i++)
			t.add(MeasuredObject.of("sg", "f" + i + ".tif").withGroup(i < 2 ? "ctrl" : "ars"),
				"pct_sg_positive", i < 2 ? 5 + i : 80 + i, "%");
		Path csv = tmp.getRoot().toPath().resolve("measurements.csv");
		MeasurementFiles.write(t, csv);
		Path output = tmp.getRoot().toPath().resolve("my results");
		assertEquals(0, run("summarize-experiment", "--measurements", csv.toString(), "--output",
			output.toString(), "--metric=pct_sg_positive", "--overwrite"));
		assertTrue(out(), out().contains("results_folder: " + output));
		assertTrue(Files.isRegularFile(output.resolve("pct_sg_positive_plot.svg")));
		assertTrue(err(), err().contains("[1/1] Reading " + tmp.getRoot().getName() + "/measurements.csv"));
	}
}
