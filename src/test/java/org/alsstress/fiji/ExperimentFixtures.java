package org.alsstress.fiji;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import ij.IJ;
import ij.ImagePlus;

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

	/**
	 * A folder of two synthetic stress-granule fields, "arsenite rep1" with granules in every cell and
	 * "untreated rep1" without, and its conditions.csv (patterns arsenite*, untreated*).
	 */
	static Path writeStressGranuleFolder(final Path folder) throws IOException {
		Files.createDirectories(folder);
		SyntheticFields.write(folder, "arsenite rep1", true, 1);
		SyntheticFields.write(folder, "untreated rep1", false, 2);
		Files.write(folder.resolve("conditions.csv"), Arrays.asList("pattern,condition,replicate",
			"arsenite*,arsenite,1", "untreated*,control,1"));
		return folder;
	}

	/**
	 * The experiment layout of Run_Both_Assays.py: blots/blot1_pTBK1.tif and _TBK1.tif (the same 6-lane
	 * gel twice: every ratio is 1) with blot1_samples.csv, and stress_granules/ as above.
	 */
	static void writeBothAssaysExperiment(final Path experiment) throws IOException {
		final Path blots = Files.createDirectories(experiment.resolve("blots"));
		final ImagePlus gel = IJ.openImage(copyResource("blots/imagej_sample_gel.gif", blots).toString());
		IJ.saveAsTiff(gel, blots.resolve("blot1_pTBK1.tif").toString());
		IJ.saveAsTiff(gel, blots.resolve("blot1_TBK1.tif").toString());
		Files.delete(blots.resolve("imagej_sample_gel.gif"));
		Files.move(copyResource("blots/samples.csv", blots), blots.resolve("blot1_samples.csv"));
		writeStressGranuleFolder(experiment.resolve("stress_granules"));
	}

	/** A test resource of this package copied into a folder under its own name. */
	static Path copyResource(final String name, final Path folder) throws IOException {
		final Path target = folder.resolve(name.substring(name.lastIndexOf('/') + 1));
		try (InputStream in = ExperimentFixtures.class.getResourceAsStream(name)) {
			if (in == null) throw new IOException("no test resource " + name);
			Files.copy(in, target);
		}
		return target;
	}
}
