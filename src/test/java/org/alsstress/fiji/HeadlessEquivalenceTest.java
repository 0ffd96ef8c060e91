package org.alsstress.fiji;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.gson.JsonObject;

import ij.IJ;

import org.alsstress.cli.Main;
import org.alsstress.io.ProvenanceFiles;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The same parameters give the same results whether a command runs from
 * {@code bin/als-stress} or from a macro, as in Fiji's
 * {@code --headless --run} / {@code -macro} modes.
 */
public class HeadlessEquivalenceTest {

	@ClassRule
	public static final SciJavaContext SCIJAVA = new SciJavaContext();

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void summarizeExperimentGivesIdenticalFilesFromTheCommandLineAndAMacro() throws Exception {
		final Path experiment = Files.createDirectories(tmp.getRoot().toPath().resolve("ALS blots 2026"));
		ExperimentFixtures.writeTwoBlots(experiment);
		final Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("measurements", experiment.toString());
		parameters.put("metric", "ratio");
		parameters.put("control_group", "WT");
		parameters.put("unit_of_analysis", "mean per replicate");
		parameters.put("normalize_per_replicate", "true");
		parameters.put("test", "Mann-Whitney");
		assertSameResults("Summarize Experiment", parameters, tmp.newFolder("headless equivalence").toPath());
	}

	@Test
	public void quantifyTbk1BandsGivesIdenticalFilesFromTheCommandLineAndAMacro() throws Exception {
		assumeNotNull(SuiteCommands.byLabel(SCIJAVA.get(), "Quantify TBK1 Bands"));
		final Path blot = tmp.newFolder("blot 1").toPath();
		final Path gel = blot.resolve("gel.gif");
		final Path samples = blot.resolve("samples.csv");
		try (InputStream in = getClass().getResourceAsStream("blots/imagej_sample_gel.gif")) {
			Files.copy(in, gel);
		}
		try (InputStream in = getClass().getResourceAsStream("blots/samples.csv")) {
			Files.copy(in, samples);
		}
		final Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("target", gel.toString());
		parameters.put("reference", gel.toString());
		parameters.put("samples", samples.toString());
		parameters.put("control_group", "control");
		parameters.put("lanes", "0");
		assertSameResults("Quantify TBK1 Bands", parameters, tmp.newFolder("headless equivalence").toPath());
	}

	@Test
	public void quantifyTbk1BandsWithSavedLanesGivesIdenticalFilesFromTheCommandLineAndAMacro() throws Exception {
		assumeNotNull(SuiteCommands.byLabel(SCIJAVA.get(), "Quantify TBK1 Bands"));
		final Path blot = tmp.newFolder("blot with lanes").toPath();
		final Path gel = blot.resolve("gel.gif");
		try (InputStream in = getClass().getResourceAsStream("blots/imagej_sample_gel.gif")) {
			Files.copy(in, gel);
		}
		final Path first = tmp.newFolder("automatic lanes").toPath();
		assertEquals(Main.OK, new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
			new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(new String[] {
				"quantify-tbk1-bands", "--target", gel.toString(), "--reference", gel.toString(), "--output",
				first.toString(), "--overwrite", "true" }));
		final Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("target", gel.toString());
		parameters.put("reference", gel.toString());
		parameters.put("lanes_from", "roi_file");
		parameters.put("lane_rois", first.resolve("lane_rois.zip").toString());
		parameters.put("background", "rolling_ball");
		parameters.put("saturation_level", "0");
		assertSameResults("Quantify TBK1 Bands", parameters, tmp.newFolder("headless equivalence").toPath());
	}

	/** Runs the command both ways into two new folders and compares every file. */
	static void assertSameResults(final String label, final Map<String, String> parameters, final Path root)
		throws IOException, ReflectiveOperationException
	{
		final Path fromCli = root.resolve("from cli");
		final Path fromMacro = root.resolve("from macro");

		final List<String> args = new ArrayList<>();
		args.add(label.toLowerCase().replace(' ', '-'));
		for (final Map.Entry<String, String> parameter : parameters.entrySet()) {
			args.add("--" + parameter.getKey());
			args.add(parameter.getValue());
		}
		args.add("--output");
		args.add(fromCli.toString());
		final ByteArrayOutputStream err = new ByteArrayOutputStream();
		final int exit = new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
			new PrintStream(err, true, StandardCharsets.UTF_8)).run(args.toArray(new String[0]));
		assertEquals(err.toString(StandardCharsets.UTF_8), Main.OK, exit);

		MacroBridge.install(SCIJAVA.get());
		final StringBuilder options = new StringBuilder();
		for (final Map.Entry<String, String> parameter : parameters.entrySet()) {
			options.append(MacroOptions.recorded(parameter.getKey(), parameter.getValue())).append(' ');
		}
		options.append(MacroOptions.recorded("output", fromMacro.toString()));
		IJ.runMacro("run(\"" + label + "\", \"" + options.toString().replace("\\", "\\\\") + "\");");
		assertEquals("[]", MacroBridge.problems().toString());

		final List<Path> files = relativeFiles(fromCli);
		assertEquals(files, relativeFiles(fromMacro));
		assertTrue(files.toString(), files.size() > 2);
		for (final Path file : files) {
			if (file.toString().equals("provenance.json")) continue;
			assertArrayEquals(label + ": " + file + " differs", Files.readAllBytes(fromCli.resolve(file)),
				Files.readAllBytes(fromMacro.resolve(file)));
		}
		final JsonObject cli = ProvenanceFiles.read(fromCli.resolve("provenance.json")).getAsJsonObject("parameters");
		final JsonObject macro = ProvenanceFiles.read(fromMacro.resolve("provenance.json")).getAsJsonObject("parameters");
		cli.remove("output");
		macro.remove("output");
		assertEquals("every parameter the same", cli, macro);
	}

	private static List<Path> relativeFiles(final Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map(folder::relativize).sorted().collect(Collectors.toList());
		}
	}
}
