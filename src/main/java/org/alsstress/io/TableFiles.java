package org.alsstress.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.alsstress.model.DataTable;
import org.alsstress.model.UserInputException;

/** Reads and writes {@link DataTable}s as CSV files. */
public final class TableFiles {

	private TableFiles() {}

	public static void write(DataTable table, Path file) throws IOException {
		List<List<?>> records = new ArrayList<>();
		records.add(table.columns());
		for (int r = 0; r < table.rowCount(); r++)
			records.add(table.row(r));
		Csv.write(file, records);
	}

	/** Reads a CSV file with a header line; cells come back as text. */
	public static DataTable read(Path file) throws IOException {
		List<List<String>> records = Csv.read(file);
		if (records.isEmpty()) throw new UserInputException("The table " + file +
			" is empty: it needs a header line.");
		DataTable table = new DataTable(records.get(0));
		for (int r = 1; r < records.size(); r++) {
			List<String> record = records.get(r);
			if (record.size() != table.columns().size()) throw new UserInputException("The table " +
				file + ", line " + (r + 1) + ": has " + record.size() + " fields but the header has " +
				table.columns().size() + ".");
			table.addRow(record.toArray());
		}
		return table;
	}
}
