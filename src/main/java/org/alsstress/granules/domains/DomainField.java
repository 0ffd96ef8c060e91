package org.alsstress.granules.domains;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;

/**
 * A generated field as a user has it (a calibrated 4-channel TIFF: nuclei, granule marker, cell marker,
 * apoptosis marker) and its truth: granules, cells, debris, and nucleus and cell label images.
 */
public final class DomainField {
	/** Sub-folder of a written field's folder for its truth, so a folder run sees only the images. */
	public static final String TRUTH_FOLDER = "truth";
	public static final String GRANULES_SUFFIX = "_granules.csv", CELLS_SUFFIX = "_cells.csv",
		DEBRIS_SUFFIX = "_debris.csv", NUCLEI_SUFFIX = "_nuclei.tif", CELL_LABELS_SUFFIX = "_cell_labels.tif",
		RECIPE_SUFFIX = "_recipe.csv";

	public final Regime regime;
	public final FieldRecipe recipe;
	public final long seed;
	private final ImagePlus image;
	private final ShortProcessor nucleusLabels, cellLabels;
	private final List<TruthCell> cells;
	private final List<TruthGranule> granules;
	private final List<TruthDebris> debris;
	private final Camera camera;
	private final double[] scales;
	private final float[] diffusePhotons;

	DomainField(Regime regime, FieldRecipe recipe, long seed, ImagePlus image, ShortProcessor nucleusLabels,
		ShortProcessor cellLabels, List<TruthCell> cells, List<TruthGranule> granules, List<TruthDebris> debris,
		Camera camera, double[] scales, float[] diffusePhotons)
	{
		this.regime = regime;
		this.recipe = recipe;
		this.seed = seed;
		this.image = image;
		this.nucleusLabels = nucleusLabels;
		this.cellLabels = cellLabels;
		this.cells = Collections.unmodifiableList(new ArrayList<>(cells));
		this.granules = Collections.unmodifiableList(new ArrayList<>(granules));
		this.debris = Collections.unmodifiableList(new ArrayList<>(debris));
		this.camera = camera;
		this.scales = scales;
		this.diffusePhotons = diffusePhotons;
	}

	/** The 4-channel image, calibrated in microns, channel names as slice labels. */
	public ImagePlus image() {
		return image;
	}

	/** A channel, 0-based in {@link DomainGenerator} order (NUCLEI, GRANULES, CELL_MARKER, APOPTOSIS). */
	public ImageProcessor channel(int index) {
		return image.getStack().getProcessor(index + 1);
	}

	public ShortProcessor nucleusLabels() {
		return nucleusLabels;
	}

	public ShortProcessor cellLabels() {
		return cellLabels;
	}

	public List<TruthCell> cells() {
		return cells;
	}

	public TruthCell cell(int id) {
		for (TruthCell c : cells)
			if (c.id == id) return c;
		return null;
	}

	public List<TruthGranule> granules() {
		return granules;
	}

	public List<TruthDebris> debris() {
		return debris;
	}

	public Camera camera() {
		return camera;
	}

	/** Data units per photon of a channel (0-based). */
	public double scale(int channel) {
		return scales[channel];
	}

	/** The granule channel's noise-free diffuse signal without granules or debris, in photons per pixel. */
	public float[] diffusePhotons() {
		return diffusePhotons;
	}

	// ---- files -------------------------------------------------------------------------------

	/** Writes {@code <name>.tif} into the folder and the truth into its truth/ folder; returns every file. */
	public List<Path> write(Path folder, String name) throws IOException {
		Files.createDirectories(folder);
		List<Path> files = new ArrayList<>();
		Path file = folder.resolve(name + ".tif");
		ImagePlus copy = new ImagePlus(name, image.getStack());
		copy.setCalibration(image.getCalibration().copy());
		copy.setDimensions(4, 1, 1);
		save(copy, file);
		files.add(file);
		files.addAll(writeTruth(folder.resolve(TRUTH_FOLDER), name));
		return files;
	}

