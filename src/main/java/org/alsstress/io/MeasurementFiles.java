package org.alsstress.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.alsstress.model.DataTable;
import org.alsstress.model.MeasuredObject;
import org.alsstress.model.Measurement;
import org.alsstress.model.MeasurementTable;
import org.alsstress.model.UserInputException;

/** The tidy {@code measurements.csv} format, written and read back. */
public final class MeasurementFiles {

	public static final String FILE_NAME = "measurements.csv";

	public static final List<String> COLUMNS = List.of("assay", "image", "series", "object_kind",
		"object_id", "sample", "group", "replicate", "metric", "value", "unit");

	private MeasurementFiles() {}

	public static DataTable toTable(MeasurementTable measurements) {
		DataTable table = new DataTable(COLUMNS);
		for (Measurement m : measurements) {
			MeasuredObject o = m.object();
			table.addRow(o.assay(), o.image(), o.series(), o.kind(), o.id(), o.sample(), o.group(), o
				.replicate(), m.metric(), m.value(), m.unit());
		}
		return table;
	}

	public static void write(MeasurementTable measurements, Path file) throws IOException {
		TableFiles.write(toTable(measurements), file);
	}

	public static MeasurementTable read(Path file) throws IOException {
		DataTable table = TableFiles.read(file);
		for (String column : COLUMNS)
			if (!table.hasColumn(column)) throw new UserInputException(file +
				" is not a measurements table: column '" + column + "' is missing. Use the " +
				FILE_NAME + " that a toolkit command wrote.");
		MeasurementTable measurements = new MeasurementTable();
		for (int r = 0; r < table.rowCount(); r++) {
			MeasuredObject object = MeasuredObject.of(table.getString(r, "assay"), table.getString(r,
				"image"), table.getString(r, "series"), table.getString(r, "object_kind"), table
					.getString(r, "object_id"), table.getString(r, "sample"), table.getString(r, "group"),
				table.getString(r, "replicate"));
			measurements.add(object, table.getString(r, "metric"), table.getDouble(r, "value"), table
				.getString(r, "unit"));
		}
		return measurements;
	}
}
