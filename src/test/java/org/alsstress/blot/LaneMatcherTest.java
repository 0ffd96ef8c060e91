package org.alsstress.blot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.io.RoiEncoder;
import ij.process.ImageProcessor;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.alsstress.model.UserInputException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class LaneMatcherTest {
	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private static SignalImage crop(ImagePlus imp, int x, int width) {
		ImageProcessor ip = imp.getProcessor().duplicate();
		ip.setRoi(x, 0, width, imp.getHeight());
		return SignalImage.of(imp.getTitle(), ip.crop(), Polarity.AUTO, 0);
	}

	@Test
	public void aReferenceCroppedByAFewPixelsIsMatchedByPosition() {
		SimulatedBlot blot = BlotSimulator.simulate(BlotSimulation.clean16Bit(2));
		Map<Role, SignalImage> images = new EnumMap<>(Role.class);
		images.put(Role.TARGET, crop(blot.image(Role.TARGET), 0, 800));
		images.put(Role.REFERENCE, crop(blot.image(Role.REFERENCE), 17, 770));
		Map<Role, LaneLayout> lanes = LaneMatcher.match(images, 0, null);
		for (LaneTruth t : blot.lanes()) {
			assertEquals(t.centre, lanes.get(Role.TARGET).lane(t.lane).centre(), 0.2 * t.width);
			assertEquals("shifted by the crop", t.centre - 17, lanes.get(Role.REFERENCE).lane(t.lane).centre(), 0.2 * t.width);
		}
	}

	@Test
	public void imagesShowingOtherLanesAreRejected() {
		SimulatedBlot blot = BlotSimulator.simulate(BlotSimulation.clean16Bit(2));
		Map<Role, SignalImage> images = new EnumMap<>(Role.class);
		images.put(Role.TARGET, crop(blot.image(Role.TARGET), 0, 800));
		images.put(Role.REFERENCE, crop(blot.image(Role.REFERENCE), 0, 420));
		try {
			LaneMatcher.match(images, 0, null);
			fail("half a blot matched to a whole one");
		}
		catch (UserInputException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("cannot be matched") || e.getMessage().contains("do not"));
		}
	}

	@Test
	public void userLaneRoisOverrideAutomaticLanes() throws Exception {
		Path zip = tmp.getRoot().toPath().resolve("RoiSet.zip");
		int[][] lanes = {{300, 40}, {20, 50}, {150, 60}};
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (int i = 0; i < lanes.length; i++) {
				out.putNextEntry(new ZipEntry("lane" + i + ".roi"));
				out.write(RoiEncoder.saveAsByteArray(new Roi(lanes[i][0], 10, lanes[i][1], 300)));
				out.closeEntry();
			}
		}
		LaneLayout layout = LaneRoiFiles.read(zip);
		assertEquals(3, layout.count());
		assertEquals("numbered left to right", 20, layout.lane(1).left);
		assertEquals(69, layout.lane(1).right);
		assertEquals(150, layout.lane(2).left);
		assertEquals(339, layout.lane(3).right);
	}
}
