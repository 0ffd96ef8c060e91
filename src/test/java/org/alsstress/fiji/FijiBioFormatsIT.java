package org.alsstress.fiji;

import static org.alsstress.fiji.runtime.RecordedLine.quoted;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import ij.IJ;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import org.alsstress.blot.BlotSimulation;
import org.alsstress.blot.BlotSimulator;
import org.alsstress.blot.Role;
import org.alsstress.blot.SimulatedBlot;
import org.alsstress.fiji.runtime.FijiPlan;
import org.alsstress.fiji.runtime.FijiRuntime;
import org.alsstress.fiji.runtime.FijiSession;
import org.alsstress.io.ImagerFiles;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Vendor files through the real Bio-Formats 8.0.1 of a Fiji: multi-series Zeiss .czi and Leica .lif
 * files (every series, its channel names and calibration, and the conditions sheet matching series),
 * a Fiji macro opening them with the Bio-Formats Macro Extensions, the same files on the command line with
 * {@code --fiji}, and gel-imager files (Typhoon .gel, square-root encoded, and Bio-Rad Image Lab .scn; a real ChemiDoc XRS Quantity One .1sc against its TIFF export)
 * measured on their linear counts.
 */
public class FijiBioFormatsIT {

	private static final String WELL = "WellD6-7_S2.czi", LIF = "testdata_2channel_xz.lif", DAPI = "DAPI_GFP.czi";
	private static final String CHEMIDOC = "chemidoc_xrs_16lanes";

	private static Path work, images, blot;
	private static FijiSession fiji;
	private static ShortProcessor storedTarget;
	private static final long NUMERATOR = 1, DENOMINATOR = 65535;

	@BeforeClass
	public static void runInFiji() throws Exception {
		final Path microscopy = FijiRuntime.microscopy();
		work = FijiRuntime.workFolder(FijiBioFormatsIT.class);
		images = Files.createDirectories(work.resolve("microscopy files"));
		for (final String name : new String[] { WELL, LIF, DAPI }) Files.copy(microscopy.resolve(name), images.resolve(name));
		Files.write(images.resolve("notes.log"), Arrays.asList("fixed 20 min PFA"));
		Files.write(images.resolve("plate_map.xlsx"), new byte[] { 'P', 'K', 3, 4, 0, 0 });
		Files.write(images.resolve("conditions.csv"), Arrays.asList("image,pattern,condition",
			WELL + " [" + WELL + " #1],,scene 1 full",
			",WellD6-7*,well",
			"testdata_2channel_xz [xz],,lif xz",
			",xzy,lif xzy",
			DAPI + ",,dapi"));
		writeBlotFiles();

		final FijiPlan plan = new FijiPlan(work);
		// Headless, Fiji cannot show the Importer's dialog classes (VerifyError, as users of real headless Fiji
		// report: ome/bioformats#4372): macros read files with the Bio-Formats Macro Extensions instead.
		final StringBuilder importer = new StringBuilder("run('Bio-Formats Macro Extensions');\n");
		for (final String name : new String[] { WELL, LIF }) {
			importer.append("Ext.setId(").append(quoted(images.resolve(name).toString())).append(");\n");
			importer.append("Ext.getSeriesCount(n);\nfor (s = 0; s < n; s++) { Ext.setSeries(s); Ext.getSeriesName(name); " +
				"Ext.getSizeX(w); Ext.getSizeY(h); Ext.getSizeC(c); Ext.getSizeZ(z); Ext.getSizeT(t); " +
				"Ext.getPixelsPhysicalSizeX(px); print('image=' + name + '|' + w + 'x' + h + '|c' + c + '|z' + z + '|t' + " +
				"t + '|' + d2s(px, 5)); }\nExt.close();\n");
		}
		plan.macro("importer", importer.toString());
		plan.macro("segment_series", "run('Segment Stress Granules', " + quoted("input=[" + images + "] conditions=[" +
			images.resolve("conditions.csv") + "] nuclei_channel=1 granule_channel=2 pixel_size_um=0.2 output=[" + work
				.resolve("fiji results") + "]") + ");\n");
		plan.macro("open_series", "run('Bio-Formats Macro Extensions');\nExt.openImagePlus(" + quoted(images.resolve(DAPI)
			.toString()) + ");\nrun('Segment Stress Granules', " + quoted("image=*active* " +
				"nuclei_channel=1 granule_channel=2 pixel_size_um=0.2 output=[" + work.resolve("open image results") + "]") +
			");\n");
		plan.macro("gel_importer", pixelsMacro(blot.resolve("target.gel")));
		plan.macro("scn_importer", pixelsMacro(blot.resolve("target.scn")));
		// a real Bio-Rad ChemiDoc XRS file (Quantity One .1sc) and its TIFF export, both of src/test/resources/blots
		for (final String name : new String[] { CHEMIDOC + ".1sc", CHEMIDOC + ".tif" })
			Files.copy(Path.of(FijiBioFormatsIT.class.getResource("/blots/" + name).toURI()), blot.resolve(name));
		plan.macro("real_1sc_importer", pixelsMacro(blot.resolve(CHEMIDOC + ".1sc")));
		for (final String kind : new String[] { "1sc", "tif" })
			plan.macro("quantify_real_" + kind, "run('Quantify TBK1 Bands', " + quoted("target=[" + blot.resolve(CHEMIDOC + "."
				+ kind) + "] reference=[" + blot.resolve(CHEMIDOC + "." + kind) + "] lanes=16 output=[" + work.resolve("real "
					+ kind + " results") + "]") + ");\n");
		for (final String kind : new String[] { "tif", "gel", "scn" }) {
			plan.macro("quantify_" + kind, "run('Quantify TBK1 Bands', " + quoted("target=[" + blot.resolve("target." +
				kind) + "] reference=[" + blot.resolve("reference." + kind) + "] samples=[" + blot.resolve("samples.csv") +
				"] control_group=control output=[" + work.resolve(kind + " results") + "]") + ");\n");
		}
		fiji = FijiRuntime.run(plan);
	}

