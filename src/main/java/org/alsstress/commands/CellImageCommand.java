package org.alsstress.commands;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.alsstress.granules.FieldLoader;
import org.alsstress.imaging.LabelImage;
import org.alsstress.granules.LabelFiles;
import org.alsstress.io.ImageOpener;
import org.alsstress.io.SampleSheetFiles;
import org.alsstress.model.SampleInfo;
import org.alsstress.model.SampleSheet;
import org.alsstress.model.UserInputException;
import org.scijava.plugin.Parameter;

/**
 * The inputs every command that reads cell images shares (stress granules now; time-lapse kinetics
 * and MAM contacts next): the images (a file, a folder, or an open image), their channels, pixel
 * size and z-projection, the conditions sheet, label images made elsewhere, and the output folder.
 * SciJava gives a subclass these {@code @Parameter} fields as its own, under the same names in the
 * dialog, in macros, scripts and on the command line.
 */
public abstract class CellImageCommand extends ToolkitCommand {

	@Parameter(label = "Image or folder", style = "directory", required = false, persist = false,
		description = "One image file, or a folder whose images are all analysed (TIFF, PNG...; in Fiji, or with " +
			"bin/als-stress --fiji, any Bio-Formats file, every series of multi-series files).")
	protected File input;

	@Parameter(label = "Or an open image", required = false, persist = false,
		description = "Instead of input: the title of an open image, or " + ImageInputs.ACTIVE + " for the active " +
			"image (e.g. in a macro after open()). Its results get its title; the outlines go on its overlay.")
	protected String image = "";

	@Parameter(label = "Output folder", style = "directory", persist = false,
		description = "Folder for the tables (per cell, per image, per condition, measurements.csv), label images, " +
			"overlays, plots and provenance.json. A new folder is made if it holds files.")
	protected File output;

	@Parameter(label = "Overwrite the output folder", persist = false,
		description = "Write into the output folder even if it already holds files.")
	protected boolean overwrite = false;

	@Parameter(label = "Nuclei channel", min = "0", persist = false,
		description = "Channel of the DNA stain (DAPI, Hoechst), counting from 1. 0 = from the channel names in the file.")
	protected int nuclei_channel = 0;

	@Parameter(label = "Cell channel", min = "0", persist = false,
		description = "Channel of a cytoplasm or cell marker that outlines the cells; 0 = none (the assay's marker " +
			"outlines them).")
	protected int cell_channel = 0;

	@Parameter(label = "Pixel size (um)", min = "0", persist = false,
		description = "Pixel size in micrometres; 0 = read it from the file (an uncalibrated file is refused).")
	protected double pixel_size_um = 0;

	@Parameter(label = "Nucleus diameter (um)", min = "1", persist = false,
		description = "Typical nucleus diameter in micrometres: sets the nucleus size limits, smoothing and how " +
			"far a cell reaches.")
	protected double nucleus_diameter_um = 12;

	@Parameter(label = "Conditions sheet", required = false, persist = false,
		description = "CSV mapping each image (column image: the file name, or 'file [series name]' for one series " +
			"of a multi-series file) or file-name pattern (column pattern, matched against the file name, the " +
			"series name or both) to its condition and replicate.")
	protected File conditions;

	@Parameter(label = "Nucleus label images", required = false, persist = false,
		description = "Optional nucleus labels made elsewhere (StarDist, Cellpose): one label image, or a folder " +
			"where each image's labels are found by its name.")
	protected File nuclei_labels;

	@Parameter(label = "Cell label images", required = false, persist = false,
		description = "Optional cell labels made elsewhere (Cellpose): one label image, or a folder matched by name.")
	protected File cell_labels;

	@Parameter(label = "Z projection", choices = { "max", "sum", "mean", "single slice" }, persist = false,
		description = "How z-stacks become one plane: maximum, sum or mean projection, or one slice (z_slice).")
	protected String z_projection = "max";

	@Parameter(label = "Z slice", min = "1", persist = false,
		description = "The slice used when z_projection is 'single slice'.")
	protected int z_slice = 1;

