package org.alsstress.realdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A truth file next to real test images: a CSV whose first line names the columns, no quoting (lists inside a
 * field are separated by ';'). Rows are maps from column name to text.
 */
public final class TruthTable {

	public final String resource;
	public final List<String> columns;
	public final List<Map<String, String>> rows;

	private TruthTable(String resource, List<String> columns, List<Map<String, String>> rows) {
		this.resource = resource;
		this.columns = columns;
		this.rows = rows;
	}

	public static TruthTable read(String resource) throws IOException {
		try (InputStream in = TruthTable.class.getResourceAsStream(resource)) {
			if (in == null)
				throw new IOException("no resource " + resource);
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String> columns = Arrays.asList(reader.readLine().split(","));
			List<Map<String, String>> rows = new ArrayList<>();
			String line;
			int number = 1;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.trim().isEmpty())
					continue;
				String[] cells = line.split(",", -1);
				if (cells.length != columns.size())
					throw new IOException(resource + " line " + number + ": " + cells.length + " fields, the header names "
						+ columns.size());
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < cells.length; i++)
					row.put(columns.get(i), cells[i]);
				rows.add(row);
			}
			return new TruthTable(resource, columns, rows);
		}
	}

	/** A ';'-separated list of numbers; "-" or an empty field is the empty list. */
	public static double[] numbers(String field) {
		if (field.isEmpty() || field.equals("-"))
			return new double[0];
		String[] parts = field.split(";");
		double[] values = new double[parts.length];
		for (int i = 0; i < parts.length; i++)
			values[i] = Double.parseDouble(parts[i].trim());
		return values;
	}

	/** A ';'-separated list of ranges "a-b"; "-" or an empty field is the empty list. */
	public static double[][] ranges(String field) {
		if (field.isEmpty() || field.equals("-"))
			return new double[0][];
		String[] parts = field.split(";");
		double[][] values = new double[parts.length][];
		for (int i = 0; i < parts.length; i++) {
			String[] ends = parts[i].trim().split("-");
			if (ends.length != 2)
				throw new IllegalArgumentException("not a range a-b: " + parts[i]);
			values[i] = new double[] { Double.parseDouble(ends[0]), Double.parseDouble(ends[1]) };
		}
		return values;
	}
}