	/** A simulated blot pair as TIFF, as square-root encoded .gel and as Image Lab .scn, with its sample sheet. */
	private static void writeBlotFiles() throws Exception {
		blot = Files.createDirectories(work.resolve("imager files"));
		final SimulatedBlot simulated = BlotSimulator.simulate(BlotSimulation.clean16Bit(13));
		simulated.write(blot);
		final double scale = NUMERATOR / (double) DENOMINATOR;
		for (final Role role : new Role[] { Role.TARGET, Role.REFERENCE }) {
			final ImageProcessor linear = simulated.image(role).getProcessor();
			IJ.saveAsTiff(simulated.image(role), blot.resolve(role.key() + ".tif").toString());
			final ShortProcessor stored = new ShortProcessor(linear.getWidth(), linear.getHeight());
			for (int i = 0; i < linear.getPixelCount(); i++) stored.set(i, ImagerFiles.squareRootEncoded(linear.get(i),
				scale));
			ImagerFiles.writeGel(blot.resolve(role.key() + ".gel"), stored, 2, NUMERATOR, DENOMINATOR);
			ImagerFiles.writeScn(blot.resolve(role.key() + ".scn"), linear, 0.05);
			if (role == Role.TARGET) storedTarget = stored;
		}
	}

	/** A macro that opens one file through Bio-Formats' importer (macro extensions) and prints its depth and a row of pixels. */
	private static String pixelsMacro(final Path file) {
		return "run('Bio-Formats Macro Extensions');\nExt.openImagePlus(" + quoted(file.toString()) + ");\n" +
			"getPixelSize(unit, pw, ph);\nprint('depth=' + bitDepth() + ' size=' + getWidth() + 'x' + getHeight() + " +
			"' pixel=' + d2s(pw, 4) + ' ' + unit);\ny = floor(getHeight() / 3);\n" +
			"s = ''; for (x = 0; x < getWidth(); x += 7) s = s + d2s(getPixel(x, y), 6) + ' ';\nprint('row=' + s);\n";
	}

	private static List<String> printed(final String step, final String prefix) {
		final List<String> lines = new ArrayList<>();
		for (final String line : fiji.out(step).split("\n")) if (line.startsWith(prefix)) lines.add(line.substring(
			prefix.length()).trim());
		return lines;
	}

	private static JsonObject provenance(final Path folder) throws Exception {
		return JsonParser.parseString(new String(Files.readAllBytes(folder.resolve("provenance.json")),
			StandardCharsets.UTF_8)).getAsJsonObject();
	}

	private static Map<String, String> conditions(final Path results) throws Exception {
		final DataTable table = TableFiles.read(results.resolve("images.csv"));
		final Map<String, String> byImage = new HashMap<>();
		for (int row = 0; row < table.rowCount(); row++) byImage.put(table.getString(row, "image"), table.getString(row,
			"condition"));
		return byImage;
	}

