package org.alsstress.io;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.Test;

public class CsvTest {

	@Test
	public void quotesOnlyWhatNeedsQuoting() throws Exception {
		StringWriter out = new StringWriter();
		Csv.write(out, List.of(List.of("plain", "a,b", "say \"hi\"", "two\nlines")));
		assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n", out.toString());
	}

	@Test
	public void parsesWhatItWrites() throws Exception {
		List<List<String>> records = List.of(List.of("a", "b,c", "d\"e", "f\r\ng", ""), List.of("",
			"x", " y ", "z", "w"));
		StringWriter out = new StringWriter();
		Csv.write(out, records);
		assertEquals(records, Csv.parse(out.toString()));
	}

	@Test
	public void readsLfLineEndsBomAndEmptyTrailingFields() throws Exception {
		assertEquals(List.of(List.of("lane", "group"), List.of("1", ""), List.of("2", "WT")), Csv
			.parse("\uFEFFlane,group\n1,\n2,WT\n"));
	}

	@Test
	public void readsSemicolonSheetsFromSpreadsheetPrograms() throws Exception {
		assertEquals(List.of(List.of("lane", "amount_ug"), List.of("1", "2,5")), Csv.parse(
			"lane;amount_ug\r\n1;2,5\r\n"));
	}

	@Test
	public void numbersUseDotsWhateverTheLocale() {
		Locale saved = Locale.getDefault();
		try {
			Locale.setDefault(Locale.GERMANY);
			assertEquals("0.125", Csv.format(0.125));
			assertEquals("3", Csv.format(3.0));
			assertEquals("", Csv.format(Double.NaN));
			assertEquals("-Inf", Csv.format(Double.NEGATIVE_INFINITY));
		}
		finally {
			Locale.setDefault(saved);
		}
	}

	@Test
	public void doublesSurviveTheRoundTripExactly() {
		for (double d : Arrays.asList(Math.PI, 1e-300, -2.5e17, 0.1 + 0.2, 123456.789))
			assertEquals(d, Double.parseDouble(Csv.format(d)), 0);
	}

	@Test
	public void cellsASpreadsheetWouldRunAsFormulasGetAQuoteAndReadBackAsWritten() throws Exception {
		List<String> formulas = List.of("=HYPERLINK(\"http://x\",\"click\")", "+1+cmd|' /C calc'!A0", "-2+3",
			"@SUM(A1:A9)", "\tWT", "\rKO", "'=already quoted", "''@twice");
		for (String text : formulas) {
			String raw = written(text);
			assertTrue(raw, raw.startsWith("sample,n\r\n'") || raw.startsWith("sample,n\r\n\"'"));
			assertEquals(text, Csv.parse(raw).get(1).get(0));
		}
		for (String text : List.of("plain", "'apostrophe", "WT-1", "a=b")) {
			assertEquals("sample,n\r\n" + text + ",1\r\n", written(text));
			assertEquals(text, Csv.parse(written(text)).get(1).get(0));
		}
	}

	private static String written(String cell) throws Exception {
		StringWriter out = new StringWriter();
		Csv.write(out, List.of(List.of("sample", "n"), List.of(cell, 1)));
		return out.toString();
	}

	@Test
	public void numbersStayNumbers() throws Exception {
		StringWriter out = new StringWriter();
		Csv.write(out, List.of(Arrays.asList(-0.5, "-0.5", "-3", "+4.5e-3", "-Inf", Double.NEGATIVE_INFINITY, -7)));
		assertEquals("-0.5,-0.5,-3,+4.5e-3,-Inf,-Inf,-7\r\n", out.toString());
	}
}