	@Parameter(label = "Include edge cells", persist = false,
		description = "Count cells cut by the image border in the per-image statistics (they are always in the " +
			"per-cell table).")
	protected boolean include_edge_cells = false;

	/** True when the image is an open image given by title, false when it is a file or folder. */
	protected boolean openImageGiven() {
		return ImageInputs.byTitle("input", input, "image", image);
	}

	protected boolean folderGiven() {
		return input != null && Files.isDirectory(input.toPath());
	}

	protected FieldLoader.ZProjection zProjection() {
		return FieldLoader.ZProjection.parse(z_projection);
	}

	protected SampleSheet conditionsSheet() throws IOException {
		return SampleSheetFiles.read(conditions == null ? null : conditions.toPath());
	}

	/**
	 * The input file, or the image files of the input folder, sorted. Other files of a folder (notes, a
	 * plate map, the conditions sheet) are skipped, with a note naming them.
	 */
	protected List<Path> inputFiles() throws IOException {
		if (!ImageInputs.given(input)) throw new UserInputException(
			"No input given: set 'input' to an image file or a folder of images, or 'image' to the title of " +
			"an open image (" + ImageInputs.ACTIVE + " for the active one).");
		Path path = input.toPath();
		if (Files.isRegularFile(path)) return List.of(path);
		if (!Files.isDirectory(path)) throw new UserInputException("The input '" + input +
			"' does not exist: give an image file or a folder of images.");
		List<Path> files;
		try (Stream<Path> list = Files.list(path)) {
			files = list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
				.collect(Collectors.toList());
		}
		List<Path> images = new ArrayList<>();
		List<String> skipped = new ArrayList<>(), needBioFormats = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			if (ImageOpener.looksLikeImage(name)) images.add(file);
			else if (ImageOpener.needsBioFormats(name)) needBioFormats.add(name);
			else if (!isOwnFile(file)) skipped.add(name);
		}
		if (!skipped.isEmpty()) warn("Skipped " + skipped.size() + (skipped.size() == 1 ? " file" : " files") +
			" of the input folder that " + (skipped.size() == 1 ? "is" : "are") + " not an image: " +
			String.join(", ", skipped) + ".");
		if (!needBioFormats.isEmpty()) warn("Skipped " + String.join(", ", needBioFormats) + ": " +
			ImageOpener.BIO_FORMATS_NEEDED);
		if (images.isEmpty()) throw new UserInputException("The folder '" + input + "' holds no images" +
			(needBioFormats.isEmpty() ? "." : " that can be read without Bio-Formats: " +
				ImageOpener.BIO_FORMATS_NEEDED));
		return images;
	}

	/** The conditions sheet and the provenance of an earlier run: expected next to images, not worth a note. */
	private boolean isOwnFile(Path file) {
		if (file.getFileName().toString().equals("provenance.json")) return true;
		return conditions != null && file.toAbsolutePath().normalize().equals(conditions.toPath().toAbsolutePath()
			.normalize());
	}

	/** The conditions-sheet row of one series of a file ("" for a file of one image); warns when there is none. */
	protected SampleInfo sampleInfo(SampleSheet sheet, String fileName, String series) {
		if (sheet.size() == 0) return null;
		SampleInfo info = sheet.forSeries(fileName, series).orElse(null);
		if (info == null) warn("'" + SampleSheet.seriesLabel(fileName, series) +
			"' matches no row of the conditions sheet " + sheet.source() + ".");
		return info;
	}

	protected LabelImage nucleusLabels(String fileName, int width, int height) throws IOException {
		return LabelFiles.find(nuclei_labels == null ? null : nuclei_labels.toPath(), fileName, "nuclei_labels",
			width, height);
	}

	protected LabelImage cellLabels(String fileName, int width, int height) throws IOException {
		return LabelFiles.find(cell_labels == null ? null : cell_labels.toPath(), fileName, "cell_labels", width,
			height);
	}
}
