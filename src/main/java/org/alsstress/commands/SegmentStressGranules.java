package org.alsstress.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import ij.ImagePlus;

import org.alsstress.granules.FieldAnalysis;
import org.alsstress.granules.FieldAnalyzer;
import org.alsstress.granules.FieldLoader;
import org.alsstress.granules.GranuleTables;
import org.alsstress.granules.ImageResult;
import org.alsstress.granules.LabelFiles;
import org.alsstress.granules.QcOverlay;
import org.alsstress.granules.ScaleLimits;
import org.alsstress.granules.SegmentationSettings;
import org.alsstress.fiji.ResultWindows;
import org.alsstress.imaging.LabelImage;
import org.alsstress.io.ImageOpener;
import org.alsstress.model.DataTable;
import org.alsstress.model.NotEnoughMemoryException;
import org.alsstress.model.SampleInfo;
import org.alsstress.model.SampleSheet;
import org.alsstress.model.UserInputException;
import org.alsstress.plot.GroupPlot;
import org.alsstress.stats.GroupStatistics;
import org.alsstress.stats.GroupedValue;
import org.alsstress.stats.StatTest;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Stress granules per cell, and apoptosis, in one image or a folder of them: nuclei, one cell per
 * nucleus, granules detected against each cell's own noise and diffuse level, per-cell, per-image
 * and per-condition tables, label images and QC overlays. Folder runs use every core and go on
 * past a bad file, which is reported.
 */
@Plugin(type = Command.class, menuPath = "Plugins>ALS Stress Toolkit>Segment Stress Granules",
	label = "Segment Stress Granules")
public class SegmentStressGranules extends CellImageCommand {

	@Parameter(label = "Granule channel", min = "0", persist = false,
		description = "Channel of the stress-granule marker (G3BP1, TIA1, PABPC1). 0 = from the channel names in the file.")
	private int granule_channel = 0;

	@Parameter(label = "Apoptosis channel", min = "0", persist = false,
		description = "Channel of an apoptosis marker (cleaved caspase-3, TUNEL); 0 = none (condensed nuclei " +
			"are flagged instead).")
	private int apoptosis_channel = 0;

	@Parameter(label = "Smallest granule diameter (um)", min = "0.05", persist = false,
		description = "Diameter of the smallest granules to find, in micrometres.")
	private double granule_min_diameter_um = 0.3;

	@Parameter(label = "Largest granule diameter (um)", min = "0.1", persist = false,
		description = "Diameter of the largest granules, in micrometres; larger bright objects are not granules.")
	private double granule_max_diameter_um = 3.0;

	@Parameter(label = "Sensitivity", min = "0.1", max = "10", persist = false,
		description = "1 = default. Higher finds fainter granules (and more false ones), lower only clear ones. " +
			"The threshold is set per cell from its own noise and diffuse level.")
	private double sensitivity = 1.0;

	@Parameter(label = "Granules for an SG-positive cell", min = "1", persist = false,
		description = "A cell with at least this many granules is stress-granule positive (1 or 2 are common).")
	private int sg_positive_min_granules = 1;

	@Parameter(label = "Apoptosis threshold", min = "0", persist = false,
		description = "Cell mean of the apoptosis channel above which a cell is apoptotic; 0 = automatic.")
	private double apoptosis_threshold = 0;

	@Parameter(label = "Threads", min = "0", persist = false,
		description = "Images of a folder analysed at the same time; 0 = one per core. Each image in flight needs " +
			"about 60 MB of memory for a 1024 x 1024 field.")
	private int threads = 0;

	private final Set<String> usedNames = new HashSet<>();
	/** Images analysed whose nuclei do not stand out (noise, a wrong channel), and why: their status says so. */
	private final Map<String, String> implausible = new ConcurrentHashMap<>();
	/** Images that failed for lack of memory. */
	private final Set<String> outOfMemory = ConcurrentHashMap.newKeySet();