	@Test
	public void fijisBioFormatsReadsEverySeriesWithItsCalibration() {
		fiji.assertClean("importer");
		final List<String> seen = printed("importer", "image=");
		assertEquals(fiji.transcript("importer"), Arrays.asList(
			WELL + " #1|544x440|c1|z1|t1|0.10000",
			WELL + " #2|272x220|c1|z1|t1|0.10000",
			WELL + " #3|544x440|c1|z1|t1|0.10000",
			WELL + " #4|272x220|c1|z1|t1|0.10000",
			"xzt|128x128|c2|z1|t20|0.14028",
			"xzy|128x128|c2|z23|t1|0.14028",
			"xz|512x512|c2|z1|t1|0.10270"), seen);
	}

	@Test
	public void aFolderRunAnalysesEverySeriesAndTheSheetMatchesThemByImageAndByPattern() throws Exception {
		fiji.assertClean("segment_series");
		final Map<String, String> conditions = conditions(work.resolve("fiji results"));
		final Map<String, String> expected = new HashMap<>();
		expected.put(WELL + " [" + WELL + " #1]", "scene 1 full");
		for (int s = 2; s <= 4; s++) expected.put(WELL + " [" + WELL + " #" + s + "]", "well");
		expected.put(LIF + " [xz]", "lif xz");
		expected.put(LIF + " [xzy]", "lif xzy");
		expected.put(LIF + " [xzt]", "");
		expected.put(DAPI, "dapi");
		assertEquals("every series is a row, and only images are rows", expected, conditions);
		final String err = fiji.err("segment_series");
		assertTrue(err, err.contains("Skipped 2 files of the input folder that are not an image: notes.log, " +
			"plate_map.xlsx."));
		assertTrue(err, err.contains("'" + LIF + " [xzt]' matches no row of the conditions sheet"));
		final DataTable table = TableFiles.read(work.resolve("fiji results/images.csv"));
		for (int row = 0; row < table.rowCount(); row++) {
			if (table.getString(row, "image").equals(DAPI)) {
				assertEquals("ok", table.getString(row, "status"));
				assertTrue(table.getDouble(row, "cells") > 5);
			}
		}
	}

	@Test
	public void channelNamesAndCalibrationOfEachSeriesAreFijis() throws Exception {
		fiji.assertClean("segment_series");
		final Map<String, JsonObject> described = describedImages(work.resolve("fiji results"));
		assertEquals("4 + 3 series and one single image", 8, described.size());
		final JsonObject xzy = described.get(LIF + " [xzy]");
		assertEquals("[\"Leica/FITC\",\"Leica/TRITC\"]", xzy.get("channel_names").toString());
		assertEquals(23, xzy.get("slices").getAsInt());
		assertEquals(0.14028, xzy.get("pixel_width").getAsDouble(), 1e-5);
		assertEquals("[\"DAPI\",\"GFP\"]", described.get(DAPI).get("channel_names").toString());
		assertEquals("[\"AF488\"]", described.get(WELL + " [" + WELL + " #2]").get("channel_names").toString());
		// Bio-Formats 8.0.1 gives the half-resolution scenes of this file the full-resolution pixel size too
		assertEquals(0.1, described.get(WELL + " [" + WELL + " #2]").get("pixel_width").getAsDouble(), 1e-9);
		assertEquals(272, described.get(WELL + " [" + WELL + " #2]").get("width").getAsInt());
		// each series analysed as Fiji's macro extensions see it
		for (final String line : printed("importer", "image=")) {
			final String[] f = line.split("\\|");
			final String file = f[0].startsWith(WELL) ? WELL : LIF;
			final JsonObject d = described.get(file + " [" + f[0] + "]");
			assertTrue(line + " among " + described.keySet(), d != null);
			assertEquals(line, f[1] + "|c" + f[2].substring(1) + "|z" + f[3].substring(1) + "|t" + f[4].substring(1), d
				.get("width").getAsInt() + "x" + d.get("height").getAsInt() + "|c" + d.get("channels").getAsInt() + "|z" +
				d.get("slices").getAsInt() + "|t" + d.get("frames").getAsInt());
			assertEquals(line, Double.parseDouble(f[5]), d.get("pixel_width").getAsDouble(), 1e-5);
		}
	}

	private static Map<String, JsonObject> describedImages(final Path results) throws Exception {
		final Map<String, JsonObject> byName = new HashMap<>();
		final JsonArray list = provenance(results).getAsJsonArray("images");
		for (final JsonElement e : list) byName.put(e.getAsJsonObject().get("name").getAsString(), e.getAsJsonObject());
		return byName;
	}

