package org.alsstress.fiji;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;

import ij.IJ;

import org.alsstress.model.DataTable;
import ij.measure.ResultsTable;

import org.junit.Test;

public class ResultTablesTest {

	private static final List<String> COLUMNS = Arrays.asList("lane", "sample", "ratio", "saturated", "p_value");

	@Test
	public void aMacroReadsThePublishedValues() {
		final ResultsTable table = ResultTables.publish("TBK1 Lanes", COLUMNS, Arrays.asList(
			Arrays.asList(1, "WT day 1", 0.8125, false, "0.031"),
			Arrays.asList(2, "SOD1 G93A", 2.4375, true, null)));

		final String read = IJ.runMacro(
			"return '' + nResults + ';' + getResult('ratio', 1) + ';' + getResultString('sample', 0) + ';' +\n" +
			"  Table.get('ratio', 0) + ';' + Table.getString('sample', 1) + ';' + getResult('saturated', 1) + ';' +\n" +
			"  getResult('p_value', 0) + ';' + isNaN(getResult('p_value', 1)) + ';' + Table.get('lane', 1, 'Results');");
		assertEquals("2;2.4375;WT day 1;0.8125;SOD1 G93A;1;0.031;1;2", read);
		assertSame(table, ResultTables.get("TBK1 Lanes"));
	}

	@Test
	public void theLastPublishedTableIsTheOneMacrosSeeHeadless() {
		assertTrue("tests run headless", java.awt.GraphicsEnvironment.isHeadless());
		ResultTables.publish("First", Arrays.asList("value"), Arrays.asList(Arrays.asList(1.0)));
		ResultTables.publish("Second", Arrays.asList("value"), Arrays.asList(Arrays.asList(7.0), Arrays.asList(9.0)));
		assertEquals("9", IJ.runMacro("return '' + getResult('value', 1);"));
		assertEquals(1, ResultTables.get("First").size());
	}

	@Test
	public void aMacroSelectsAnEarlierTableByTitle() {
		final DataTable lanes = new DataTable("lane", "normalized_ratio").addRow(1, 1.0).addRow(2, 3.5);
		ResultTables.publish("lanes.csv", lanes);
		ResultTables.publish("groups.csv", new DataTable("group", "n").addRow("control", 3));
		assertEquals("2;3.5;1", IJ.runMacro(
			"rows = call('org.alsstress.fiji.ResultTables.select', 'lanes.csv');\n" +
			"return rows + ';' + getResult('normalized_ratio', 1) + ';' + getResult('lane', 0);"));
		assertTrue(ResultTables.select("never published.csv").contains("lanes.csv"));
	}

	@Test
	public void aHugeTableStaysInItsFileAndSelectSaysSo() {
		final DataTable granules = new DataTable("granule_id");
		for (int i = 0; i <= ResultTables.MAX_ROWS; i++) granules.addRow(i + 1);
		assertNull(ResultTables.publish("granules.csv", granules));
		assertNull(ResultTables.get("granules.csv"));
		final String message = ResultTables.select("granules.csv");
		assertTrue(message, message.contains("100001 rows") && message.contains("read the file granules.csv"));
	}

	@Test
	public void booleanColumnsReadBackFromAFileGiveZeroAndOne() {
		// TableFiles.read gives text: "true"/"false" must still be 1/0 to getResult, as from the command itself
		final DataTable cells = new DataTable("cell", "edge", "sample").addRow(1, "true", "true").addRow(2, "false", "x")
			.addRow(3, "", "y");
		ResultTables.publish("cells.csv", cells);
		assertEquals("1;0;1;true", IJ.runMacro("return '' + getResult('edge', 0) + ';' + getResult('edge', 1) + ';' + " +
			"isNaN(getResult('edge', 2)) + ';' + getResultString('sample', 0);"));
	}

	@Test
	public void clearingForgetsTheTablesFolderAndErrorOfTheRunBefore() {
		ResultTables.publish("lanes.csv", new DataTable("lane").addRow(1).addRow(2));
		ResultTables.recordResultsFolder("/data/results");
		ResultTables.recordError("Quantify TBK1 Bands: no target");
		ResultTables.clear();
		assertNull(ResultTables.get("lanes.csv"));
		assertEquals("", ResultTables.lastResultsFolder());
		assertEquals("", ResultTables.lastError());
		assertEquals("the Results table the run filled is empty", "0", IJ.runMacro("return '' + nResults;"));
		assertTrue(ResultTables.select("lanes.csv").startsWith("No results table 'lanes.csv'"));
	}

	@Test(expected = IllegalArgumentException.class)
	public void aRowOfTheWrongWidthIsRefused() {
		ResultTables.toResultsTable(COLUMNS, Arrays.asList(Arrays.asList(1, "short row")));
	}
}