	@Override
	protected void execute() throws IOException {
		boolean openImage = openImageGiven();
		List<Path> files = openImage ? List.of() : inputFiles();
		SegmentationSettings settings = settings();
		FieldLoader.ZProjection z = zProjection();
		boolean single = openImage || !folderGiven();
		SampleSheet sheet = conditionsSheet();
		Path folder = resultsFolder(output, overwrite);

		List<ImageResult> results = new ArrayList<>();
		Map<ImagePlus, FieldAnalysis> shown = new LinkedHashMap<>();
		if (openImage) results.add(analyseOpenImage(settings, z, sheet, folder, shown));
		int used = threadsFor(files.size());
		ExecutorService pool = Executors.newFixedThreadPool(used);
		List<List<ImageResult>> perFile = new ArrayList<>();
		List<Future<List<ImageResult>>> futures = new ArrayList<>();
		try {
			for (Path file : files)
				futures.add(pool.submit(() -> analyseFile(file, single, settings, z, sheet, folder, shown)));
			for (int i = 0; i < futures.size(); i++) {
				progress(i, files.size(), "Segmenting stress granules: " + files.get(i).getFileName());
				if (!single) recordInputFile("image", files.get(i)); // while the pool analyses it, in file order
				perFile.add(outcome(futures.get(i), files.get(i)));
			}
		}
		finally {
			stop(pool, futures);
		}
		// an image that ran out of memory beside others gets a second try on its own
		for (int i = 0; used > 1 && i < files.size(); i++)
			if (perFile.get(i).stream().anyMatch(r -> outOfMemory.remove(r.image)))
				perFile.set(i, analyseFile(files.get(i), single, settings, z, sheet, folder, shown));
		perFile.forEach(results::addAll);
		if (results.stream().noneMatch(ImageResult::ok)) {
			// the run fails with every reason in its one message: recorded, not printed again as warnings
			for (ImageResult r : results)
				provenance().warn("'" + r.image + "' was not analysed: " + r.failure);
			if (!results.isEmpty() && results.stream().allMatch(r -> outOfMemory.contains(r.image))) throw new NotEnoughMemoryException(
				"No image could be analysed in the memory Java has.");
			throw new UserInputException("No image could be analysed" + reasons(results));
		}
		progress(files.size(), files.size(), "Writing tables");
		for (ImageResult r : results)
			if (!r.ok()) warn("'" + r.image + "' was not analysed: " + r.failure);
		writeTables(folder, results);
		shown.forEach((analysed, analysis) -> ResultWindows.replaceOwnRois(analysed, QcOverlay.overlay(analysis),
			"Segment Stress Granules"));
	}

	/** Why the images failed, the first few of them: each reason names its image. */
	private static String reasons(List<ImageResult> failed) {
		if (failed.isEmpty()) return ".";
		int shown = Math.min(3, failed.size());
		StringBuilder text = new StringBuilder(": ");
		for (int i = 0; i < shown; i++)
			text.append(i == 0 ? "" : " ").append(failed.get(i).failure);
		if (failed.size() > shown) text.append(" (and ").append(failed.size() - shown).append(" more image").append(
			failed.size() - shown == 1 ? "" : "s").append(", each listed in provenance.json)");
		return text.toString();
	}

