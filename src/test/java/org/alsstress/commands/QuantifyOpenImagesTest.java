package org.alsstress.commands;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.macro.Interpreter;
import ij.plugin.frame.RoiManager;
import ij.process.ImageProcessor;

import org.alsstress.blot.BlotSimulation;
import org.alsstress.blot.BlotSimulator;
import org.alsstress.blot.LaneTruth;
import org.alsstress.blot.Role;
import org.alsstress.blot.SimulatedBlot;
import org.alsstress.fiji.SciJavaContext;
import org.alsstress.io.Checksums;
import org.alsstress.io.ProvenanceFiles;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.junit.After;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.command.CommandModule;

/**
 * Quantify TBK1 Bands on open images (by window title or the active image) and with lanes drawn
 * by the user, headless: the open images are a batch-mode macro's images, as in Fiji's headless mode.
 */
public class QuantifyOpenImagesTest {
	@ClassRule
	public static final SciJavaContext SCIJAVA = new SciJavaContext();
	private final List<ImagePlus> open = new ArrayList<>();

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Before
	public void batchMode() {
		Interpreter.batchMode = true;
	}

	@After
	public void closeImages() {
		open.forEach(Interpreter::removeBatchModeImage);
		Interpreter.batchMode = false;
	}

	private ImagePlus show(ImagePlus image) {
		Interpreter.addBatchModeImage(image);
		open.add(image);
		return image;
	}

	private static CommandModule quantify(Object... inputs) {
		return CommandRunner.run(SCIJAVA.get(), QuantifyTbk1Bands.class, inputs);
	}

	private static SimulatedBlot blot(long seed, double skew) {
		BlotSimulation s = BlotSimulation.clean16Bit(seed);
		s.sample_lanes = 6;
		s.width = 480;
		s.height = 240;
		s.lane_skew = skew;
		return BlotSimulator.simulate(s);
	}

	private static DataTable lanes(Path folder) throws Exception {
		return TableFiles.read(folder.resolve("lanes.csv"));
	}

	private static JsonObject input(JsonObject provenance, String role) {
		for (JsonElement e : provenance.getAsJsonArray("inputs"))
			if (e.getAsJsonObject().get("role").getAsString().equals(role)) return e.getAsJsonObject();
		throw new AssertionError("no input " + role + " in " + provenance.getAsJsonArray("inputs"));
	}

	private static void assertRatiosEqual(DataTable expected, DataTable actual) {
		assertEquals(expected.rowCount(), actual.rowCount());
		for (int r = 0; r < expected.rowCount(); r++)
			assertEquals("lane " + (r + 1), expected.getDouble(r, "ratio"), actual.getDouble(r, "ratio"), 0);
	}

	@Test
	public void openImagesByTitleGiveTheResultsOfTheirFilesAndRecordThem() throws Exception {
		SimulatedBlot blot = blot(3, 0);
		Path sim = tmp.getRoot().toPath().resolve("blot one");
		blot.write(sim);
		Path fromFiles = tmp.getRoot().toPath().resolve("from files");
		CommandModule m = quantify("target", sim.resolve("blot_target.tif").toFile(), "reference",
			sim.resolve("blot_reference.tif").toFile(), "output", fromFiles.toFile());
		assertFalse(m.getCancelReason(), m.isCanceled());

		ImagePlus target = show(IJ.openImage(sim.resolve("blot_target.tif").toString()));
		show(IJ.openImage(sim.resolve("blot_reference.tif").toString()));
		Path fromTitles = tmp.getRoot().toPath().resolve("from titles");
		m = quantify("target_image", "blot_target.tif", "reference_image", "blot_reference.tif", "output", fromTitles.toFile());
		assertFalse(m.getCancelReason(), m.isCanceled());
		assertRatiosEqual(lanes(fromFiles), lanes(fromTitles));

		JsonObject provenance = ProvenanceFiles.read(fromTitles.resolve("provenance.json"));
		JsonObject recorded = input(provenance, "target_image");
		assertEquals("blot_target.tif", recorded.get("name").getAsString());
		assertEquals(sim.resolve("blot_target.tif").toAbsolutePath().toString(), recorded.get("path").getAsString());
		assertEquals(Checksums.sha256(sim.resolve("blot_target.tif")), recorded.get("sha256").getAsString());
		assertEquals("blot_target.tif", provenance.getAsJsonObject("parameters").get("target_image").getAsString());

		assertEquals("the overlay is on the open image", "lane 1", target.getOverlay().get(0).getName());
		assertNull("headless, no window opens", target.getWindow());
	}

