package org.alsstress.faults;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.alsstress.cli.Main;
import org.alsstress.io.MeasurementFiles;
import org.junit.AfterClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Bad inputs and faults by the hundred, each run through bin/als-stress's entry point as a user would: damaged,
 * empty, foreign and oversized images, wrong bit depths, NaN pixels, one-pixel images, bad sheets, parameters out
 * of range or not numbers, extreme values, missing and unusable folders, incomplete upstream results. For every
 * one: the exit code says what kind of failure it was, the message names what to fix, no stack trace reaches the
 * user, and a failed run leaves nothing that looks complete.
 */
@RunWith(Parameterized.class)
public class FaultCampaignTest {

	/** One bad input: the command line, the exit code and the words the message must hold. */
	static final class Case {
		final String name;
		final String[] args;
		final int code;
		final String[] message;

		Case(String name, int code, String[] message, String... args) {
			this.name = name;
			this.code = code;
			this.message = message;
			this.args = args;
		}

		@Override
		public String toString() {
			return name;
		}
	}

	private static final Path ROOT;
	private static final BadInputs IN;
	private static final AtomicInteger OUTPUTS = new AtomicInteger();

	static {
		try {
			ROOT = Files.createTempDirectory("als-stress-faults");
			IN = new BadInputs(ROOT);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@AfterClass
	public static void cleanUp() throws IOException {
		try (var walk = Files.walk(ROOT)) {
			walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
		}
	}

	private static String[] says(String... words) {
		return words;
	}

	private static final List<Case> CASES = new ArrayList<>();

	private static void add(String name, int code, String[] message, String... args) {
		CASES.add(new Case(name, code, message, args));
	}

	/** Segment Stress Granules on one input, with the channels given. */
	private static void segment(String name, int code, String[] message, Path input, String... more) {
		List<String> args = new ArrayList<>(List.of("segment-stress-granules", "--input", input.toString()));
		List<String> given = Arrays.asList(more);
		for (String channel : new String[] { "--nuclei_channel", "1", "--granule_channel", "2" })
			if (channel.startsWith("--") && !given.contains(channel)) args.addAll(List.of(channel, channel.equals(
				"--nuclei_channel") ? "1" : "2"));
		args.addAll(given);
		add(name, code, message, args.toArray(new String[0]));
	}

	/** Quantify TBK1 Bands on the sound triple with some inputs replaced. */
	private static void blot(String name, int code, String[] message, String... more) {
		List<String> args = new ArrayList<>(List.of("quantify-tbk1-bands"));
		List<String> given = Arrays.asList(more);
		for (String[] input : new String[][] { { "--target", IN.target.toString() }, { "--reference", IN.reference
			.toString() }, { "--samples", IN.samples.toString() } })
			if (!given.contains(input[0])) args.addAll(List.of(input));
		args.addAll(given);
		add(name, code, message, args.toArray(new String[0]));
	}

	private static void summarize(String name, int code, String[] message, String measurements, String... more) {
		List<String> args = new ArrayList<>(List.of("summarize-experiment", "--measurements", measurements));
		args.addAll(Arrays.asList(more));
		add(name, code, message, args.toArray(new String[0]));
	}

	@Parameters(name = "{0}")
	public static synchronized List<Object[]> cases() throws IOException {
		if (CASES.isEmpty()) build();
		List<Object[]> out = new ArrayList<>();
		for (Case c : CASES)
			out.add(new Object[] { c });
		return out;
	}

	private static void build() throws IOException {
		imageFiles();
		imageContents();
		granuleParameters();
		blotCases();
		summaryCases();
		sheetsAndFolders();
	}

	private static final int BAD = Main.USAGE, MEMORY = Main.OUT_OF_MEMORY;
	/** A case that must run without an --output. */
	private static final String NO_OUTPUT = "(no output)";

	private static void imageFiles() throws IOException {
		for (String ext : new String[] { "tif", "tiff", "png", "jpg", "gif", "bmp" }) {
			segment("empty ." + ext, BAD, says("is empty (0 bytes)"), IN.file("empty." + ext, new byte[0]));
			segment("random bytes ." + ext, BAD, says("is not a", "image"), IN.file("random." + ext, BadInputs.noise(
				3000, ext.hashCode())));
			segment("text ." + ext, BAD, says("is a text file, not an image"), IN.text("notes." + ext,
				"lane,sample,group\n1,WT,WT\n"));
		}
		segment("a macro saved as .tif", BAD, says("is a text file"), IN.text("macro.tif", "run(\"Blobs\");\n"));
		segment("JSON saved as .tif", BAD, says("is a text file"), IN.text("data.tif", "{\"status\": \"x\"}"));
		segment("unknown format without Bio-Formats", BAD, says("needs Bio-Formats"), IN.file("scan.czi", BadInputs
			.noise(500, 1)));
		segment("a Leica file without Bio-Formats", BAD, says("needs Bio-Formats"), IN.file("series.lif", BadInputs
			.noise(500, 2)));
		byte[] field = IN.fieldBytes();
		for (int length : new int[] { 1, 4, 7, 8, 30, 96, 200, 399, 1000, 10_000, field.length / 2, field.length - 1 })
			segment("truncated TIFF at " + length + " bytes", BAD, says("is truncated"), IN.file("cut " + length + ".tif",
				Arrays.copyOf(field, length)));
		segment("header: first directory beyond the end", BAD, says("truncated"), IN.file("ifd.tif", new byte[] { 'I',
			'I', 42, 0, (byte) 0xF0, 0, 0, 0, 1, 2, 3, 4 }));
		segment("header: first directory inside the header", BAD, says("damaged TIFF header"), IN.file("ifd4.tif",
			new byte[] { 'I', 'I', 42, 0, 4, 0, 0, 0, 9, 9, 9, 9 }));
		segment("header: directories in a loop", BAD, says("damaged TIFF header", "loop"), IN.file("loop.tif",
			BadInputs.loopingTiff()));
		segment("header: zero width", BAD, says("damaged TIFF header", "0 x 64"), IN.tiffFile("w0.tif", 0, 64, 16, 1,
			8192, 0, 0, 10_000));
		segment("header: 13 bits per pixel", BAD, says("13 bits per pixel"), IN.tiffFile("b13.tif", 64, 64, 13, 1,
			8192, 0, 0, 10_000));
		segment("header: strips shorter than the pixels", BAD, says("holds 100 bytes of pixels"), IN.tiffFile(
			"short.tif", 64, 64, 16, 1, 100, 0, 0, 10_000));
		segment("header: pixels beyond the end", BAD, says("truncated"), IN.tiffFile("beyond.tif", 64, 64, 16, 1, 8192,
			0, 0, 4_000));
		segment("tiled TIFF", BAD, says("tiled TIFF", "Bio-Formats"), IN.tiffFile("tiled.tif", 64, 64, 16, 1, 8192, 322,
			16, 10_000));
		segment("unknown TIFF compression", BAD, says("compression ImageJ does not read"), IN.tiffFile("comp.tif", 64,
			64, 16, 99, 8192, 0, 0, 10_000));
		segment("BigTIFF", BAD, says("BigTIFF"), IN.file("big.tif", new byte[] { 'I', 'I', 43, 0, 8, 0, 0, 0, 0, 0, 0, 0,
			0, 0, 0, 0 }));
		segment("pixels larger than the heap", MEMORY, says("Not enough memory", "ALS_STRESS_JAVA_OPTS=-Xmx",
			"--threads 1"), IN.tiffFile("slide.tif", 46000, 46000, 16, 1, 46000L * 46000 * 2, 0, 0, 256 +
				46000L * 46000 * 2));
	}

	private static void imageContents() throws IOException {
		var ch = IN.fieldChannels(2);
		segment("one channel only", BAD, says("granule_channel is 2 but 'one channel.tif' has 1 channel"), IN.image(
			"one channel.tif", 0.13, ch[0]));
		add("one channel, channels from names", BAD, says("has a single channel"), "segment-stress-granules",
			"--input", IN.root.resolve("images/one channel.tif").toString());
		segment("RGB colour picture", BAD, says("RGB colour image"), IN.image("rgb.tif", 0.13, BadInputs.rgb(300, 300)));
		segment("blank image", BAD, says("No nuclei found"), IN.image("blank.tif", 0.13, BadInputs.flat(300, 300, 0),
			BadInputs.flat(300, 300, 0)));
		for (float bad : new float[] { Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY }) {
			var f = BadInputs.floats(ch[1]);
			f.setf(17, 3, bad);
			segment("32-bit granule channel with " + bad, BAD, says("NaN or infinite pixel", "x 17, y 3"), IN.image(
				"float " + bad + ".tif", 0.13, BadInputs.floats(ch[0]), f));
		}
		var nan = new ij.process.FloatProcessor(300, 300);
		nan.set(Float.NaN);
		segment("32-bit all NaN", BAD, says("90000 NaN or infinite pixels"), IN.image("all nan.tif", 0.13, nan, nan));
		for (int[] size : new int[][] { { 1, 1 }, { 1, 512 }, { 512, 1 }, { 3, 3 }, { 8, 8 }, { 40, 400 } })
			segment(size[0] + "x" + size[1] + " image", BAD, says(size[0] + " x " + size[1] + " pixels, too small to hold " +
				"one whole nucleus"), IN.image(size[0] + "x" + size[1] + ".tif", 0.13, BadInputs.flat(size[0], size[1],
					100), BadInputs.flat(size[0], size[1], 100)));
		segment("uncalibrated without pixel_size_um", BAD, says("has no pixel size", "set pixel_size_um"), IN.image(
			"uncalibrated.tif", 0, ch[0], ch[1]));
		segment("nucleus channel beyond the image", BAD, says("nuclei_channel is 9", "has 2 channels"), IN.image(
			"two.tif", 0.13, ch[0], ch[1]), "--nuclei_channel", "9");
	}

	private static void granuleParameters() throws IOException {
		String[][] bad = { { "pixel_size_um", "NaN" }, { "pixel_size_um", "-1" }, { "pixel_size_um", "Infinity" },
			{ "sensitivity", "1e9" }, { "sensitivity", "0" }, { "sensitivity", "NaN" }, { "sensitivity", "-Infinity" },
			{ "granule_min_diameter_um", "0" }, { "granule_min_diameter_um", "NaN" }, { "granule_max_diameter_um",
				"0.01" }, { "nucleus_diameter_um", "0.5" }, { "nucleus_diameter_um", "NaN" }, { "apoptosis_threshold",
					"-1" }, { "apoptosis_threshold", "NaN" }, { "sg_positive_min_granules", "0" }, { "z_slice", "0" },
			{ "nuclei_channel", "-1" }, { "cell_channel", "-3" }, { "apoptosis_channel", "-1" } };
		for (String[] p : bad)
			segment(p[0] + " " + p[1], BAD, says(p[0] + " is "), IN.field, "--" + p[0], p[1]);
		for (String[] p : new String[][] { { "sensitivity", "abc" }, { "pixel_size_um", "0,13" }, { "z_slice", "1.5" },
			{ "nuclei_channel", "one" } })
			segment(p[0] + " not a number: " + p[1], BAD, says("--" + p[0] + ": '" + p[1] + "' is not"), IN.field, "--" +
				p[0], p[1]);
		segment("pixel_size_um 1e-6", BAD, says("too small to hold one whole nucleus", "1.2e+07 pixels"), IN.field,
			"--pixel_size_um", "1e-6");
		segment("pixel_size_um 100", BAD, says("nuclei must span at least 4 pixels"), IN.field, "--pixel_size_um",
			"100");
		segment("nucleus_diameter_um 1e5", BAD, says("too small to hold one whole nucleus"), IN.field,
			"--nucleus_diameter_um", "1e5");
		segment("granules as large as nuclei", BAD, says("granule_max_diameter_um (20) must be smaller than " +
			"nucleus_diameter_um (12)"), IN.field, "--granule_max_diameter_um", "20");
		segment("granule max below min", BAD, says("granule_max_diameter_um", "must be larger than"), IN.field,
			"--granule_min_diameter_um", "2", "--granule_max_diameter_um", "1");
		segment("same channel for nuclei and granules", BAD, says("are both 1"), IN.field, "--granule_channel", "1");
		segment("granule channel 5 of 4", BAD, says("granule_channel is 5"), IN.field, "--granule_channel", "5");
		segment("z_projection unknown", BAD, says("--z_projection: 'median' is not one of"), IN.field,
			"--z_projection", "median");
		segment("unknown parameter", BAD, says("Unknown parameter --pixel_size"), IN.field, "--pixel_size", "0.1");
		segment("a value given twice", BAD, says("is given twice"), IN.field, "--sensitivity", "1", "--sensitivity",
			"2");
		add("unknown command", BAD, says("Unknown command 'segment-granules'"), "segment-granules", "--input", "x");
		segment("label image of float noise", BAD, says("nuclei_labels", "is not a label image", "holds the value"),
			IN.field, "--nuclei_labels", IN.image("float noise.tif", 0.13, noiseFloat(400, 400)).toString());
		segment("label image of integer noise", BAD, says("is not a label image", "scattered pixel by pixel"), IN.field,
			"--nuclei_labels", IN.image("int noise.tif", 0.13, BadInputs.bytes(400, 400, 5)).toString());
		segment("label image with negative labels", BAD, says("is not a label image", "-2"), IN.field,
			"--cell_labels", IN.image("negative.tif", 0.13, negative(400, 400)).toString());
		segment("label image of another size", BAD, says("is 64 x 64 pixels but"), IN.field, "--nuclei_labels", IN
			.image("small labels.tif", 0.13, BadInputs.flat(64, 64, 0)).toString());
		segment("label image with two planes", BAD, says("has 2 planes"), IN.field, "--nuclei_labels", IN.image(
			"two planes.tif", 0.13, BadInputs.flat(400, 400, 0), BadInputs.flat(400, 400, 0)).toString());
		segment("label image that does not exist", BAD, says("nuclei_labels", "does not exist"), IN.field,
			"--nuclei_labels", IN.root.resolve("nowhere/labels.tif").toString());
		segment("label folder without a match", BAD, says("no label image for 'arsenite.tif'"), IN.field,
			"--nuclei_labels", IN.folder("empty labels").toString());
	}

	private static ij.process.FloatProcessor noiseFloat(int w, int h) {
		ij.process.FloatProcessor f = new ij.process.FloatProcessor(w, h);
		java.util.Random r = new java.util.Random(4);
		for (int i = 0; i < w * h; i++)
			f.setf(i, r.nextFloat() * 3);
		return f;
	}

	private static ij.process.FloatProcessor negative(int w, int h) {
		ij.process.FloatProcessor f = new ij.process.FloatProcessor(w, h);
		f.setRoi(10, 10, 30, 30);
		f.setValue(-2);
		f.fill();
		return f;
	}

	private static void blotCases() throws IOException {
		String[][] bad = { { "lanes", "-1" }, { "target_channel", "0" }, { "reference_channel", "-2" },
			{ "rolling_ball_radius", "-1" }, { "rolling_ball_radius", "NaN" }, { "saturation_level", "-5" },
			{ "saturation_level", "NaN" }, { "saturation_level", "Infinity" } };
		for (String[] p : bad)
			blot(p[0] + " " + p[1], BAD, says(p[0] + " is "), "--" + p[0], p[1]);
		blot("lanes not a number", BAD, says("--lanes: 'x' is not a whole number"), "--lanes", "x");
		blot("target channel 3 of 1", BAD, says("target_channel is 3 but"), "--target_channel", "3");
		for (String w : new String[] { "abc", "0.9-0.2", "-5-10", "10" })
			blot("band window '" + w + "'", BAD, says("target_band_window '" + w + "' is not a band window"),
				"--target_band_window", w);
		blot("band window below the image", BAD, says("target_band_window '5000-6000' lies below the image"),
			"--target_band_window", "5000-6000");
		blot("band window of two rows", BAD, says("needs at least 3 rows"), "--reference_band_window", "219-400");
		blot("band window without bands", BAD, says("No band was found in any lane of the target image"),
			"--target_band_window", "0-12");
		blot("polarity unknown", BAD, says("--polarity: 'bright' is not one of"), "--polarity", "bright");
		blot("background unknown", BAD, says("--background: 'median' is not one of"), "--background", "median");
		blot("no reference", BAD, says("Give both a target (pTBK1) and a reference"), "--reference", "");
		blot("target missing", BAD, says("does not exist"), "--target", IN.root.resolve("nowhere.tif").toString());
		blot("target is text", BAD, says("is a text file"), "--target", IN.text("target.tif", "pTBK1 blot\n")
			.toString());
		blot("target truncated", BAD, says("truncated"), "--target", IN.file("cut target.tif", IN.cut(IN.target, 300))
			.toString());
		blot("target empty", BAD, says("is empty"), "--target", IN.file("empty target.tif", new byte[0]).toString());
		blot("one-row blot", BAD, says("420 x 1 pixels", "at least 10 rows"), "--target", IN.image("row.tif", 0,
			BadInputs.flat(420, 1, 500)).toString());
		blot("5x5 blot", BAD, says("5 x 5 pixels"), "--target", IN.image("tiny blot.tif", 0, BadInputs.flat(5, 5, 500))
			.toString(), "--reference", IN.image("tiny ref.tif", 0, BadInputs.flat(5, 5, 500)).toString());
		blot("blank blot", BAD, says("is blank"), "--target", IN.image("blank blot.tif", 0, BadInputs.flat(420, 220, 300))
			.toString());
		var t = IJ_open(IN.target).convertToFloatProcessor();
		t.setf(5, 5, Float.NaN);
		blot("32-bit blot with NaN", BAD, says("NaN or infinite pixel"), "--target", IN.image("nan blot.tif", 0, t)
			.toString());
		blot("lane ROIs that are text", BAD, says("holds no lane ROIs"), "--lanes_from", "roi_file", "--lane_rois", IN.text(
			"lanes.zip", "not a zip").toString());
		blot("lane ROI file missing", BAD, says("lane_rois"), "--lanes_from", "roi_file");
		blot("control group not in the sheet", BAD, says("Mutant"), "--control_group", "Mutant");
		blot("sample sheet missing", BAD, says("does not exist"), "--samples", IN.root.resolve("nowhere.csv").toString());
		blot("sample sheet empty", BAD, says("the sheet is empty"), "--samples", IN.text("empty.csv", "").toString());
		blot("sample sheet without group", BAD, says("needs a 'group'"), "--samples", IN.sheet("nogroup.csv", List.of(
			"lane,sample", "1,a")).toString());
		blot("sample sheet lane twice", BAD, says("appears again"), "--samples", IN.sheet("twice.csv", List.of(
			"lane,sample,group", "1,a,WT", "1,b,KO")).toString());
		blot("sample sheet lane 0", BAD, says("lanes count from 1"), "--samples", IN.sheet("lane0.csv", List.of(
			"lane,sample,group", "0,a,WT")).toString());
		blot("sample sheet lane not a number", BAD, says("is not a whole number"), "--samples", IN.sheet("lanex.csv",
			List.of("lane,sample,group", "first,a,WT")).toString());
		blot("sample sheet ragged", BAD, says("line 3"), "--samples", IN.sheet("ragged.csv", List.of(
			"lane,sample,group", "1,a,WT", "2,b")).toString());
		blot("sample sheet binary", BAD, says("Sample sheet"), "--samples", IN.file("binary.csv", BadInputs.noise(400,
			9)).toString());
		blot("sample sheet negative amount", BAD, says("amount_ug"), "--samples", IN.sheet("amount.csv", List.of(
			"lane,sample,group,amount_ug", "1,a,WT,-3")).toString());
	}

	private static ij.process.ImageProcessor IJ_open(Path file) {
		return ij.IJ.openImage(file.toString()).getProcessor();
	}

	private static Path measurements(String name, String status, List<String> rows) throws IOException {
		Path folder = IN.folder(name);
		List<String> lines = new ArrayList<>();
		lines.add(String.join(",", MeasurementFiles.COLUMNS));
		lines.addAll(rows);
		Files.write(folder.resolve(MeasurementFiles.FILE_NAME), lines);
		if (status != null) Files.writeString(folder.resolve("provenance.json"), status);
		return folder;
	}

	private static String row(String image, String group, String metric, String value, String unit) {
		return "tbk1_blot," + image + ",,lane,1,s," + group + ",1," + metric + "," + value + "," + unit;
	}

	private static final String COMPLETED = "{\"status\": \"completed\"}";

	private static void summaryCases() throws IOException {
		List<String> good = List.of(row("a.tif", "WT", "ratio", "1", ""), row("b.tif", "WT", "ratio", "1.2", ""), row(
			"c.tif", "KO", "ratio", "0.5", ""), row("d.tif", "KO", "ratio", "0.6", ""));
		Path sound = measurements("sound", COMPLETED, good);
		summarize("metric missing", BAD, says("No metric given", "ratio"), sound.toString());
		summarize("metric unknown", BAD, says("No measurements of metric 'volume'", "ratio"), sound.toString(),
			"--metric", "volume");
		summarize("object kind unknown", BAD, says("not measured on objects of kind 'cell'"), sound.toString(),
			"--metric", "ratio", "--object_kind", "cell");
		summarize("control group unknown", BAD, says("control group 'Mutant' is not among"), sound.toString(),
			"--metric", "ratio", "--control_group", "Mutant");
		summarize("unit of analysis unknown", BAD, says("--unit_of_analysis: 'per cell' is not one of"), sound
			.toString(), "--metric", "ratio", "--unit_of_analysis", "per cell");
		summarize("measurements missing", BAD, says("is neither a file nor a folder"), IN.root.resolve("nowhere")
			.toString(), "--metric", "ratio");
		summarize("measurements empty string", BAD, says("No measurements given"), "");
		add("measurements not given", BAD, says("Missing required parameter --measurements"), "summarize-experiment",
			"--metric", "ratio");
		summarize("folder without measurements", BAD, says("No measurements.csv found"), IN.folder("no tables")
			.toString(), "--metric", "ratio");
		summarize("not a measurements table", BAD, says("is not a measurements table", "column 'assay' is missing"), IN
			.sheet("other.csv", List.of("lane,volume", "1,2")).toString(), "--metric", "ratio");
		summarize("a table with a short line", BAD, says("line 3", "fields but the header has"), measurements("short",
			COMPLETED, List.of(row("a.tif", "WT", "ratio", "1", ""), "tbk1_blot,a.tif,,lane")).toString(), "--metric",
			"ratio");
		summarize("empty measurements file", BAD, says("is empty: it needs a header line"), IN.text("x/" +
			MeasurementFiles.FILE_NAME, "").toString(), "--metric", "ratio");
		summarize("only NaN values", BAD, says("Every value of metric 'ratio' is NaN or infinite"), measurements("nan",
			COMPLETED, List.of(row("a.tif", "WT", "ratio", "", ""), row("b.tif", "KO", "ratio", "NaN", ""))).toString(),
			"--metric", "ratio");
		summarize("values in two units", BAD, says("comes in different units: 'counts', 'a.u.'"), measurements(
			"units", COMPLETED, List.of(row("a.tif", "WT", "volume", "1", "counts"), row("b.tif", "KO", "volume", "2",
				"a.u."))).toString(), "--metric", "volume");
		summarize("run still running or killed", BAD, says("are incomplete", "'running'", "killed"), measurements(
			"killed", "{\"status\": \"running\"}", good).toString(), "--metric", "ratio");
		summarize("run failed", BAD, says("are incomplete", "'failed: disk full'"), measurements("failed",
			"{\"status\": \"failed: disk full\"}", good).toString(), "--metric", "ratio");
		summarize("provenance empty", BAD, says("are incomplete", "is empty or damaged"), measurements("empty claim",
			"", good).toString(), "--metric", "ratio");
		summarize("provenance not JSON", BAD, says("are incomplete", "is empty or damaged"), measurements("garbage",
			"<html>", good).toString(), "--metric", "ratio");
		summarize("one good and one killed run", BAD, says("killed"), IN.root.resolve("folders/sound") + ";" + IN.root
			.resolve("folders/killed"), "--metric", "ratio");
		summarize("output is a file", BAD, says("is a file, not a folder"), sound.toString(), "--metric", "ratio",
			"--output", IN.text("output.txt", "x").toString());
		summarize("output under a file", BAD, says("Cannot create the output folder"), sound.toString(), "--metric",
			"ratio", "--output", IN.root.resolve("files/output.txt/summary").toString());
	}

	private static void sheetsAndFolders() throws IOException {
		Path conditions = IN.sheet("conditions.csv", List.of("pattern,condition,replicate", "*arsenite*,arsenite,1"));
		segment("conditions sheet missing", BAD, says("does not exist"), IN.field, "--conditions", IN.root.resolve(
			"nowhere.csv").toString());
		segment("conditions sheet without condition", BAD, says("needs a 'group' (or 'condition')"), IN.field,
			"--conditions", IN.sheet("nocond.csv", List.of("pattern,replicate", "*,1")).toString());
		segment("conditions sheet without a key", BAD, says("lane"), IN.field, "--conditions", IN.sheet("nokey.csv",
			List.of("condition,replicate", "arsenite,1")).toString());
		segment("conditions sheet empty", BAD, says("the sheet is empty"), IN.field, "--conditions", IN.text(
			"empty conditions.csv", "").toString());
		segment("input missing", BAD, says("does not exist"), IN.root.resolve("nowhere"));
		add("input empty string", BAD, says("No input given"), "segment-stress-granules", "--input", "");
		segment("folder without images", BAD, says("holds no images"), IN.folder("no images"));
		Path onlyBad = IN.folder("only bad");
		Files.write(onlyBad.resolve("a.tif"), new byte[0]);
		Files.writeString(onlyBad.resolve("b.tif"), "text");
		Files.write(onlyBad.resolve("c.tif"), Arrays.copyOf(IN.fieldBytes(), 5000));
		segment("folder of only bad images", BAD, says("No image could be analysed: 'a.tif' is empty", "'b.tif' is a text " +
			"file", "'c.tif' is truncated"), onlyBad);
		segment("output is a file", BAD, says("is a file, not a folder"), IN.field, "--output", conditions.toString());
		segment("output under a file", BAD, says("Cannot create the output folder"), IN.field, "--output", conditions
			.resolve("sub").toString());
		segment("output empty", BAD, says("No output folder given"), IN.field, "--output", "");
		add("output not given", BAD, says("Missing required parameter --output"), "segment-stress-granules",
			"--input", IN.field.toString(), NO_OUTPUT);
	}

	private final Case c;

	public FaultCampaignTest(Case c) {
		this.c = c;
	}

	@Test
	public void failsCleanlyAndSaysWhatToFix() throws IOException {
		Path output = ROOT.resolve("out").resolve("run " + OUTPUTS.incrementAndGet());
		List<String> args = new ArrayList<>(Arrays.asList(c.args));
		boolean ownOutput = args.contains("--output") || args.remove(NO_OUTPUT);
		if (!ownOutput) args.addAll(List.of("--output", output.toString()));
		Cli run = Cli.run(args.toArray(new String[0]));
		assertEquals(c.name + "\n" + run, c.code, run.code);
		for (String word : c.message)
			assertTrue(c.name + ": the message does not say '" + word + "'\n" + run, run.err.contains(word));
		Results.noStackTrace(c.name, run.all());
		Results.printedOnce(c.name, run.all());
		int at = args.indexOf("--output");
		Path given = ownOutput && at >= 0 && !args.get(at + 1).isEmpty() ? Path.of(args.get(at + 1)) : null;
		Results.nothingCompleteLooking(c.name, ownOutput ? given : output);
	}

}
