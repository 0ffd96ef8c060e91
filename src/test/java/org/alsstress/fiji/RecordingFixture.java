package org.alsstress.fiji;

import java.io.File;

import ij.ImagePlus;

import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;

/**
 * A command with one input of every kind the suite uses, so that the macro
 * recording test exercises numbers, files and choices even before the assay
 * commands exist. Deliberately not a {@code @Plugin}: it must not appear in
 * the suite's menu or command list.
 */
public class RecordingFixture extends ContextCommand {

	@Parameter(label = "Input folder", style = "directory", description = "Folder of images.")
	public File input_folder;

	@Parameter(label = "Sample sheet", required = false, description = "CSV sample sheet.")
	public File samples;

	@Parameter(label = "Lanes", min = "0", max = "40", description = "Lane count, 0 = automatic.")
	public int lanes = 0;

	@Parameter(label = "Pixel size (um)", min = "0", description = "0 = read the calibration.")
	public double pixel_size_um = 0;

	@Parameter(label = "Overwrite", description = "Write into a folder that holds files.")
	public boolean overwrite = false;

	@Parameter(label = "Background", choices = { "valley to valley", "rolling ball", "none" },
		description = "Background method.")
	public String background = "valley to valley";

	@Parameter(label = "Control group", required = false, description = "Reference group.")
	public String control_group = "";

	@Parameter(label = "Target image", required = false, description = "Open image.")
	public ImagePlus target;

	public boolean ran;

	@Override
	public void run() {
		ran = true;
	}
}