	@Test
	public void anImageOpenedWithTheImporterIsAnalysedAsAnOpenImage() throws Exception {
		fiji.assertClean("open_series");
		final DataTable open = TableFiles.read(work.resolve("open image results/images.csv"));
		final DataTable folder = TableFiles.read(work.resolve("fiji results/images.csv"));
		int row = 0;
		while (!folder.getString(row, "image").equals(DAPI)) row++;
		assertEquals("the same cells from the importer's image as from the file", folder.getDouble(row, "cells"), open
			.getDouble(0, "cells"), 0);
		assertEquals(folder.getDouble(row, "granules"), open.getDouble(0, "granules"), 0);
	}

	@Test
	public void theCommandLineWithFijiReadsTheSameSeriesChannelsAndCalibration() throws Exception {
		fiji.assertClean("segment_series");
		final Path cli = work.resolve("cli results");
		final String log = cli("--fiji", FijiRuntime.fiji().toString(), "segment-stress-granules", "--input", images
			.toString(), "--conditions", images.resolve("conditions.csv").toString(), "--nuclei_channel", "1",
			"--granule_channel", "2", "--pixel_size_um", "0.2", "--output", cli.toString());
		assertTrue(log, log.startsWith("exit 0"));
		for (final String table : new String[] { "images.csv", "cells.csv", "granules.csv" }) {
			assertArrayEquals(table, Files.readAllBytes(work.resolve("fiji results").resolve(table)), Files.readAllBytes(cli
				.resolve(table)));
		}
		assertEquals(describedImages(work.resolve("fiji results")).toString(), describedImages(cli).toString());
	}

	@Test
	public void withoutFijiTheCommandLineSaysHowToReadTheseFiles() throws Exception {
		final String log = cli("segment-stress-granules", "--input", images.toString(), "--pixel_size_um", "0.2",
			"--output", work.resolve("no fiji").toString());
		assertTrue(log, log.startsWith("exit 2"));
		assertTrue(log, log.contains("--fiji /path/to/Fiji.app"));
		assertFalse(log, log.contains("Exception"));
	}

	@Test
	public void bioFormatsDecodesSquareRootGelFilesToCounts() {
		fiji.assertClean("gel_importer");
		final String first = printed("gel_importer", "depth=").get(0);
		assertTrue(fiji.transcript("gel_importer"), first.startsWith("32 size=" + storedTarget.getWidth() + "x" +
			storedTarget.getHeight()));
		final String[] row = printed("gel_importer", "row=").get(0).split(" ");
		final int y = storedTarget.getHeight() / 3;
		for (int i = 0, x = 0; x < storedTarget.getWidth(); x += 7, i++) {
			final float expected = ImagerFiles.squareRootDecoded(storedTarget.get(x, y), NUMERATOR, DENOMINATOR);
			assertEquals("x=" + x, expected, Double.parseDouble(row[i]), 1e-6 * Math.max(1, expected));
		}
	}

	@Test
	public void bioFormatsReadsImageLabScnFilesAsStored() throws Exception {
		fiji.assertClean("scn_importer");
		final ImageProcessor linear = IJ.openImage(blot.resolve("target.tif").toString()).getProcessor();
		final String first = printed("scn_importer", "depth=").get(0);
		assertTrue(first, first.startsWith("16 size=" + linear.getWidth() + "x" + linear.getHeight() + " pixel=50.0000"));
		final String[] row = printed("scn_importer", "row=").get(0).split(" ");
		final int y = linear.getHeight() / 3;
		for (int i = 0, x = 0; x < linear.getWidth(); x += 7, i++) assertEquals("x=" + x, linear.get(x, y), Double
			.parseDouble(row[i]), 0);
	}

