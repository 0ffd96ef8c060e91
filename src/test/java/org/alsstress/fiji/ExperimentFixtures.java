package org.alsstress.fiji;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alsstress.io.MeasurementFiles;
import org.alsstress.model.Assay;
import org.alsstress.model.MeasuredObject;
import org.alsstress.model.MeasurementTable;

/** Small results folders with known values, for the script and macro tests. */
final class ExperimentFixtures {

	private ExperimentFixtures() {}

	/**
	 * Writes {@code <experiment>/<day>/measurements.csv}: one blot image, WT lanes
	 * 1..n and KO lanes n+1..2n with the given "ratio" values, replicate = day.
	 */
	static Path writeBlot(final Path experiment, final String day, final double[] wt, final double[] ko)
		throws IOException
	{
		final MeasurementTable table = new MeasurementTable();
		final MeasuredObject blot = MeasuredObject.of(Assay.TBK1_BLOT, "blot " + day + ".tif").withReplicate(day);
		for (int i = 0; i < wt.length; i++) table.add(blot.object("lane", i + 1).withGroup("WT"), "ratio", wt[i], "");
		for (int i = 0; i < ko.length; i++) {
			table.add(blot.object("lane", wt.length + i + 1).withGroup("KO"), "ratio", ko[i], "");
		}
		final Path folder = Files.createDirectories(experiment.resolve(day));
		MeasurementFiles.write(table, folder.resolve(MeasurementFiles.FILE_NAME));
		return folder;
	}

	/** Two blots; blot 2 exposed twice as long. Per replicate, KO / WT is 0.45 on day 1 and 0.35 on day 2. */
	static void writeTwoBlots(final Path experiment) throws IOException {
		writeBlot(experiment, "day 1", new double[] { 1.1, 0.9, 1.0 }, new double[] { 0.40, 0.50, 0.45 });
		writeBlot(experiment, "day 2", new double[] { 2.2, 1.8, 2.0 }, new double[] { 0.60, 0.80, 0.70 });
	}
}
