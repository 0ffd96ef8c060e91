package org.alsstress.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A wide table with named, ordered columns: the per-object tables
 * ({@code bands.csv}, {@code cells.csv}, {@code groups.csv}, ...). Cells hold
 * numbers, booleans or text; tables read back from CSV hold text, which the
 * typed getters parse.
 */
public final class DataTable {

	private final List<String> columns;
	private final List<Object[]> rows = new ArrayList<>();

	public DataTable(String... columns) {
		this(List.of(columns));
	}

	public DataTable(List<String> columns) {
		if (columns.isEmpty()) throw new IllegalArgumentException("a table needs columns");
		if (columns.stream().distinct().count() != columns.size())
			throw new IllegalArgumentException("duplicate column names: " + columns);
		this.columns = List.copyOf(columns);
	}

	public DataTable addRow(Object... values) {
		if (values.length != columns.size()) throw new IllegalArgumentException("row has " +
			values.length + " values, table has " + columns.size() + " columns " + columns);
		rows.add(values.clone());
		return this;
	}

	/** Replaces one value. */
	public DataTable set(int row, String column, Object value) {
		rows.get(row)[columnIndex(column)] = value;
		return this;
	}

	/** Appends all rows of a table with the same columns. */
	public DataTable addRows(DataTable other) {
		if (!other.columns.equals(columns)) throw new IllegalArgumentException(
			"columns differ: " + other.columns + " vs " + columns);
		for (Object[] row : other.rows)
			rows.add(row.clone());
		return this;
	}

	public List<String> columns() {
		return columns;
	}

	public int rowCount() {
		return rows.size();
	}

	public int columnIndex(String column) {
		int index = columns.indexOf(column);
		if (index < 0) throw new IllegalArgumentException("no column '" + column + "' in " +
			columns);
		return index;
	}

	public boolean hasColumn(String column) {
		return columns.contains(column);
	}

	public Object get(int row, String column) {
		return rows.get(row)[columnIndex(column)];
	}

	public Object get(int row, int column) {
		return rows.get(row)[column];
	}

	public List<Object> row(int row) {
		return Collections.unmodifiableList(java.util.Arrays.asList(rows.get(row)));
	}

	public String getString(int row, String column) {
		Object value = get(row, column);
		return value == null ? "" : value.toString();
	}

	/** The cell as a number; empty or missing cells are NaN. */
	public double getDouble(int row, String column) {
		Object value = get(row, column);
		if (value instanceof Number) return ((Number) value).doubleValue();
		if (value == null) return Double.NaN;
		String text = value.toString().trim();
		if (text.isEmpty() || text.equalsIgnoreCase("NA") || text.equalsIgnoreCase("NaN"))
			return Double.NaN;
		if (text.equals("Inf")) return Double.POSITIVE_INFINITY;
		if (text.equals("-Inf")) return Double.NEGATIVE_INFINITY;
		try {
			return Double.parseDouble(text);
		}
		catch (NumberFormatException e) {
			throw new UserInputException("column '" + column + "', row " + (row + 1) + ": '" + text +
				"' is not a number");
		}
	}

	public boolean getBoolean(int row, String column) {
		Object value = get(row, column);
		if (value instanceof Boolean) return (Boolean) value;
		return value != null && Boolean.parseBoolean(value.toString().trim());
	}

	public double[] doubleColumn(String column) {
		double[] values = new double[rows.size()];
		for (int r = 0; r < values.length; r++)
			values[r] = getDouble(r, column);
		return values;
	}
}
