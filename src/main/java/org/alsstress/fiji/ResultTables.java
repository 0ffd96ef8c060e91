package org.alsstress.fiji;

import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ij.WindowManager;
import ij.measure.ResultsTable;
import ij.plugin.filter.Analyzer;
import ij.text.TextWindow;

import org.alsstress.model.DataTable;

/**
 * Publishes a wide results table as an ImageJ 1.x {@link ResultsTable} with a
 * stable title, so that a macro can read it with {@code getResult},
 * {@code getResultString} and {@code Table.get}.
 * <p>
 * With a display, the table opens in its own window under its title
 * ({@code Table.get("ratio", 0, "TBK1 Lanes")}). Headless, ImageJ 1.x finds
 * named tables only through their windows, which cannot exist; there the
 * table also becomes the system "Results" table, so {@code getResult("ratio", 0)}
 * and {@code Table.get("ratio", 0)} read the table published last, and
 * {@code call("org.alsstress.fiji.ResultTables.select", "lanes.csv")} brings
 * back an earlier one. Every published table stays retrievable by title from
 * Java, Jython or Groovy with {@link #get(String)}, and
 * {@code call("org.alsstress.fiji.ResultTables.lastResultsFolder")} tells a
 * macro where the last command wrote its files.
 * <p>
 * Each run starts from a clean slate ({@link #clear()}): the tables, results
 * folder and error of the run before are forgotten, so that a macro never
 * reads an earlier run's results as those of a run that failed.
 * {@code call("org.alsstress.fiji.ResultTables.lastError")} is the message of
 * the last run that failed, "" after a run that did not.
 */
public final class ResultTables {

	/** Larger tables (e.g. every granule of a big folder) stay in their CSV file: a window would not cope. */
	public static final int MAX_ROWS = 100_000;

	private static final Map<String, ResultsTable> PUBLISHED = new ConcurrentHashMap<>();
	private static final Map<String, Integer> TOO_LARGE = new ConcurrentHashMap<>();

	private static volatile String lastResultsFolder = "";
	private static volatile String lastError = "";

	private ResultTables() {}

	/**
	 * Publishes a results table under a stable title, e.g. its file name
	 * {@code lanes.csv}; returns null, publishing nothing, for a table of more
	 * than {@link #MAX_ROWS} rows.
	 */
	public static ResultsTable publish(final String title, final DataTable table) {
		if (table.rowCount() > MAX_ROWS) {
			PUBLISHED.remove(title);
			TOO_LARGE.put(title, table.rowCount());
			return null;
		}
		TOO_LARGE.remove(title);
		final List<List<Object>> rows = new ArrayList<>();
		for (int row = 0; row < table.rowCount(); row++) rows.add(table.row(row));
		return publish(title, table.columns(), rows);
	}

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

	/**
	 * Makes a published table the "Results" table that {@code getResult} and
	 * {@code nResults} read. For macros: {@code call("org.alsstress.fiji.ResultTables.select", title)}.
	 *
	 * @return the number of rows, as text (macro {@code call} returns text), or
	 *         an error message naming the tables there are
	 */
	public static String select(final String title) {
		final ResultsTable table = PUBLISHED.get(title);
		if (TOO_LARGE.containsKey(title)) {
			return "The table '" + title + "' has " + TOO_LARGE.get(title) + " rows, too many for a results " +
				"table; read the file " + title + " in the results folder instead";
		}
		if (table == null) return "No results table '" + title + "'; there are: " + PUBLISHED.keySet();
		if (GraphicsEnvironment.isHeadless()) {
			Analyzer.setResultsTable(table);
		}
		else {
			// With windows, getResult reads the table in front; leave the user's "Results" alone.
			table.show(title);
			final Window window = WindowManager.getWindow(title);
			if (window != null) {
				window.toFront();
				WindowManager.setWindow(window);
			}
		}
		return Integer.toString(table.size());
	}

	/**
	 * Forgets the tables, results folder and error of earlier runs; their windows close (headless: the
	 * "Results" table they filled is emptied). The files in the results folders stay.
	 */
	public static synchronized void clear() {
		PUBLISHED.forEach(ResultTables::withdraw);
		PUBLISHED.clear();
		TOO_LARGE.clear();
		lastResultsFolder = "";
		lastError = "";
	}

	private static void withdraw(final String title, final ResultsTable table) {
		if (GraphicsEnvironment.isHeadless()) {
			if (Analyzer.getResultsTable() == table) Analyzer.setResultsTable(new ResultsTable());
			return;
		}
		final Window window = WindowManager.getWindow(title);
		if (window instanceof TextWindow && ((TextWindow) window).getTextPanel().getResultsTable() == table) {
			((TextWindow) window).close(false);
		}
	}

	/** Remembers why the command that ran last failed. */
	public static void recordError(final String message) {
		lastError = message == null ? "" : message;
	}

	/** Why the command that ran last failed, "" when it did not (or before any). */
	public static String lastError() {
		return lastError;
	}

	/** Remembers where the command that ran last wrote its results. */
	public static void recordResultsFolder(final String folder) {
		lastResultsFolder = folder;
	}

	/** The results folder of the command that ran last, "" before any. */
	public static String lastResultsFolder() {
		return lastResultsFolder;
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
		}
		final boolean[] booleans = new boolean[columns.size()];
		for (int column = 0; column < columns.size(); column++) booleans[column] = isBooleanColumn(rows, column);
		for (int row = 0; row < rows.size(); row++) {
			final List<?> values = rows.get(row);
			table.incrementCounter();
			for (int column = 0; column < columns.size(); column++) {
				final Object value = values.get(column);
				final boolean asBoolean = booleans[column] && value != null && !value.toString().trim().isEmpty();
				set(table, columns.get(column), row, asBoolean ? (Object) Boolean.valueOf(value.toString().trim()) : value);
			}
		}
		return table;
	}

	/**
	 * A column of true/false values, as Booleans or as the text a CSV file holds (blanks allowed): given
	 * to {@code getResult} as 1 and 0, whether the table comes from a command or from its file.
	 */
	private static boolean isBooleanColumn(final List<? extends List<?>> rows, final int column) {
		boolean any = false;
		for (final List<?> row : rows) {
			final Object value = row.get(column);
			if (value == null || value instanceof Boolean) {
				any |= value != null;
				continue;
			}
			final String text = value.toString().trim();
			if (text.isEmpty()) continue;
			if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) return false;
			any = true;
		}
		return any;
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
