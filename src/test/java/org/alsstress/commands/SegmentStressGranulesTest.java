package org.alsstress.commands;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import ij.IJ;
import ij.ImagePlus;
import ij.macro.Interpreter;
import ij.gui.Roi;
import ij.gui.Overlay;
import ij.ImageStack;
import ij.process.ColorProcessor;
import ij.process.ShortProcessor;

import org.alsstress.fiji.SciJavaContext;
import org.alsstress.granules.sim.FieldSimulator;
import org.alsstress.granules.sim.FieldSpec;
import org.alsstress.granules.sim.Scenario;
import org.alsstress.granules.sim.SimulatedField;
import org.alsstress.io.ProvenanceFiles;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.command.CommandModule;

/** Segment Stress Granules run through SciJava on small simulated fields: files, ids, folder runs and messages. */
public class SegmentStressGranulesTest {
	@ClassRule
	public static final SciJavaContext SCIJAVA = new SciJavaContext();
	private static SimulatedField arsenite;
	private static SimulatedField control;

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@BeforeClass
	public static void simulate() {
		arsenite = FieldSimulator.simulate(Scenario.ARSENITE, 5, FieldSpec.of(512, 512));
		control = FieldSimulator.simulate(Scenario.CONTROL, 5, FieldSpec.of(512, 512));
	}

	private static CommandModule run(Object... inputs) {
		return CommandRunner.run(SCIJAVA.get(), SegmentStressGranules.class, inputs);
	}

	private Path folder(String name) throws Exception {
		return Files.createDirectories(tmp.getRoot().toPath().resolve(name));
	}

	@Test
	public void aFolderWithABadFileIsAnalysedAndTheBadFileReported() throws Exception {
		Path images = folder("SG day 1");
		arsenite.writeImage(images, "arsenite 1");
		control.writeImage(images, "control 1");
		Files.write(images.resolve("broken.tif"), new byte[] { 'I', 'I', 42, 0, 1, 2, 3, 4, 5, 6, 7 });
		Files.write(images.resolve("conditions.csv"), Arrays.asList("pattern,condition,replicate", "arsenite*,arsenite,1",
			"control*,control,1"));
		Path out = tmp.getRoot().toPath().resolve("results");

		CommandModule m = run("input", images.toFile(), "output", out.toFile(), "conditions", images.resolve(
			"conditions.csv").toFile());

		assertFalse(m.getCancelReason(), m.isCanceled());
		DataTable perImage = TableFiles.read(out.resolve("images.csv"));
		assertEquals(3, perImage.rowCount());
		assertEquals("arsenite 1.tif", perImage.getString(0, "image"));
		assertEquals("ok", perImage.getString(0, "status"));
		assertEquals("arsenite", perImage.getString(0, "condition"));
		assertEquals("broken.tif", perImage.getString(1, "image"));
		assertTrue(perImage.getString(1, "status"), perImage.getString(1, "status").startsWith("failed: "));
		assertEquals("ok", perImage.getString(2, "status"));
		assertEquals("control", perImage.getString(2, "condition"));
		assertTrue(perImage.getDouble(0, "pct_sg_positive") > 50);
		assertTrue(perImage.getDouble(2, "pct_sg_positive") < 30);
		JsonObject provenance = ProvenanceFiles.read(out.resolve("provenance.json"));
		assertEquals("completed", provenance.get("status").getAsString());
		assertTrue(provenance.get("warnings").toString(), provenance.get("warnings").toString().contains(
			"'broken.tif' was not analysed"));
		DataTable conditions = TableFiles.read(out.resolve("conditions.csv"));
		assertEquals("control", conditions.getString(0, "group"));
		assertEquals("arsenite", conditions.getString(1, "group"));
		assertTrue(Files.isRegularFile(out.resolve("pct_sg_positive_plot.png")));
		assertTrue(Files.isRegularFile(out.resolve("overlays/arsenite 1_overlay.png")));
	}

	@Test
	public void otherFilesOfAFolderAreSkippedWithANoteNotReportedAsFailedImages() throws Exception {
		Path images = folder("SG day 2");
		arsenite.writeImage(images, "arsenite 1");
		Files.write(images.resolve("notes.log"), Arrays.asList("fixed 20 min"));
		Files.write(images.resolve("plate_map.xlsx"), new byte[] { 'P', 'K', 3, 4 });
		Files.write(images.resolve("conditions.csv"), Arrays.asList("pattern,condition", "arsenite*,arsenite"));
		Path out = tmp.getRoot().toPath().resolve("results 2");

		CommandModule m = run("input", images.toFile(), "output", out.toFile(), "conditions", images.resolve(
			"conditions.csv").toFile());

		assertFalse(m.getCancelReason(), m.isCanceled());
		DataTable perImage = TableFiles.read(out.resolve("images.csv"));
		assertEquals("only the image is a row", 1, perImage.rowCount());
		assertEquals("ok", perImage.getString(0, "status"));
		String warnings = ProvenanceFiles.read(out.resolve("provenance.json")).get("warnings").toString();
		assertTrue(warnings, warnings.contains("Skipped 2 files of the input folder that are not an image: notes.log, " +
			"plate_map.xlsx."));
	}