	@Test
	public void gelAndScnBlotsGiveTheRatiosOfTheLinearImagesInFijiAndOnTheCommandLine() throws Exception {
		for (final String kind : new String[] { "tif", "gel", "scn" }) fiji.assertClean("quantify_" + kind);
		final DataTable tif = lanes(work.resolve("tif results"));
		final DataTable scn = lanes(work.resolve("scn results"));
		final DataTable gel = lanes(work.resolve("gel results"));
		final DataTable gelWithoutFiji = lanes(quantifyOnTheCommandLine("gel", false));
		final DataTable scnWithFijiHome = lanes(quantifyOnTheCommandLine("scn", true));
		for (int lane = 0; lane < tif.rowCount(); lane++) {
			final double ratio = tif.getDouble(lane, "ratio");
			assertEquals("scn lane " + (lane + 1), ratio, scn.getDouble(lane, "ratio"), 1e-12 * ratio);
			assertEquals("gel lane " + (lane + 1), ratio, gel.getDouble(lane, "ratio"), 0.005 * ratio);
			assertEquals("our decoding is Bio-Formats' to the bit", gel.getDouble(lane, "ratio"), gelWithoutFiji
				.getDouble(lane, "ratio"), 0);
			assertEquals(ratio, scnWithFijiHome.getDouble(lane, "ratio"), 1e-12 * ratio);
		}
	}

	/**
	 * The real ChemiDoc file through Fiji's Bio-Formats: 16-bit, 696x520, the pixels of its TIFF export (Image Lab's
	 * "Export for Analysis") to the count, and Quantify TBK1 Bands gives the same volumes from either file.
	 */
	@Test
	public void aRealChemiDocQuantityOneFileIsReadAsItsLinearExport() throws Exception {
		fiji.assertClean("real_1sc_importer");
		final ImageProcessor tif = IJ.openImage(blot.resolve(CHEMIDOC + ".tif").toString()).getProcessor();
		final String first = printed("real_1sc_importer", "depth=").get(0);
		assertTrue(first, first.startsWith("16 size=696x520"));
		final String[] row = printed("real_1sc_importer", "row=").get(0).split(" ");
		final int y = tif.getHeight() / 3;
		for (int i = 0, x = 0; x < tif.getWidth(); x += 7, i++) assertEquals("x=" + x, tif.get(x, y), Double.parseDouble(
			row[i]), 0);
		for (final String kind : new String[] { "1sc", "tif" }) fiji.assertClean("quantify_real_" + kind);
		final DataTable fromTif = TableFiles.read(work.resolve("real tif results").resolve("bands.csv"));
		final DataTable from1sc = TableFiles.read(work.resolve("real 1sc results").resolve("bands.csv"));
		assertEquals(32, fromTif.rowCount());
		assertEquals(fromTif.rowCount(), from1sc.rowCount());
		for (int r = 0; r < fromTif.rowCount(); r++) {
			assertEquals("lane " + fromTif.getString(r, "lane"), fromTif.getDouble(r, "lane_left_px"), from1sc.getDouble(r,
				"lane_left_px"), 0);
			assertEquals("lane " + fromTif.getString(r, "lane"), fromTif.getDouble(r, "volume"), from1sc.getDouble(r, "volume"),
				0);
		}
	}

	private static DataTable lanes(final Path results) throws Exception {
		return TableFiles.read(results.resolve("lanes.csv"));
	}

	/** With {@code fijiHome}, Bio-Formats comes from the Fiji named by FIJI_HOME. */
	private static Path quantifyOnTheCommandLine(final String kind, final boolean fijiHome) throws Exception {
		final Path out = work.resolve(kind + " cli results");
		final List<String> args = new ArrayList<>();
		args.addAll(Arrays.asList("quantify-tbk1-bands", "--target", blot.resolve("target." + kind).toString(),
			"--reference", blot.resolve("reference." + kind).toString(), "--samples", blot.resolve("samples.csv")
				.toString(), "--control_group", "control", "--output", out.toString()));
		final String log = cliWithFijiHome(fijiHome ? FijiRuntime.fiji().toString() : null, args.toArray(new String[0]));
		assertTrue(log, log.startsWith("exit 0"));
		return out;
	}

	private static String cli(final String... args) throws Exception {
		return cliWithFijiHome(null, args);
	}

	/** Runs bin/als-stress (with FIJI_HOME set, or unset when null); returns "exit N" and what it printed. */
	private static String cliWithFijiHome(final String fijiHome, final String... args) throws Exception {
		final List<String> command = new ArrayList<>();
		command.add("bin/als-stress");
		command.addAll(Arrays.asList(args));
		final ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		if (fijiHome == null) builder.environment().remove("FIJI_HOME");
		else builder.environment().put("FIJI_HOME", fijiHome);
		final Path log = Files.createTempFile(work, "cli", ".log");
		final Process process = builder.redirectOutput(log.toFile()).start();
		assertTrue("bin/als-stress finished", process.waitFor(5, TimeUnit.MINUTES));
		return "exit " + process.exitValue() + "\n" + new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
	}
}