	@Test
	public void theActiveImageWithoutAFileIsRecordedWithTheChecksumOfItsPixels() throws Exception {
		SimulatedBlot blot = blot(4, 0);
		ImagePlus target = show(new ImagePlus("pTBK1 (unsaved)", blot.image(Role.TARGET).getProcessor()));
		ImagePlus reference = show(new ImagePlus("TBK1 (unsaved)", blot.image(Role.REFERENCE).getProcessor()));
		Interpreter.activateImage(reference);
		Path out = tmp.getRoot().toPath().resolve("active");
		CommandModule m = quantify("target_image", "pTBK1 (unsaved)", "reference_image", ImageInputs.ACTIVE,
			"output", out.toFile());
		assertFalse(m.getCancelReason(), m.isCanceled());
		JsonObject provenance = ProvenanceFiles.read(out.resolve("provenance.json"));
		JsonObject recorded = input(provenance, "reference_image");
		assertEquals("TBK1 (unsaved)", recorded.get("name").getAsString());
		assertTrue(recorded.get("path").getAsString(), recorded.get("path").getAsString().contains("checksum of its pixels"));
		assertEquals(Checksums.sha256(reference), recorded.get("sha256").getAsString());
		DataTable lanes = lanes(out);
		for (LaneTruth t : blot.lanes())
			assertEquals("lane " + t.lane, t.ratio(), lanes.getDouble(t.lane - 1, "ratio"), 0.03 * t.ratio());
		assertTrue(target.getOverlay().size() > 6);
	}

	@Test
	public void oneOpenImageServingTwoRolesGetsBothRolesBandsInOneOverlay() throws Exception {
		ImagePlus both = show(new ImagePlus("both", blot(5, 0).image(Role.REFERENCE).getProcessor()));
		CommandModule m = quantify("target_image", "both", "reference_image", "both", "output",
			tmp.getRoot().toPath().resolve("both").toFile());
		assertFalse(m.getCancelReason(), m.isCanceled());
		List<String> names = List.of(both.getOverlay().toArray()).stream().map(Roi::getName).collect(Collectors.toList());
		assertTrue(names.toString(), names.contains("target band, lane 6") && names.contains("reference band, lane 6"));
	}