	/**
	 * Ends the pool without interrupting an image being analysed (an interrupted ImageJ call prints a stack trace of
	 * its own); images not yet started are dropped.
	 */
	private static void stop(ExecutorService pool, List<Future<List<ImageResult>>> futures) {
		futures.forEach(f -> f.cancel(false));
		pool.shutdown();
		try {
			pool.awaitTermination(1, TimeUnit.HOURS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private ImageResult analyseOpenImage(SegmentationSettings settings, FieldLoader.ZProjection z, SampleSheet sheet,
		Path folder, Map<ImagePlus, FieldAnalysis> shown) throws IOException
	{
		ImagePlus open = openImage("image", image);
		String title = open.getTitle();
		return analyseImage(open, title, "", title, sampleInfo(sheet, title, ""), settings, z, folder, true, shown);
	}

	/** Threads for a run over so many files: {@code threads}, or one per core; recorded in provenance. */
	private int threadsFor(int files) {
		if (threads < 0) throw new UserInputException("threads must be 0 (one per core) or more, not " + threads + ".");
		int cores = Runtime.getRuntime().availableProcessors();
		int used = Math.max(1, Math.min(threads == 0 ? cores : threads, files));
		provenance().environment("threads", used + " (of " + cores + " cores)");
		return used;
	}

	private SegmentationSettings settings() {
		if (granule_max_diameter_um <= granule_min_diameter_um) throw new UserInputException(
			"granule_max_diameter_um (" + granule_max_diameter_um + ") must be larger than granule_min_diameter_um (" +
				granule_min_diameter_um + ").");
		if (!(granule_min_diameter_um > 0) || !(nucleus_diameter_um > 0) || !(sensitivity > 0)) throw new UserInputException(
			"granule_min_diameter_um, nucleus_diameter_um and sensitivity must be positive.");
		if (pixel_size_um < 0 || apoptosis_threshold < 0) throw new UserInputException(
			"pixel_size_um and apoptosis_threshold must be 0 (automatic) or positive.");
		if (sg_positive_min_granules < 1) throw new UserInputException("sg_positive_min_granules must be at least 1.");
		SegmentationSettings s = new SegmentationSettings();
		s.granuleMinDiameterUm = granule_min_diameter_um;
		s.granuleMaxDiameterUm = granule_max_diameter_um;
		s.sensitivity = sensitivity;
		s.sgPositiveMinGranules = sg_positive_min_granules;
		s.nucleusDiameterUm = nucleus_diameter_um;
		s.apoptosisThreshold = apoptosis_threshold;
		s.includeEdgeCells = include_edge_cells;
		return s;
	}

	private List<ImageResult> outcome(Future<List<ImageResult>> future, Path file) throws IOException {
		try {
			return future.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new UserInputException("Interrupted while analysing " + file.getFileName() + ".");
		}
		catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof RuntimeException) throw (RuntimeException) cause;
			if (cause instanceof Error) throw (Error) cause;
			if (cause instanceof IOException) throw (IOException) cause;
			throw new IllegalStateException("Analysing " + file.getFileName() + " failed: " + cause, cause);
		}
	}

	/** All series of one file. A problem with a file of a folder becomes a failed row; with a single file it stops the run. */
	private List<ImageResult> analyseFile(Path file, boolean single, SegmentationSettings settings,
		FieldLoader.ZProjection z, SampleSheet sheet, Path folder, Map<ImagePlus, FieldAnalysis> shown) throws IOException
	{
		String fileName = file.getFileName().toString();
		List<ImageResult> results = new ArrayList<>();
		List<ImagePlus> images;
		try {
			images = ImageOpener.open(file);
		}
		catch (RuntimeException | OutOfMemoryError e) {
			if (single) throw e;
			results.add(failed(fileName, fileName, "", sheet.forSeries(fileName, "").orElse(null), e));
			return results;
		}
		for (ImagePlus image : images) {
			Object seriesProperty = image.getProperty(ImageOpener.SERIES_PROPERTY);
			String series = seriesProperty == null ? "" : seriesProperty.toString();
			String label = SampleSheet.seriesLabel(fileName, series);
			SampleInfo info = sampleInfo(sheet, fileName, series);
			try {
				results.add(analyseImage(image, fileName, series, label, info, settings, z, folder, single, shown));
			}
			catch (RuntimeException | OutOfMemoryError e) {
				if (single && images.size() == 1) throw e;
				results.add(failed(label, fileName, series, info, e));
			}
		}
		return results;
	}

	/** A failed image of a folder run; the run goes on. Memory failures are noted, to try again and to say so. */
	private ImageResult failed(String label, String fileName, String series, SampleInfo info, Throwable e) {
		if (Failure.of(e) == Failure.OUT_OF_MEMORY) outOfMemory.add(label);
		return ImageResult.failed(label, fileName, series, info, Failure.describe(e));
	}

	private ImageResult analyseImage(ImagePlus image, String fileName, String series, String label, SampleInfo info,
		SegmentationSettings base, FieldLoader.ZProjection z, Path folder, boolean single, Map<ImagePlus, FieldAnalysis> shown)
		throws IOException
	{
		describeImage(image);
		FieldLoader.Loaded loaded = FieldLoader.load(image, label, nuclei_channel, granule_channel, cell_channel,
			apoptosis_channel, pixel_size_um, z, z_slice);
		// the field holds the planes it uses: in a folder run the other channels and z-slices need not stay in
		// memory (a single image is kept for its overlay, and an open image is the user's)
		if (!single) image.flush();
		loaded.notes.forEach(this::warnOnce);
		SegmentationSettings settings = base.copy();
		settings.pixelSizeUm = loaded.pixelSizeUm;
		int w = loaded.field.width, h = loaded.field.height;
		ScaleLimits.check(label, w, h, settings);
		LabelImage nuclei = nucleusLabels(fileName, w, h);
		LabelImage cells = cellLabels(fileName, w, h);
		FieldAnalysis analysis = FieldAnalyzer.analyze(loaded.field, settings, nuclei, cells);
		if (analysis.nuclei.count == 0) throw new UserInputException("No nuclei found in '" + label + "' (channel " +
			loaded.roles.nuclei + "): check nuclei_channel, and nucleus_diameter_um (" + settings.nucleusDiameterUm +
			" um) against the pixel size (" + settings.pixelSizeUm + " um).");
		NucleusContrastCheck.check(loaded.field.nuclei(), analysis.nuclei.labels, analysis.nuclei.count, loaded.roles
			.nuclei).ifPresent(note -> {
				implausible.put(label, note);
				warn("'" + label + "': " + note + ".");
			});
		if (!analysis.apoptosis.note.isEmpty()) warn("'" + label + "': " + analysis.apoptosis.note + ".");
		String stem = uniqueName(label);
		// made here, not up front: a run in which every image fails leaves only its provenance.json
		Files.createDirectories(folder.resolve("labels"));
		Files.createDirectories(folder.resolve("overlays"));
		List<Path> written = new ArrayList<>();
		written.add(LabelFiles.write(analysis.nuclei.labels, folder.resolve("labels/" + stem + "_nuclei.tif"),
			settings.pixelSizeUm));
		written.add(LabelFiles.write(analysis.cells, folder.resolve("labels/" + stem + "_cells.tif"),
			settings.pixelSizeUm));
		written.add(LabelFiles.write(analysis.granules.labels, folder.resolve("labels/" + stem + "_granules.tif"),
			settings.pixelSizeUm));
		Path overlay = folder.resolve("overlays/" + stem + "_overlay.png");
		QcOverlay.write(loaded.field.granules(), analysis, overlay);
		written.add(overlay);
		recordOutputs(written);
		if (single) synchronized (shown) {
			shown.put(image, analysis);
		}
		return ImageResult.analysed(label, fileName, series, info, settings.pixelSizeUm, analysis);
	}

	private synchronized String uniqueName(String label) {
		String name = label.replaceFirst("\\.(ome\\.)?[A-Za-z0-9]+(?= \\[|$)", "").replaceAll("[^A-Za-z0-9._ -]+", "_")
			.trim();
		String unique = name;
		for (int n = 2; !usedNames.add(unique); n++)
			unique = name + "_" + n;
		return unique;
	}

	private final Set<String> warned = new HashSet<>();

	private void warnOnce(String message) {
		synchronized (warned) {
			if (!warned.add(message)) return;
		}
		warn(message);
	}

	/** An image analysed but implausible has status "warning: why" instead of "ok". */
	private DataTable withWarnings(DataTable images) {
		for (int row = 0; row < images.rowCount(); row++) {
			String note = implausible.get(images.getString(row, "image"));
			if (note != null && "ok".equals(images.getString(row, "status"))) images.set(row, "status", "warning: " + note);
		}
		return images;
	}

	private void writeTables(Path folder, List<ImageResult> results) throws IOException {
		writeTable(GranuleTables.granules(results), "granules.csv");
		writeTable(GranuleTables.cells(results), "cells.csv");
		writeTable(withWarnings(GranuleTables.images(results)), "images.csv");
		writeTable(GranuleTables.conditions(results), "conditions.csv");
		writeMeasurements(GranuleTables.measurements(results));
		List<GroupedValue> points = GranuleTables.points(results, "pct_sg_positive");
		if (points.isEmpty()) return;
		java.util.Map<String, double[]> groups = GroupStatistics.byGroup(points);
		recordOutputs(new GroupPlot("SG-positive cells by condition", "SG-positive cells (%)", points, GroupStatistics
			.compare(groups, GranuleTables.controlCondition(groups.keySet()), StatTest.PARAMETRIC)).write(folder,
				"pct_sg_positive_plot"));
		ResultWindows.showPicture(folder.resolve("pct_sg_positive_plot.png"));
	}
}
