package org.alsstress.blot;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ImageProcessor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alsstress.commands.CommandRunner;
import org.alsstress.commands.QuantifyTbk1Bands;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.alsstress.realdata.TruthTable;
import org.scijava.Context;
import org.scijava.command.CommandModule;

/**
 * Quantify TBK1 Bands run on a real blot as a user runs it: the command, on an image file, default settings, the
 * same image given as target and reference (one blot, one membrane) unless told otherwise. What a user would have
 * to do first is done here and only that: a colour file is made 8-bit (Image > Type > 8-bit, as the command's
 * message for RGB files says), and a file holding two gels is cut into one file per gel (the truth file's region).
 */
final class RealBlotRun {

	/** One lane as the command wrote it, in the coordinates of the file it was given. */
	static final class FoundLane {
		final int number;
		final double left, right, peak, volume, ratio, confidence;
		final boolean found;

		FoundLane(int number, double left, double right, double peak, double volume, double ratio, double confidence,
			boolean found)
		{
			this.number = number;
			this.left = left;
			this.right = right;
			this.peak = peak;
			this.volume = volume;
			this.ratio = ratio;
			this.confidence = confidence;
			this.found = found;
		}

		double centre() {
			return 0.5 * (left + right);
		}

		double width() {
			return right - left + 1;
		}
	}

	/** Why the run ended without results, or null. */
	final String failure;
	final List<FoundLane> lanes;
	/** Ladder or marker lanes as {left, right} columns. */
	final List<double[]> ladders;

	private RealBlotRun(String failure, List<FoundLane> lanes, List<double[]> ladders) {
		this.failure = failure;
		this.lanes = lanes;
		this.ladders = ladders;
	}

	/** The file of a truth row as the user would give it to the command (converted or cut only where needed). */
	static Path input(Map<String, String> row, Path folder) throws IOException {
		String file = row.get("file");
		Path original = Path.of(RealBlotRun.class.getResource("/blots/" + file).getPath());
		boolean colour = row.get("colour").equals("rgb");
		if (!colour && row.get("region").equals("all")) return original;
		ImagePlus imp = IJ.openImage(original.toString());
		ImageProcessor ip = imp.getProcessor();
		if (colour) ip = ip.convertToByte(false);
		if (!row.get("region").equals("all")) {
			String[] xy = row.get("region").split("/");
			double[][] x = TruthTable.ranges(xy[0]), y = TruthTable.ranges(xy[1]);
			ip.setRoi((int) x[0][0], (int) y[0][0], (int) (x[0][1] - x[0][0]), (int) (y[0][1] - y[0][0]));
			ip = ip.crop();
		}
		return save(ip, folder.resolve(file.replaceAll("\\.[a-z]+$", "") + "_" + row.get("region").replace('/', '_') + ".tif"));
	}

	static Path save(ImageProcessor ip, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		if (!new FileSaver(new ImagePlus(file.getFileName().toString(), ip)).saveAsTiff(file.toString()))
			throw new IOException("cannot write " + file);
		return file;
	}

	/**
	 * Runs the command on target and reference files.
	 *
	 * @param lanes 0 for automatic
	 * @param windows target and reference band windows, "" for the whole lane
	 */
	static RealBlotRun run(Context context, Path target, Path reference, int lanes, String targetWindow, String referenceWindow,
		Path output)
	{
		CommandModule m = CommandRunner.run(context, QuantifyTbk1Bands.class, "target", target.toFile(), "reference",
			reference.toFile(), "lanes", lanes, "target_band_window", targetWindow, "reference_band_window", referenceWindow,
			"output", output.toFile(), "overwrite", true);
		if (m.isCanceled()) return new RealBlotRun(m.getCancelReason(), List.of(), List.of());
		try {
			return read(output);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static RealBlotRun run(Context context, Path image, int lanes, Path output) {
		return run(context, image, image, lanes, "", "", output);
	}

	private static final Pattern LADDER = Pattern.compile("ladder: columns (\\d+)-(\\d+)");

	private static RealBlotRun read(Path results) throws IOException {
		DataTable bands = TableFiles.read(results.resolve("bands.csv"));
		DataTable table = TableFiles.read(results.resolve("lanes.csv"));
		List<FoundLane> lanes = new ArrayList<>();
		for (int r = 0; r < bands.rowCount(); r++) {
			if (!bands.getString(r, "role").equals(Role.TARGET.key())) continue;
			int lane = (int) bands.getDouble(r, "lane");
			double ratio = Double.NaN;
			for (int k = 0; k < table.rowCount(); k++)
				if ((int) table.getDouble(k, "lane") == lane) ratio = table.getDouble(k, "ratio");
			lanes.add(new FoundLane(lane, bands.getDouble(r, "lane_left_px"), bands.getDouble(r, "lane_right_px"), bands
				.getDouble(r, "band_peak_px"), bands.getDouble(r, "volume"), ratio, bands.getDouble(r, "lane_confidence"), bands
					.getBoolean(r, "found")));
		}
		String provenance = new String(Files.readAllBytes(results.resolve("provenance.json")), StandardCharsets.UTF_8);
		List<double[]> ladders = new ArrayList<>();
		Matcher m = LADDER.matcher(provenance);
		while (m.find())
			ladders.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
		return new RealBlotRun(null, lanes, ladders);
	}
}