	@Test
	public void polygonLanesFromTheTargetOverlayRunAgainFromTheSavedLaneRois() throws Exception {
		SimulatedBlot blot = blot(6, 0.12);
		ImagePlus target = show(new ImagePlus("tilted pTBK1", blot.image(Role.TARGET).getProcessor()));
		show(new ImagePlus("tilted TBK1", blot.image(Role.REFERENCE).getProcessor()));
		Overlay lanes = new Overlay();
		for (LaneTruth t : blot.lanes()) {
			double half = 0.5 * t.width + 3, top = t.centre - 0.12 * 120, bottom = t.centre + 0.12 * 120;
			lanes.add(new ij.gui.PolygonRoi(new float[] {(float) (top - half), (float) (top + half), (float) (bottom + half),
				(float) (bottom - half)}, new float[] {0, 0, 240, 240}, Roi.POLYGON));
		}
		target.setOverlay(lanes);
		Path first = tmp.getRoot().toPath().resolve("overlay lanes");
		CommandModule m = quantify("target_image", "tilted pTBK1", "reference_image", "tilted TBK1", "lanes_from",
			"target_overlay", "output", first.toFile());
		assertFalse(m.getCancelReason(), m.isCanceled());
		DataTable measured = lanes(first);
		for (LaneTruth t : blot.lanes())
			assertEquals("lane " + t.lane, t.ratio(), measured.getDouble(t.lane - 1, "ratio"), 0.02 * t.ratio());
		String recorded = ProvenanceFiles.read(first.resolve("provenance.json")).getAsJsonObject("parameters")
			.get("lanes_used").getAsString();
		assertTrue(recorded, recorded.startsWith("lane 1: polygon (") && recorded.contains("lane 6: polygon"));

		// the run's overlay (lanes, band boxes, labels) now replaces the drawn one: its lanes are the same
		Path again = tmp.getRoot().toPath().resolve("overlay of the first run");
		m = quantify("target_image", "tilted pTBK1", "reference_image", "tilted TBK1", "lanes_from",
			"target_overlay", "output", again.toFile());
		assertFalse(m.getCancelReason(), m.isCanceled());
		assertRatiosEqual(measured, lanes(again));

		Path fromFile = tmp.getRoot().toPath().resolve("saved lanes");
		m = quantify("target_image", "tilted pTBK1", "reference_image", "tilted TBK1", "lanes_from", "roi_file",
			"lane_rois", first.resolve(QuantifyTbk1Bands.LANE_ROIS_FILE).toFile(), "output", fromFile.toFile());
		assertFalse(m.getCancelReason(), m.isCanceled());
		assertRatiosEqual(measured, lanes(fromFile));
	}

	@Test
	public void lanesDrawnInTheOverlayOfATiffFileAreUsedAndMustMatchTheLaneCount() throws Exception {
		SimulatedBlot blot = blot(10, 0);
		Path folder = tmp.getRoot().toPath().resolve("saved overlay");
		blot.write(folder);
		ImagePlus target = IJ.openImage(folder.resolve("blot_target.tif").toString());
		Overlay lanes = new Overlay();
		for (LaneTruth t : blot.lanes())
			lanes.add(new Roi(t.centre - 0.5 * t.width - 3, 30, t.width + 6, 150));
		target.setOverlay(lanes);
		Path withOverlay = folder.resolve("pTBK1 with lanes.tif");
		assertTrue(new ij.io.FileSaver(target).saveAsTiff(withOverlay.toString()));

		Path out = tmp.getRoot().toPath().resolve("file overlay");
		CommandModule m = quantify("target", withOverlay.toFile(), "reference", folder.resolve("blot_reference.tif").toFile(),
			"lanes_from", "target_overlay", "lanes", 6, "output", out.toFile());
		assertFalse(m.getCancelReason(), m.isCanceled());
		DataTable bands = TableFiles.read(out.resolve("bands.csv"));
		for (LaneTruth t : blot.lanes())
			assertEquals("lane " + t.lane + " as drawn", Math.round(t.centre - 0.5 * t.width - 3), bands.getDouble(t.lane - 1,
				"lane_left_px"), 1);
		assertMessage(quantify("target", withOverlay.toFile(), "reference", folder.resolve("blot_reference.tif").toFile(),
			"lanes_from", "target_overlay", "lanes", 7, "output", out.toFile()), "lanes=7 but 6 lanes were drawn");
	}

