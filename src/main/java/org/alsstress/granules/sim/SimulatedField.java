package org.alsstress.granules.sim;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;

/**
 * A simulated 4-channel field (1 nuclei/DAPI, 2 granule marker/G3BP1, 3 cell marker, 4 cleaved
 * caspase-3) and its ground truth: granules, cells, and nucleus and cell label images in which a
 * cell's id is its nucleus's id.
 */
public final class SimulatedField {
	public static final int NUCLEI_CHANNEL = 1, GRANULE_CHANNEL = 2, CELL_CHANNEL = 3, APOPTOSIS_CHANNEL = 4;
	public static final String[] CHANNEL_LABELS = {"DAPI", "G3BP1", "CellMask", "Cleaved caspase-3"};
	public static final String GRANULES_SUFFIX = "_truth_granules.csv", CELLS_SUFFIX = "_truth_cells.csv",
		NUCLEI_SUFFIX = "_nuclei.tif", CELL_LABELS_SUFFIX = "_cells.tif";

	private final Scenario scenario;
	private final long seed;
	private final FieldSpec spec;
	private final ImagePlus image;
	private final ShortProcessor nucleusLabels, cellLabels;
	private final List<TrueCell> cells;
	private final List<TrueGranule> granules;

	SimulatedField(Scenario scenario, long seed, FieldSpec spec, ImagePlus image, ShortProcessor nucleusLabels,
		ShortProcessor cellLabels, List<TrueCell> cells, List<TrueGranule> granules)
	{
		this.scenario = scenario;
		this.seed = seed;
		this.spec = spec;
		this.image = image;
		this.nucleusLabels = nucleusLabels;
		this.cellLabels = cellLabels;
		this.cells = Collections.unmodifiableList(new ArrayList<>(cells));
		this.granules = Collections.unmodifiableList(new ArrayList<>(granules));
	}

	public Scenario scenario() {
		return scenario;
	}

	public long seed() {
		return seed;
	}

	public FieldSpec spec() {
		return spec;
	}

	/** The 4-channel 16-bit image, calibrated in microns, channel names as slice labels. */
	public ImagePlus image() {
		return image;
	}

	/** One channel (1-based, see the *_CHANNEL constants). */
	public ImageProcessor channel(int channel) {
		return image.getStack().getProcessor(channel);
	}

	public ShortProcessor nucleusLabels() {
		return nucleusLabels;
	}

	public ShortProcessor cellLabels() {
		return cellLabels;
	}

	public List<TrueCell> cells() {
		return cells;
	}

	/** The cell with this id, or null. */
	public TrueCell cell(int id) {
		for (TrueCell c : cells)
			if (c.id == id) return c;
		return null;
	}

	public List<TrueGranule> granules() {
		return granules;
	}

	/** Granule centres {x, y} (ImageJ coordinates), e.g. for {@code PointMatcher}. */
	public double[][] granulePoints() {
		return granulePoints(g -> true);
	}

	public double[][] granulePoints(Predicate<TrueGranule> which) {
		return granules.stream().filter(which).map(g -> new double[] {g.x, g.y}).toArray(double[][]::new);
	}

	public DataTable granuleTable(String imageName) {
		DataTable table = new DataTable("image", "granule_id", "cell_id", "x_px", "y_px", "diameter_um",
			"relative_intensity", "faint", "touching");
		for (TrueGranule g : granules)
			table.addRow(imageName, g.id, g.cellId, g.x, g.y, g.diameterUm, g.relativeIntensity, g.faint, g.touching);
		return table;
	}

	public DataTable cellTable(String imageName) {
		DataTable table = new DataTable("image", "cell_id", "nucleus_x_px", "nucleus_y_px", "nucleus_area_um2",
			"cell_area_um2", "expression", "granule_count", "apoptotic", "edge");
		double px2 = spec.pixelUm * spec.pixelUm;
		for (TrueCell c : cells)
			table.addRow(imageName, c.id, c.nucleusX, c.nucleusY, c.nucleusAreaPx * px2, c.cellAreaPx * px2,
				c.expression, c.granuleCount, c.apoptotic, c.edge);
		return table;
	}

	/** Granule centres {x, y} from a written {@code <name>_truth_granules.csv}. */
	public static double[][] readGranulePoints(Path truthGranules) throws IOException {
		DataTable table = TableFiles.read(truthGranules);
		double[][] points = new double[table.rowCount()][];
		for (int r = 0; r < points.length; r++)
			points[r] = new double[] {table.getDouble(r, "x_px"), table.getDouble(r, "y_px")};
		return points;
	}

	/** Writes {@code <name>.tif} and the truth files beside it; returns every file written. */
	public List<Path> write(Path folder, String name) throws IOException {
		List<Path> files = new ArrayList<>();
		files.add(writeImage(folder, name));
		files.addAll(writeTruth(folder, name));
		return files;
	}

	/** Writes {@code <name>.tif}. */
	public Path writeImage(Path folder, String name) throws IOException {
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".tif");
		ImagePlus copy = image.duplicate();
		copy.setTitle(name);
		copy.setDimensions(4, 1, 1);
		save(copy, file);
		return file;
	}

	/** Writes the truth tables and label images ({@code <name>_truth_granules.csv}, ...). */
	public List<Path> writeTruth(Path folder, String name) throws IOException {
		Files.createDirectories(folder);
		String imageName = name + ".tif";
		List<Path> files = new ArrayList<>();
		Path granuleFile = folder.resolve(name + GRANULES_SUFFIX);
		TableFiles.write(granuleTable(imageName), granuleFile);
		files.add(granuleFile);
		Path cellFile = folder.resolve(name + CELLS_SUFFIX);
		TableFiles.write(cellTable(imageName), cellFile);
		files.add(cellFile);
		files.add(saveLabels(nucleusLabels, folder.resolve(name + NUCLEI_SUFFIX)));
		files.add(saveLabels(cellLabels, folder.resolve(name + CELL_LABELS_SUFFIX)));
		return files;
	}

	private Path saveLabels(ShortProcessor labels, Path file) throws IOException {
		ImagePlus imp = new ImagePlus(file.getFileName().toString(), labels.duplicate());
		imp.setCalibration(image.getCalibration().copy());
		save(imp, file);
		return file;
	}

	private static void save(ImagePlus imp, Path file) throws IOException {
		FileSaver saver = new FileSaver(imp);
		boolean ok = imp.getStackSize() > 1 ? saver.saveAsTiffStack(file.toString()) : saver.saveAsTiff(file
			.toString());
		if (!ok) throw new IOException("could not write " + file);
	}

	@Override
	public String toString() {
		return scenario.key() + " field, seed " + seed + ", " + spec + ": " + cells.size() + " cells, " + granules
			.size() + " granules";
	}
}
