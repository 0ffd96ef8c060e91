package org.alsstress.commands;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.alsstress.granules.domains.DomainField;
import org.alsstress.granules.domains.DomainGenerator;
import org.alsstress.granules.domains.Regime;
import org.alsstress.model.DataTable;
import org.alsstress.model.UserInputException;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Writes fields of the domain-randomised generator (calibrated 4-channel TIFFs: DAPI, G3BP1, cell marker,
 * cleaved caspase-3) of one regime, with their truth in a 'truth' folder and a conditions.csv, ready for
 * Segment Stress Granules. Regime busy-arsenite is the benchmark fixture.
 */
@Plugin(type = Command.class, menuPath = "Plugins>ALS Stress Toolkit>Utilities>Simulate Validation Fields",
	label = "Simulate Validation Fields")
public class SimulateValidationFields extends ToolkitCommand {
	public static final String CONDITIONS_FILE = "conditions.csv";

	@Parameter(label = "Output folder", style = "directory", persist = false,
		description = "Folder for the field images, conditions.csv, provenance.json and a 'truth' folder.")
	private File output;

	@Parameter(label = "Regime", persist = false,
		description = "arsenite, dim, dense, perinuclear, low-contrast, control, apoptotic, debris, confocal, " +
			"mixed-tuning (tuning); emccd, small-pixels, large-pixels, irregular, eight-bit, hazy, control-held-out, " +
			"mixed-held-out (held out); busy-arsenite (benchmark fixture: 1024 x 1024 at 0.13 um/px, about 40 cells " +
			"and 470 granules).")
	private String regime = "busy-arsenite";

	@Parameter(label = "Fields", min = "1", persist = false, description = "Number of images to write.")
	private int fields = 1;

	@Parameter(label = "Random seed", persist = false,
		description = "Run seed: the same seed, regime and field number give the same field.")
	private long seed = 1;

	@Parameter(label = "Overwrite the output folder", persist = false,
		description = "Write into the output folder even if it already holds files.")
	private boolean overwrite = false;

	@Override
	protected void execute() throws IOException {
		Regime kind = Regime.parse(regime);
		if (fields < 1 || fields > 10_000) throw new UserInputException("fields must be between 1 and 10000; got " +
			fields + ".");
		Path folder = resultsFolder(output, overwrite);
		DataTable conditions = new DataTable("image", "condition", "replicate");
		List<Path> files = new ArrayList<>();
		for (int k = 0; k < fields; k++) {
			progress(k, fields, "Simulating field " + (k + 1) + " of " + fields);
			String name = String.format(Locale.ROOT, "%s_%02d", kind.key(), k + 1);
			DomainField field = DomainGenerator.generate(kind, seed, k);
			files.addAll(field.write(folder, name));
			conditions.addRow(name + ".tif", kind.key(), k + 1);
		}
		recordOutputs(files);
		writeTable(conditions, CONDITIONS_FILE);
	}
}