	@Test
	public void labelImagesCarryTheIdsOfTheTables() throws Exception {
		Path images = folder("one");
		Path file = arsenite.writeImage(images, "field");
		Path out = tmp.getRoot().toPath().resolve("out");

		CommandModule m = run("input", file.toFile(), "output", out.toFile(), "cell_channel", 3, "apoptosis_channel", 4);

		assertFalse(m.getCancelReason(), m.isCanceled());
		DataTable cells = TableFiles.read(out.resolve("cells.csv"));
		DataTable granules = TableFiles.read(out.resolve("granules.csv"));
		assertTrue(cells.rowCount() > 3);
		assertTrue(granules.rowCount() > 20);
		ImagePlus nucleusLabels = IJ.openImage(out.resolve("labels/field_nuclei.tif").toString());
		ImagePlus cellLabels = IJ.openImage(out.resolve("labels/field_cells.tif").toString());
		ImagePlus granuleLabels = IJ.openImage(out.resolve("labels/field_granules.tif").toString());
		assertEquals(16, cellLabels.getBitDepth());
		Set<Integer> ids = new HashSet<>();
		for (int r = 0; r < cells.rowCount(); r++)
			ids.add((int) cells.getDouble(r, "cell_id"));
		assertEquals(ids, values(nucleusLabels));
		assertEquals(ids, values(cellLabels));
		Set<Integer> granuleIds = new HashSet<>();
		for (int r = 0; r < granules.rowCount(); r++) {
			granuleIds.add((int) granules.getDouble(r, "granule_id"));
			int x = (int) granules.getDouble(r, "x_px"), y = (int) granules.getDouble(r, "y_px");
			assertEquals("granule " + r, (int) granules.getDouble(r, "cell_id"), cellLabels.getProcessor().get(x, y));
		}
		assertEquals(granuleIds, values(granuleLabels));
		for (int r = 0; r < cells.rowCount(); r++) {
			int x = (int) cells.getDouble(r, "nucleus_x_px"), y = (int) cells.getDouble(r, "nucleus_y_px");
			assertEquals((int) cells.getDouble(r, "cell_id"), nucleusLabels.getProcessor().get(x, y));
		}
		JsonObject provenance = ProvenanceFiles.read(out.resolve("provenance.json"));
		assertEquals("3", provenance.getAsJsonObject("parameters").get("cell_channel").getAsString());
		JsonArray outputs = provenance.getAsJsonArray("outputs");
		assertTrue(outputs.toString(), outputs.toString().contains("labels/field_granules.tif"));
		assertTrue(outputs.toString(), outputs.toString().contains("cells.csv"));
		assertEquals(1, provenance.getAsJsonArray("inputs").size());
	}

	@Test
	public void importedNucleusLabelsAreUsedAsTheNuclei() throws Exception {
		Path images = folder("imported");
		Path file = arsenite.writeImage(images, "field");
		Path labels = folder("stardist");
		IJ.saveAsTiff(new ImagePlus("field_masks", arsenite.nucleusLabels()), labels.resolve("field_masks.tif").toString());
		Path out = tmp.getRoot().toPath().resolve("out");

		CommandModule m = run("input", file.toFile(), "output", out.toFile(), "nuclei_labels", labels.toFile());

		assertFalse(m.getCancelReason(), m.isCanceled());
		assertEquals(arsenite.cells().size(), TableFiles.read(out.resolve("cells.csv")).rowCount());
	}

	@Test
	public void aChannelTheImageLacksIsRefused() throws Exception {
		Path file = arsenite.writeImage(folder("a"), "field");
		assertMessage(file, "granule_channel is 6 but 'field.tif' has 4 channels", "granule_channel", 6);
	}

	@Test
	public void anRgbImageIsRefused() throws Exception {
		Path file = folder("rgb").resolve("picture.tif");
		IJ.saveAsTiff(new ImagePlus("picture", new ColorProcessor(64, 64)), file.toString());
		assertMessage(file, "'picture.tif' is an RGB colour image", "pixel_size_um", 0.13);
	}

	@Test
	public void twoUnnamedChannelsNeedTheChannelNumbers() throws Exception {
		Path file = twoChannels(folder("two"), true);
		assertMessage(file, "'two channels.tif' has 2 channels without names", "pixel_size_um", 0.13);
		// with the numbers given, the same image is analysed
		CommandModule m = run("input", file.toFile(), "output", tmp.getRoot().toPath().resolve("ok").toFile(),
			"nuclei_channel", 1, "granule_channel", 2, "pixel_size_um", 0.13);
		assertFalse(m.getCancelReason(), m.isCanceled());
	}

