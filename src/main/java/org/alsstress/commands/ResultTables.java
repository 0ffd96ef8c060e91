package org.alsstress.commands;

import ij.measure.ResultsTable;

import org.alsstress.model.DataTable;

/** Result tables as ImageJ 1.x ResultsTables, so that macros read them with Table.get / getResult. */
public final class ResultTables {
	private ResultTables() {}

	/** Numbers stay numbers; everything else becomes text. */
	public static ResultsTable of(DataTable table) {
		ResultsTable rt = new ResultsTable();
		for (int r = 0; r < table.rowCount(); r++) {
			rt.incrementCounter();
			for (String column : table.columns()) {
				Object value = table.get(r, column);
				String text = value == null ? "" : value.toString();
				if (value instanceof Number) rt.addValue(column, ((Number) value).doubleValue());
				else if (isNumber(text)) rt.addValue(column, Double.parseDouble(text));
				else rt.addValue(column, text);
			}
		}
		return rt;
	}

	private static boolean isNumber(String text) {
		try {
			Double.parseDouble(text);
			return true;
		}
		catch (NumberFormatException e) {
			return false;
		}
	}

	public static void show(DataTable table, String title) {
		of(table).show(title);
	}
}
