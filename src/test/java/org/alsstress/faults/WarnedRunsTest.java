package org.alsstress.faults;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;

import org.alsstress.cli.Main;
import org.alsstress.granules.sim.FieldSimulator;
import org.alsstress.granules.sim.FieldSpec;
import org.alsstress.granules.sim.Scenario;
import org.alsstress.io.Checksums;
import org.alsstress.io.MeasurementFiles;
import org.alsstress.io.ProvenanceFiles;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Runs that complete although something was not right: they must say so. A folder with bad files among good ones,
 * fields of pure noise, channels sharing a name, and summaries with values left out or cells left blank.
 */
public class WarnedRunsTest {

	@ClassRule
	public static TemporaryFolder tmp = new TemporaryFolder();

	private static Path mixed;
	private static final List<String> BAD = List.of("empty.tif", "notes.tif", "cut.tif", "noise.tif");

	@BeforeClass
	public static void folderWithBadFiles() throws IOException {
		mixed = tmp.newFolder("mixed").toPath();
		FieldSimulator.simulate(Scenario.ARSENITE, 31, FieldSpec.of(448, 448)).writeImage(mixed, "good 1");
		FieldSimulator.simulate(Scenario.CONTROL, 32, FieldSpec.of(448, 448)).writeImage(mixed, "good 2");
		byte[] whole = Files.readAllBytes(mixed.resolve("good 1.tif"));
		Files.write(mixed.resolve("empty.tif"), new byte[0]);
		Files.writeString(mixed.resolve("notes.tif"), "plate map: A1 control, A2 arsenite\n");
		Files.write(mixed.resolve("cut.tif"), java.util.Arrays.copyOf(whole, whole.length / 3));
		Files.write(mixed.resolve("noise.tif"), BadInputs.noise(4000, 5));
	}

	@Test
	public void badFilesOfAFolderAreListedAsFailedAndEveryImageIsChecksummed() throws IOException {
		Path out = tmp.getRoot().toPath().resolve("mixed results");
		Cli run = Cli.run("segment-stress-granules", "--input", mixed.toString(), "--output", out.toString(),
			"--nuclei_channel", "1", "--granule_channel", "2");
		assertEquals(run.toString(), Main.OK, run.code);
		Results.noStackTrace("mixed folder", run.all());
		Results.completed("mixed folder", out);

		DataTable images = TableFiles.read(out.resolve("images.csv"));
		Map<String, String> status = new TreeMap<>();
		for (int r = 0; r < images.rowCount(); r++)
			status.put(images.getString(r, "image"), images.getString(r, "status"));
		assertEquals(6, status.size());
		assertEquals("ok", status.get("good 1.tif"));
		assertEquals("ok", status.get("good 2.tif"));
		assertTrue(status.get("empty.tif"), status.get("empty.tif").startsWith("failed: 'empty.tif' is empty"));
		assertTrue(status.get("notes.tif"), status.get("notes.tif").contains("is a text file"));
		assertTrue(status.get("cut.tif"), status.get("cut.tif").contains("is truncated"));
		assertTrue(status.get("noise.tif"), status.get("noise.tif").contains("is not a TIFF image"));
		for (String bad : BAD)
			assertTrue(bad, run.err.contains("'" + bad + "' was not analysed"));

		JsonObject provenance = ProvenanceFiles.read(out.resolve(ProvenanceFiles.FILE_NAME));
		Map<String, String> checksums = new TreeMap<>();
		for (JsonElement e : provenance.getAsJsonArray("inputs")) {
			JsonObject input = e.getAsJsonObject();
			if (input.get("role").getAsString().equals("image")) checksums.put(input.get("name").getAsString(), input.get(
				"sha256").getAsString());
		}
		assertEquals(status.keySet(), checksums.keySet());
		for (Map.Entry<String, String> c : checksums.entrySet())
			assertEquals(c.getKey(), Checksums.sha256(mixed.resolve(c.getKey())), c.getValue());
	}