	@Test
	public void aFieldWithoutNucleiIsReported() throws Exception {
		Path file = twoChannels(folder("empty"), false);
		assertMessage(file, "No nuclei found in 'two channels.tif'", "nuclei_channel", 1, "granule_channel", 2,
			"pixel_size_um", 0.13);
		// the failed run's provenance is kept, without empty label and overlay folders
		Path refused = tmp.getRoot().toPath().resolve("refused");
		assertTrue(Files.isRegularFile(refused.resolve("provenance.json")));
		assertFalse(Files.exists(refused.resolve("labels")));
		assertFalse(Files.exists(refused.resolve("overlays")));
	}

	@Test
	public void anUncalibratedImageNeedsThePixelSize() throws Exception {
		Path file = twoChannels(folder("uncal"), true);
		assertMessage(file, "'two channels.tif' has no pixel size", "nuclei_channel", 1, "granule_channel", 2);
	}

	@Test
	public void anOpenImageIsAnalysedLikeItsFileAndKeepsTheUsersRois() throws Exception {
		Path file = arsenite.writeImage(folder("files"), "field");
		Path fromFile = tmp.getRoot().toPath().resolve("from file");
		assertFalse(run("input", file.toFile(), "output", fromFile.toFile()).isCanceled());
		ImagePlus open = IJ.openImage(file.toString());
		open.setTitle("arsenite well B3");
		Roi note = new Roi(5, 5, 20, 20);
		note.setName("my note");
		open.setOverlay(new Overlay(note));
		Interpreter.batchMode = true;
		Interpreter.addBatchModeImage(open);
		try {
			Path first = tmp.getRoot().toPath().resolve("open 1"), second = tmp.getRoot().toPath().resolve("open 2");
			CommandModule m = run("image", "arsenite well B3", "output", first.toFile());
			assertFalse(m.getCancelReason(), m.isCanceled());
			int rois = open.getOverlay().size();
			assertFalse(run("image", "arsenite well B3", "output", second.toFile()).isCanceled());

			DataTable cells = TableFiles.read(second.resolve("cells.csv"));
			DataTable fileCells = TableFiles.read(fromFile.resolve("cells.csv"));
			assertEquals("arsenite well B3", cells.getString(0, "image"));
			assertArrayEquals(fileCells.doubleColumn("granule_count"), cells.doubleColumn("granule_count"), 0);
			assertEquals("a second run replaces its own outlines only", rois, open.getOverlay().size());
			assertEquals(note, open.getOverlay().get("my note"));
			assertTrue(rois > cells.rowCount() + 20);
			JsonObject provenance = ProvenanceFiles.read(second.resolve("provenance.json"));
			assertEquals("arsenite well B3", provenance.getAsJsonObject("parameters").get("image").getAsString());
			assertEquals(1, provenance.getAsJsonArray("inputs").size());
		}
		finally {
			Interpreter.removeBatchModeImage(open);
			Interpreter.batchMode = false;
		}
		assertMessage(file, "not both", "image", "arsenite well B3");
	}

	/** The first two channels of the simulated field without names or calibration; optionally with blank nuclei. */
	private static Path twoChannels(Path folder, boolean withNuclei) {
		ImageStack stack = new ImageStack(512, 512);
		ShortProcessor dna = (ShortProcessor) arsenite.channel(1).duplicate();
		if (!withNuclei) dna.set(100);
		stack.addSlice(null, dna);
		stack.addSlice(null, arsenite.channel(2).duplicate());
		ImagePlus image = new ImagePlus("two channels", stack);
		image.setDimensions(2, 1, 1);
		Path file = folder.resolve("two channels.tif");
		IJ.saveAsTiff(image, file.toString());
		return file;
	}

	private void assertMessage(Path file, String expected, Object... inputs) throws Exception {
		Object[] all = Arrays.copyOf(inputs, inputs.length + 4);
		all[inputs.length] = "input";
		all[inputs.length + 1] = file.toFile();
		all[inputs.length + 2] = "output";
		all[inputs.length + 3] = tmp.getRoot().toPath().resolve("refused").toFile();
		CommandModule m = run(all);
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason(), m.getCancelReason().contains(expected));
		assertFalse(m.getCancelReason(), m.getCancelReason().contains("Exception"));
	}

	private static Set<Integer> values(ImagePlus labels) {
		Set<Integer> values = new HashSet<>();
		short[] pixels = (short[]) labels.getProcessor().getPixels();
		for (short v : pixels)
			if (v != 0) values.add(v & 0xffff);
		return values;
	}
}