	public List<Path> writeTruth(Path folder, String name) throws IOException {
		Files.createDirectories(folder);
		List<Path> files = new ArrayList<>();
		files.add(table(granuleTable(), folder.resolve(name + GRANULES_SUFFIX)));
		files.add(table(cellTable(), folder.resolve(name + CELLS_SUFFIX)));
		files.add(table(debrisTable(), folder.resolve(name + DEBRIS_SUFFIX)));
		DataTable recipeTable = new DataTable("parameter", "value");
		recipeTable.addRow("regime", regime.key());
		recipeTable.addRow("use", regime.use.key());
		recipeTable.addRow("seed", seed);
		for (String line : recipe.describe().split("\n")) {
			int comma = line.indexOf(',');
			recipeTable.addRow(line.substring(0, comma), line.substring(comma + 1));
		}
		for (int c = 0; c < scales.length; c++)
			recipeTable.addRow("adu_per_photon_" + DomainGenerator.CHANNEL_NAMES[c], scales[c]);
		recipeTable.addRow("offset", camera.offset());
		files.add(table(recipeTable, folder.resolve(name + RECIPE_SUFFIX)));
		files.add(labels(nucleusLabels, folder.resolve(name + NUCLEI_SUFFIX)));
		files.add(labels(cellLabels, folder.resolve(name + CELL_LABELS_SUFFIX)));
		return files;
	}

	public DataTable granuleTable() {
		DataTable t = new DataTable("granule_id", "cell_id", "x_px", "y_px", "diameter_um", "profile", "contrast",
			"cell_contrast", "cluster", "saturated", "snr", "nearest_um");
		for (TruthGranule g : granules)
			t.addRow(g.id, g.cellId, g.x, g.y, g.diameterUm, g.profile.key(), g.contrast, g.cellContrast, g.cluster,
				g.saturated, g.snr, g.nearestUm);
		return t;
	}

	public DataTable cellTable() {
		DataTable t = new DataTable("cell_id", "nucleus_x_px", "nucleus_y_px", "nucleus_area_um2", "cell_area_um2",
			"edge", "stressed", "apoptotic", "fragmented", "granule_count", "clustered_granules", "diffuse_level",
			"expression");
		double px2 = recipe.pixelUm * recipe.pixelUm;
		for (TruthCell c : cells)
			t.addRow(c.id, c.nucleusX, c.nucleusY, c.nucleusAreaPx * px2, c.cellAreaPx * px2, c.edge, c.stressed,
				c.apoptotic, c.fragmented, c.granuleCount, c.clusteredGranules, c.diffuseLevel, c.expression);
		return t;
	}

	public DataTable debrisTable() {
		DataTable t = new DataTable("debris_id", "cell_id", "x_px", "y_px", "diameter_um");
		for (TruthDebris d : debris)
			t.addRow(d.id, d.cellId, d.x, d.y, d.diameterUm);
		return t;
	}

	private static Path table(DataTable table, Path file) throws IOException {
		TableFiles.write(table, file);
		return file;
	}

	private Path labels(ShortProcessor labels, Path file) throws IOException {
		ImagePlus imp = new ImagePlus(file.getFileName().toString(), labels);
		imp.setCalibration(image.getCalibration().copy());
		save(imp, file);
		return file;
	}

	private static void save(ImagePlus imp, Path file) throws IOException {
		FileSaver saver = new FileSaver(imp);
		boolean ok = imp.getStackSize() > 1 ? saver.saveAsTiffStack(file.toString()) : saver.saveAsTiff(file.toString());
		if (!ok) throw new IOException("could not write " + file);
	}

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT, "%s field (seed %d, %dx%d at %.3f um/px, %s %d-bit): %d cells, %d granules, %d debris",
			regime.key(), seed, recipe.width, recipe.height, recipe.pixelUm, recipe.noise.key(), recipe.bitDepth,
			cells.size(), granules.size(), debris.size());
	}
}
