package org.alsstress.faults;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.alsstress.cli.Main;
import org.alsstress.granules.sim.FieldSimulator;
import org.alsstress.granules.sim.FieldSpec;
import org.alsstress.granules.sim.Scenario;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Condition, replicate and file names a spreadsheet would run as formulas: every CSV the suite writes holds them
 * neutralised (a leading '), and reading them back through the suite gives the names as typed.
 */
public class FormulaInjectionTest {

	@ClassRule
	public static TemporaryFolder tmp = new TemporaryFolder();

	private static final String STRESSED = "=HYPERLINK(\"http://evil\",\"arsenite\")", CONTROL = "@SUM(1+1)*cmd|' /C calc'!A0",
		REPLICATE = "+1+1";

	/** A cell a spreadsheet would take for a formula: = + - @ tab or CR first, and not a number. */
	private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\\t\\r](?![0-9.]+([eE][+-]?[0-9]+)?$).*", Pattern.DOTALL);

	@Test
	public void everyCsvIsSafeToOpenAndReadsBackAsTyped() throws IOException {
		Path input = tmp.newFolder("fields").toPath();
		FieldSimulator.simulate(Scenario.ARSENITE, 8, FieldSpec.of(512, 512)).writeImage(input, "-arsenite");
		FieldSimulator.simulate(Scenario.CONTROL, 9, FieldSpec.of(512, 512)).writeImage(input, "=control");
		Path sheet = input.resolve("conditions.csv");
		Files.write(sheet, List.of("image,condition,replicate", "-arsenite.tif,\"" + STRESSED.replace("\"", "\"\"") +
			"\"," + REPLICATE, "=control.tif," + CONTROL + "," + REPLICATE));
		Path results = tmp.getRoot().toPath().resolve("results");
		Cli run = Cli.run("segment-stress-granules", "--input", input.toString(), "--conditions", sheet.toString(),
			"--output", results.toString(), "--include_edge_cells", "true");
		assertEquals(run.toString(), Main.OK, run.code);
		Path summary = tmp.getRoot().toPath().resolve("summary");
		Cli summarize = Cli.run("summarize-experiment", "--measurements", results.toString(), "--output", summary
			.toString(), "--metric", "cells", "--control_group", CONTROL);
		assertEquals(summarize.toString(), Main.OK, summarize.code);

		int cells = 0;
		for (Path csv : csvFiles(tmp.getRoot().toPath().resolve("results"), summary))
			for (String cell : rawCells(csv)) {
				assertFalse(csv + " holds a formula cell: " + cell, FORMULA.matcher(cell).matches());
				cells++;
			}
		assertTrue(cells > 100);

		DataTable images = TableFiles.read(results.resolve("images.csv"));
		Set<String> names = new HashSet<>(), conditions = new HashSet<>();
		for (int r = 0; r < images.rowCount(); r++) {
			names.add(images.getString(r, "image"));
			conditions.add(images.getString(r, "condition"));
			assertEquals(REPLICATE, images.getString(r, "replicate"));
		}
		assertEquals(Set.of("-arsenite.tif", "=control.tif"), names);
		assertEquals(Set.of(STRESSED, CONTROL), conditions);
		DataTable groups = TableFiles.read(summary.resolve("summary.csv"));
		Set<String> summarised = new HashSet<>();
		for (int r = 0; r < groups.rowCount(); r++) {
			summarised.add(groups.getString(r, "group"));
			if (groups.getString(r, "test").equals("control")) assertEquals(CONTROL, groups.getString(r, "group"));
		}
		assertEquals(Set.of(STRESSED, CONTROL), summarised);
		assertTrue(Files.readString(summary.resolve("summary.csv")).contains("'" + CONTROL));
	}

	private static List<Path> csvFiles(Path... folders) throws IOException {
		List<Path> files = new java.util.ArrayList<>();
		for (Path f : folders)
			try (Stream<Path> walk = Files.walk(f)) {
				files.addAll(walk.filter(p -> p.toString().endsWith(".csv")).collect(Collectors.toList()));
			}
		return files;
	}

	/** Cells as a spreadsheet sees them: split at commas outside quotes, quotes removed. */
	private static List<String> rawCells(Path csv) throws IOException {
		List<String> cells = new java.util.ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		String text = Files.readString(csv, StandardCharsets.UTF_8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else quoted = !quoted;
			}
			else if (!quoted && (c == ',' || c == '\n')) {
				cells.add(cell.toString().replaceAll("\r$", ""));
				cell.setLength(0);
			}
			else cell.append(c);
		}
		return cells;
	}
}
