package org.alsstress.granules.validation;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.alsstress.granules.sim.Scenario;
import org.alsstress.model.UserInputException;
import org.junit.Test;

public class ValidationReportTest {

	@Test
	public void seedsAreReadAsRangesAndLists() {
		assertArrayEquals(new long[] { 21, 22, 23 }, ValidationReport.parseSeeds("21-23"));
		assertArrayEquals(new long[] { 11, 12, 5 }, ValidationReport.parseSeeds("11,12 5"));
		assertEquals("21-23", ValidationReport.seedText(new long[] { 21, 22, 23 }));
		assertEquals("11,12", ValidationReport.seedText(new long[] { 11, 12 }));
	}

	@Test(expected = UserInputException.class)
	public void aBackwardRangeIsRefused() {
		ValidationReport.parseSeeds("30-21");
	}

	@Test
	public void aRowPoolsItsFieldsCellByCell() {
		GranuleAccuracy a = GranuleAccuracy.of(Scenario.DENSE, 1, 512), b = GranuleAccuracy.of(Scenario.DENSE, 2,
			512);
		ValidationReport.Row row = new ValidationReport.Row(Scenario.DENSE, List.of(a, b));
		assertEquals(a.cells + b.cells, row.cells);
		assertTrue(row.cells > 0);
		assertEquals((a.countBias * a.cells + b.countBias * b.cells) / row.cells, row.countBias, 1e-9);
		assertEquals((double) (a.falseGranules + b.falseGranules) / row.cells, row.falseGranulesPerCell, 1e-9);
		assertEquals(a.granules.truePositives() + b.granules.truePositives(), row.granules.truePositives());
		assertEquals(100.0 * (a.trueSgPositive + b.trueSgPositive) / row.cells, row.truePctSg, 1e-9);

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ValidationReport.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), List.of(row), new long[] { 1, 2 },
			1);
		String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
		// caption, blank line, header, separator, one row
		assertEquals(5, lines.length);
		assertTrue(lines[4], lines[4].startsWith("| dense | " + row.cells + " | "));
		assertEquals(lines[2].split("\\|").length, lines[4].split("\\|").length);
	}
}