	@Test
	public void twelveBitDataInASixteenBitImageIsFlaggedAtItsDetectorMaximum() throws Exception {
		BlotSimulation s = BlotSimulation.clean16Bit(7);
		s.sample_lanes = 6;
		s.width = 480;
		s.height = 240;
		s.saturated_lanes = new int[] {2};
		SimulatedBlot blot = BlotSimulator.simulate(s);
		for (Role role : new Role[] {Role.TARGET, Role.REFERENCE}) {
			ImageProcessor ip = blot.image(role).getProcessor().duplicate();
			for (int i = 0; i < ip.getPixelCount(); i++)
				ip.setf(i, (float) Math.floor(ip.getf(i) / 16));
			show(new ImagePlus(role.key() + " 12-bit", ip));
		}
		Path out = tmp.getRoot().toPath().resolve("12-bit");
		CommandModule m = quantify("target_image", "target 12-bit", "reference_image", "reference 12-bit", "output", out.toFile());
		assertFalse(m.getCancelReason(), m.isCanceled());
		DataTable bands = TableFiles.read(out.resolve("bands.csv"));
		for (int r = 0; r < bands.rowCount(); r++)
			assertEquals(bands.getString(r, "role") + " lane " + bands.getString(r, "lane"),
				bands.getDouble(r, "lane") == 2, Boolean.parseBoolean(bands.getString(r, "saturated")));
		JsonObject provenance = ProvenanceFiles.read(out.resolve("provenance.json"));
		assertEquals("4095.0", provenance.getAsJsonObject("parameters").get("saturation_level_used_target").getAsString());
		JsonArray warnings = provenance.getAsJsonArray("warnings");
		assertTrue(warnings.toString(), warnings.toString().contains("'target 12-bit' holds 12-bit data clipped at 4095 in a "
			+ "16-bit image, so bands reaching 4095 are flagged as saturated"));
	}

	@Test
	public void inputsThatCannotWorkGetMessagesThatSayWhatToFix() throws Exception {
		show(new ImagePlus("blot_target.tif", blot(8, 0).image(Role.TARGET).getProcessor()));
		Path out = tmp.getRoot().toPath().resolve("bad");
		assertMessage(quantify("target_image", "pTBK1 day 3", "reference_image", "blot_target.tif", "output", out.toFile()),
			"target_image: no open image is titled 'pTBK1 day 3'. Open images: 'blot_target.tif'.");
		assertMessage(quantify("target", out.resolve("t.tif").toFile(), "target_image", "blot_target.tif", "output", out.toFile()),
			"Both target (");
		assertMessage(quantify("target_image", "blot_target.tif", "output", out.toFile()),
			"Give both a target (pTBK1) and a reference (total TBK1) image");
		assertMessage(quantify("target_image", "blot_target.tif", "reference_image", "blot_target.tif", "lanes_from",
			"roi_file", "output", out.toFile()), "lanes_from is roi_file but no lane_rois file is given");
		assertMessage(quantify("target_image", "blot_target.tif", "reference_image", "blot_target.tif", "lanes_from",
			"target_overlay", "output", out.toFile()), "'blot_target.tif' has no overlay");
		assertMessage(quantify("target_image", "blot_target.tif", "reference_image", "blot_target.tif", "lanes_from",
			"roi_manager", "lane_rois", out.resolve("RoiSet.zip").toFile(), "output", out.toFile()),
			"lane_rois is given but lanes_from is roi_manager");
		assertFalse("no partial results", Files.exists(out.resolve("lanes.csv")));
	}

	@Test
	public void roiManagerLanesHeadlessAreAMessageAndNoManagerIsCreated() throws Exception {
		show(new ImagePlus("blot_target.tif", blot(9, 0).image(Role.TARGET).getProcessor()));
		assertMessage(quantify("target_image", "blot_target.tif", "reference_image", "blot_target.tif", "lanes_from",
			"roi_manager", "output", tmp.getRoot().toPath().resolve("rm").toFile()),
			"lanes_from is roi_manager but the ROI Manager is not open or empty");
		assertNull(RoiManager.getRawInstance());
	}

	private static void assertMessage(CommandModule m, String expected) {
		assertTrue("should have failed: " + expected, m.isCanceled());
		assertTrue(m.getCancelReason(), m.getCancelReason().contains(expected));
	}
}
