package org.alsstress.commands;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.alsstress.granules.sim.FieldSimulator;
import org.alsstress.granules.sim.FieldSpec;
import org.alsstress.granules.sim.Scenario;
import org.alsstress.granules.sim.SimulatedField;
import org.alsstress.model.DataTable;
import org.alsstress.model.UserInputException;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Writes simulated 4-channel stress-granule fields (DAPI, G3BP1, cell marker, cleaved caspase-3) at
 * 0.13 um per pixel with their ground truth, and a conditions.csv, so that the folder can be given
 * straight to Segment Stress Granules and its results compared with the truth.
 */
@Plugin(type = Command.class, menuPath = "Plugins>ALS Stress Toolkit>Utilities>Simulate Stress Granule Field",
	label = "Simulate Stress Granule Field")
public class SimulateStressGranuleField extends ToolkitCommand {
	/** Sub-folder for the truth tables and label images, so that a folder run sees only the fields. */
	public static final String TRUTH_FOLDER = "truth";
	public static final String CONDITIONS_FILE = "conditions.csv";

	@Parameter(label = "Output folder", style = "directory", persist = false,
		description = "Folder for the field images, conditions.csv, provenance.json and a 'truth' folder with the ground truth.")
	private File output;

	@Parameter(label = "Scenario", choices = {"control", "arsenite", "dim", "dense", "apoptotic"}, persist = false,
		description = "control: no granules; arsenite: 3-20 granules in most cells; dim: arsenite 5-10 times dimmer; "
			+ "dense: many touching cells; apoptotic: about 30 % apoptotic cells.")
	private String scenario = "arsenite";

	@Parameter(label = "Fields", min = "1", persist = false, description = "Number of images to write.")
	private int fields = 1;

	@Parameter(label = "Random seed", persist = false,
		description = "Seed of the first field; field k uses seed + k - 1. Same seed, same field.")
	private long seed = 1;

	@Parameter(label = "Width (px)", min = "64", persist = false, description = "Image width in pixels (0.13 um each).")
	private int width = 1024;

	@Parameter(label = "Height (px)", min = "64", persist = false, description = "Image height in pixels (0.13 um each).")
	private int height = 1024;

	@Parameter(label = "Overwrite the output folder", persist = false,
		description = "Write into the output folder even if it already holds files.")
	private boolean overwrite = false;

	@Override
	protected void execute() throws IOException {
		Scenario kind = Scenario.parse(scenario);
		if (fields < 1) throw new UserInputException("fields must be at least 1.");
		if (width < 64 || height < 64 || (long) width * height > 64L * 1024 * 1024) throw new UserInputException(
			"width and height must be at least 64 pixels (and the field at most 64 megapixels); got " + width + " x " +
				height + ".");
		Path folder = resultsFolder(output, overwrite);
		Path truth = folder.resolve(TRUTH_FOLDER);
		DataTable conditions = new DataTable("image", "condition", "replicate");
		List<Path> files = new ArrayList<>();
		for (int k = 1; k <= fields; k++) {
			progress(k - 1, fields, "Simulating field " + k + " of " + fields);
			String name = String.format(Locale.ROOT, "%s_%02d", kind.key(), k);
			SimulatedField field = FieldSimulator.simulate(kind, seed + k - 1, FieldSpec.of(width, height));
			files.add(field.writeImage(folder, name));
			files.addAll(field.writeTruth(truth, name));
			conditions.addRow(name + ".tif", kind.key(), k);
		}
		recordOutputs(files);
		writeTable(conditions, CONDITIONS_FILE);
	}
}
