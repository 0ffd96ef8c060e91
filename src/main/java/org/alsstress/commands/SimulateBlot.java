package org.alsstress.commands;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.alsstress.blot.BlotSimulation;
import org.alsstress.blot.BlotSimulator;
import org.alsstress.blot.Role;
import org.alsstress.blot.SimulatedBlot;
import org.alsstress.blot.sim.ExportClass;
import org.alsstress.blot.sim.ExportLayout;
import org.alsstress.blot.sim.ImagerExportSimulator;
import org.alsstress.blot.sim.SimulatedExport;
import org.alsstress.model.UserInputException;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Writes a simulated pTBK1 / total TBK1 / loading-control blot triple with known band volumes, its
 * ground truth (truth.csv) and sample sheet (samples.csv): for checking settings before trusting them.
 */
@Plugin(type = Command.class, menuPath = "Plugins>ALS Stress Toolkit>Utilities>Simulate Blot", label = "Simulate Blot")
public class SimulateBlot extends ToolkitCommand {
	static final String CLASSIC = "classic", IMAGER_EXPORT = "imager_export";

	@Parameter(label = "Output folder", style = "directory", persist = false,
		description = "Folder for blot_target.tif, blot_reference.tif, blot_loading.tif (imager_export film and gels may be .png), truth.csv, samples.csv and provenance.json.")
	private File output;

	@Parameter(label = "Simulator family", choices = {CLASSIC, IMAGER_EXPORT}, persist = false,
		description = "classic: the blot alone, filling the image (style, difficulty, width, height, ladder, fold_change, "
			+ "saturated_lanes and empty_lanes apply). imager_export: a whole imager export drawn at random from the seed - the "
			+ "membrane, gel or film in a larger frame, marker lanes, cut strips, bubbles, dust, tilt and offsets between the "
			+ "images - of the kind export_class, with sample_lanes lanes; its truth also gives markers.csv, images.csv "
			+ "(registration, band windows) and layout.csv.")
	private String family = CLASSIC;

	@Parameter(label = "Export class", choices = {"clean_16bit", "hard_16bit", "film", "dna_gel"}, persist = false,
		description = "imager_export only: 16-bit chemiluminescence or fluorescence, clean or hard; scanned film; or the "
			+ "DNA-gel look (ladders with many bands, light on dark, 8-bit).")
	private String export_class = "clean_16bit";

	@Parameter(label = "Style", choices = {"16-bit imager", "16-bit inverted export", "8-bit film"}, persist = false,
		description = "16-bit light bands on dark, 16-bit dark bands on light, or an 8-bit film scan (dark on light).")
	private String style = "16-bit imager";

	@Parameter(label = "Difficulty", choices = {"clean", "hard"}, persist = false,
		description = "hard adds tilt, stronger smile and drift, misaligned images, blotchy background, more noise and an unspecific band.")
	private String difficulty = "clean";

	@Parameter(label = "Sample lanes", min = "2", persist = false,
		description = "Number of sample lanes; the first half is the control group, the rest the ALS group.")
	private int sample_lanes = 10;

	@Parameter(label = "Ladder lane", persist = false, description = "Add a molecular-weight ladder as the first lane.")
	private boolean ladder = false;

	@Parameter(label = "Width (px)", min = "100", persist = false, description = "Image width in pixels.")
	private int width = 800;

	@Parameter(label = "Height (px)", min = "100", persist = false, description = "Image height in pixels.")
	private int height = 400;

	@Parameter(label = "Fold change", min = "0", persist = false,
		description = "True pTBK1/TBK1 fold change of the ALS group over the control group.")
	private double fold_change = 2.0;

	@Parameter(label = "Saturated lanes", required = false, persist = false,
		description = "Sample lanes (e.g. '2 7') whose target and reference bands are overexposed.")
	private String saturated_lanes = "";

	@Parameter(label = "Empty lanes", required = false, persist = false,
		description = "Sample lanes (e.g. '4') loaded with nothing.")
	private String empty_lanes = "";

	@Parameter(label = "Random seed", persist = false, description = "Same seed, same blot.")
	private long seed = 1;

	@Parameter(label = "Overwrite the output folder", persist = false,
		description = "Write into the output folder even if it already holds files.")
	private boolean overwrite = false;

	@Override
	protected void execute() throws IOException {
		if (IMAGER_EXPORT.equals(family)) {
			if (sample_lanes < 2 || sample_lanes > 40) throw new UserInputException("sample_lanes must be between 2 and 40 for imager_export.");
			SimulatedExport blot = ImagerExportSimulator.simulate(ExportLayout.random(ExportClass.fromKey(export_class),
				sample_lanes, seed));
			recordOutputs(blot.write(resultsFolder(output, overwrite)));
			return;
		}
		if (!CLASSIC.equals(family)) throw new UserInputException("family must be " + CLASSIC + " or " + IMAGER_EXPORT + ".");
		BlotSimulation s = "hard".equals(difficulty) ? BlotSimulation.hard16Bit(seed) : BlotSimulation.clean16Bit(seed);
		s.film = style.startsWith("8-bit");
		s.inverted_export = style.contains("inverted");
		s.sample_lanes = sample_lanes;
		s.ladder = ladder;
		s.width = width;
		s.height = height;
		s.fold_change = fold_change;
		s.saturated_lanes = laneList(saturated_lanes, "saturated_lanes");
		s.empty_lanes = laneList(empty_lanes, "empty_lanes");
		if (sample_lanes < 2 || width < 100 || height < 100 || !(fold_change > 0)) throw new UserInputException(
			"sample_lanes must be at least 2, width and height at least 100 pixels, and fold_change positive.");
		SimulatedBlot blot = BlotSimulator.simulate(s);
		Path folder = resultsFolder(output, overwrite);
		blot.write(folder);
		List<Path> files = new ArrayList<>();
		for (Role role : Role.values())
			files.add(folder.resolve(blot.fileName(role)));
		files.add(folder.resolve(SimulatedBlot.TRUTH_FILE));
		files.add(folder.resolve(SimulatedBlot.SAMPLES_FILE));
		recordOutputs(files);
	}

	private int[] laneList(String text, String parameter) {
		if (text == null || text.trim().isEmpty()) return new int[0];
		String[] parts = text.trim().split("[\\s,;]+");
		int[] lanes = new int[parts.length];
		for (int i = 0; i < parts.length; i++) {
			try {
				lanes[i] = Integer.parseInt(parts[i]);
			}
			catch (NumberFormatException e) {
				lanes[i] = 0;
			}
			if (lanes[i] < 1 || lanes[i] > sample_lanes) throw new UserInputException(parameter + " '" + text
				+ "': give lane numbers between 1 and " + sample_lanes + ", separated by spaces.");
		}
		return lanes;
	}
}