	@Test
	public void fieldsOfPureNoiseAreAnalysedButMarkedAsImplausible() throws IOException {
		Path folder = tmp.newFolder("noise among fields").toPath();
		FieldSimulator.simulate(Scenario.DIM, 41, FieldSpec.of(512, 512)).writeImage(folder, "dim field");
		FieldSimulator.simulate(Scenario.DENSE, 42, FieldSpec.of(512, 512)).writeImage(folder, "dense field");
		java.util.Random random = new java.util.Random(43);
		List<String> noise = List.of("uniform noise.tif", "gaussian noise.tif", "8-bit noise.tif");
		for (int kind = 0; kind < noise.size(); kind++) {
			ImageStack stack = new ImageStack(512, 512);
			for (String channel : new String[] { "DAPI", "G3BP1" }) {
				ij.process.ImageProcessor ip = kind == 2 ? new ij.process.ByteProcessor(512, 512) : new ij.process
					.ShortProcessor(512, 512);
				for (int i = 0; i < 512 * 512; i++)
					ip.set(i, kind == 0 ? random.nextInt(65536) : kind == 1 ? (int) Math.max(0, Math.round(800 + 60 * random
						.nextGaussian())) : random.nextInt(256));
				stack.addSlice(channel, ip);
			}
			ImagePlus image = new ImagePlus(noise.get(kind), stack);
			image.setDimensions(2, 1, 1);
			image.getCalibration().pixelWidth = image.getCalibration().pixelHeight = FieldSpec.PIXEL_UM;
			image.getCalibration().setUnit("micron");
			assertTrue(IJ.saveAsTiff(image, folder.resolve(noise.get(kind)).toString()));
		}
		Path out = tmp.getRoot().toPath().resolve("noise results");
		Cli run = Cli.run("segment-stress-granules", "--input", folder.toString(), "--output", out.toString(),
			"--nuclei_channel", "1", "--granule_channel", "2");
		assertEquals(run.toString(), Main.OK, run.code);
		Results.completed("noise among fields", out);
		// progress: every image in order, then the tables, each line once
		List<String> progress = run.err.lines().filter(l -> l.matches("\\[\\d+/\\d+\\] .*")).collect(java.util.stream.Collectors
			.toList());
		assertEquals(run.err, List.of("[1/5] Segmenting stress granules: 8-bit noise.tif",
			"[2/5] Segmenting stress granules: dense field.tif", "[3/5] Segmenting stress granules: dim field.tif",
			"[4/5] Segmenting stress granules: gaussian noise.tif", "[5/5] Segmenting stress granules: uniform noise.tif",
			"[5/5] Writing tables"), progress);

		DataTable images = TableFiles.read(out.resolve("images.csv"));
		Map<String, String> status = new TreeMap<>();
		for (int r = 0; r < images.rowCount(); r++)
			status.put(images.getString(r, "image"), images.getString(r, "status"));
		assertEquals("ok", status.get("dim field.tif"));
		assertEquals("ok", status.get("dense field.tif"));
		String warnings = ProvenanceFiles.read(out.resolve(ProvenanceFiles.FILE_NAME)).get("warnings").toString();
		int warned = 0;
		for (String n : noise) {
			String s = status.get(n);
			// the detector may find no nucleus at all in a noise field (then it fails), but never an ok one
			assertTrue(n + ": " + s, s.startsWith("warning: ") || s.startsWith("failed: No nuclei found"));
			if (!s.startsWith("warning: ")) continue;
			warned++;
			assertTrue(s, s.contains("noise units above the rest of the nuclei channel (1)") && s.contains(
				"the image looks like noise, or that is not the DNA stain"));
			assertTrue(warnings, warnings.contains("'" + n + "': the "));
			assertTrue(run.err, run.err.contains("'" + n + "': the "));
		}
		assertTrue("every noise field failed, so the warning was not tried: " + status, warned > 0);
	}

	@Test
	public void channelsSharingANameAreNeverChosenByNameAndAreWarnedAbout() throws IOException {
		Path folder = tmp.newFolder("same names").toPath();
		ImagePlus field = FieldSimulator.simulate(Scenario.ARSENITE, 33, FieldSpec.of(448, 448)).image();
		ImageStack named = new ImageStack(448, 448);
		for (int c = 1; c <= 3; c++)
			named.addSlice(c == 2 ? "G3BP1" : "DAPI", field.getStack().getProcessor(c).duplicate());
		ImagePlus image = new ImagePlus("twice DAPI", named);
		image.setDimensions(3, 1, 1);
		image.setCalibration(field.getCalibration());
		Path file = folder.resolve("twice DAPI.tif");
		assertTrue(IJ.saveAsTiff(image, file.toString()));

		Cli byName = Cli.run("segment-stress-granules", "--input", file.toString(), "--output", tmp.getRoot().toPath()
			.resolve("by name").toString());
		assertEquals(byName.toString(), Main.USAGE, byName.code);
		assertTrue(byName.err, byName.err.contains("channels 1 and 3 are both named 'DAPI', so which one holds the " +
			"nuclear stain is not known: set nuclei_channel."));

		Cli byNumber = Cli.run("segment-stress-granules", "--input", file.toString(), "--output", tmp.getRoot()
			.toPath().resolve("by number").toString(), "--nuclei_channel", "1", "--granule_channel", "2");
		assertEquals(byNumber.toString(), Main.OK, byNumber.code);
		assertTrue(byNumber.err, byNumber.err.contains("channels 1 and 3 are both named 'DAPI'; check that the " +
			"channel numbers given are the ones meant."));
		JsonObject provenance = ProvenanceFiles.read(tmp.getRoot().toPath().resolve("by number/provenance.json"));
		assertTrue(provenance.get("warnings").toString().contains("are both named 'DAPI'"));
	}

