package org.alsstress.fiji;

import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ij.measure.ResultsTable;
import ij.plugin.filter.Analyzer;

/**
 * Publishes a wide results table as an ImageJ 1.x {@link ResultsTable} with a
 * stable title, so that a macro can read it with {@code getResult},
 * {@code getResultString} and {@code Table.get}.
 * <p>
 * With a display, the table opens in its own window under its title
 * ({@code Table.get("ratio", 0, "TBK1 Lanes")}). Headless, ImageJ 1.x finds
 * named tables only through their windows, which cannot exist; there the
 * table also becomes the system "Results" table, so {@code getResult("ratio", 0)}
 * and {@code Table.get("ratio", 0)} read the table published last. Every
 * published table stays retrievable by title from Java, Jython or Groovy with
 * {@link #get(String)}.
 */
public final class ResultTables {

	private static final Map<String, ResultsTable> PUBLISHED = new ConcurrentHashMap<>();

	private ResultTables() {}

	/**
	 * @param columns column headings in order
	 * @param rows one list of values per row, in column order; a {@link Number}
	 *          becomes a number, a {@link Boolean} 1 or 0, text that reads as a
	 *          number a number, other text stays text, {@code null} NaN
	 */
	public static ResultsTable publish(final String title, final List<String> columns,
		final List<? extends List<?>> rows)
	{
		final ResultsTable table = toResultsTable(columns, rows);
		PUBLISHED.put(title, table);
		if (GraphicsEnvironment.isHeadless()) {
			Analyzer.setResultsTable(table);
		}
		else {
			table.show(title);
		}
		return table;
	}

	/** The table published last under this title, or null. */
	public static ResultsTable get(final String title) {
		return PUBLISHED.get(title);
	}

	static ResultsTable toResultsTable(final List<String> columns, final List<? extends List<?>> rows) {
		final ResultsTable table = new ResultsTable();
		table.setPrecision(4);
		table.showRowNumbers(false);
		for (int row = 0; row < rows.size(); row++) {
			final List<?> values = rows.get(row);
			if (values.size() != columns.size()) {
				throw new IllegalArgumentException("Row " + (row + 1) + " has " + values.size() +
					" values for " + columns.size() + " columns");
			}
			table.incrementCounter();
			for (int column = 0; column < columns.size(); column++) {
				set(table, columns.get(column), row, values.get(column));
			}
		}
		return table;
	}

	private static void set(final ResultsTable table, final String column, final int row, final Object value) {
		if (value == null) table.setValue(column, row, Double.NaN);
		else if (value instanceof Number) table.setValue(column, row, ((Number) value).doubleValue());
		else if (value instanceof Boolean) table.setValue(column, row, (Boolean) value ? 1 : 0);
		else {
			final Double number = asNumber(value.toString());
			if (number != null) table.setValue(column, row, number);
			else table.setValue(column, row, value.toString());
		}
	}

	private static Double asNumber(final String text) {
		final String trimmed = text.trim();
		if (trimmed.isEmpty()) return Double.NaN;
		try {
			return Double.valueOf(trimmed);
		}
		catch (final NumberFormatException e) {
			return null;
		}
	}
}