	private static Path measurements(String name, boolean provenance, List<String> rows) throws IOException {
		Path folder = tmp.newFolder(name).toPath();
		List<String> lines = new ArrayList<>();
		lines.add(String.join(",", MeasurementFiles.COLUMNS));
		lines.addAll(rows);
		Files.write(folder.resolve(MeasurementFiles.FILE_NAME), lines);
		if (provenance) Files.writeString(folder.resolve("provenance.json"), "{\"status\": \"completed\"}");
		return folder;
	}

	private static String lane(int id, String group, String value) {
		return "tbk1_blot,blot.tif,,lane," + id + ",s" + id + "," + group + ",1,ratio," + value + ",a.u.";
	}

	private static Cli summarize(Path measurements, String name) {
		return Cli.run("summarize-experiment", "--measurements", measurements.toString(), "--output", tmp.getRoot()
			.toPath().resolve(name).toString(), "--metric", "ratio");
	}

	@Test
	public void summariesSayWhatTheyLeftOutOrLeftBlank() throws IOException {
		Cli nan = summarize(measurements("nan", true, List.of(lane(1, "WT", "1"), lane(2, "WT", "NaN"), lane(3, "WT",
			"1.2"), lane(4, "KO", "0.5"), lane(5, "KO", "Inf"), lane(6, "KO", "0.6"))), "nan summary");
		assertEquals(nan.toString(), Main.OK, nan.code);
		assertTrue(nan.err, nan.err.contains("2 of 6 values of 'ratio' are NaN or infinite (not measurable) and were " +
			"left out of the statistics, e.g. blot.tif lane 2."));
		DataTable points = TableFiles.read(tmp.getRoot().toPath().resolve("nan summary/points.csv"));
		assertEquals(List.of("metric", "group", "replicate", "point", "value", "unit"), points.columns());
		assertEquals(4, points.rowCount());
		assertEquals("blot.tif lane 1", points.getString(0, "point"));
		assertEquals("a.u.", points.getString(0, "unit"));

		Cli single = summarize(measurements("single", true, List.of(lane(1, "WT", "1"), lane(2, "WT", "1.2"), lane(3,
			"KO", "0.5"))), "single summary");
		assertEquals(single.toString(), Main.OK, single.code);
		assertTrue(single.err, single.err.contains("Group 'KO' has n = 1"));
		DataTable groups = TableFiles.read(tmp.getRoot().toPath().resolve("single summary/summary.csv"));
		assertEquals("", groups.getString(1, "p_value"));

		Cli zero = summarize(measurements("zero", true, List.of(lane(1, "WT", "0"), lane(2, "WT", "0"), lane(3, "KO",
			"0.5"), lane(4, "KO", "0.7"))), "zero summary");
		assertEquals(zero.toString(), Main.OK, zero.code);
		assertTrue(zero.err, zero.err.contains("The control group 'WT' has a mean of 0"));
		assertEquals("no infinite fold change", "", TableFiles.read(tmp.getRoot().toPath().resolve(
			"zero summary/summary.csv")).getString(1, "fold_change"));

		Cli flat = summarize(measurements("flat", true, List.of(lane(1, "WT", "1"), lane(2, "WT", "1"), lane(3, "KO",
			"2"), lane(4, "KO", "2"))), "flat summary");
		assertEquals(flat.toString(), Main.OK, flat.code);
		assertTrue(flat.err, flat.err.contains("neither group varies"));

		Cli noProvenance = summarize(measurements("by hand", false, List.of(lane(1, "WT", "1"), lane(2, "WT", "1.1"),
			lane(3, "KO", "2"), lane(4, "KO", "2.2"))), "hand summary");
		assertEquals(noProvenance.toString(), Main.OK, noProvenance.code);
		assertTrue(noProvenance.err, noProvenance.err.contains("has no provenance.json beside it"));
		for (Cli c : List.of(nan, single, zero, flat, noProvenance))
			Results.noStackTrace("summary", c.all());
	}
}
