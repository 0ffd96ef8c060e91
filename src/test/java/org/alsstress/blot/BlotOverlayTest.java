package org.alsstress.blot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.gui.TextRoi;

import java.awt.Color;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class BlotOverlayTest {
	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void overlayHoldsEveryLaneAndBandWithSaturatedBandsInRed() throws Exception {
		BlotSimulation s = BlotSimulation.clean16Bit(3);
		s.ladder = true;
		s.saturated_lanes = new int[] {5};
		SimulatedBlot blot = BlotSimulator.simulate(s);
		BlotResult result = BlotAccuracy.quantify(blot);
		Overlay overlay = BlotOverlay.overlay(s.width, s.height, result.layouts.get(Role.TARGET), result.bands.get(Role.TARGET));
		int lanes = 0, bands = 0, red = 0;
		for (Roi roi : overlay.toArray()) {
			if (roi instanceof TextRoi) continue;
			if (roi.getName().startsWith("lane ")) lanes++;
			if (roi.getName().startsWith("target band")) {
				bands++;
				Band band = result.band(Role.TARGET, Integer.parseInt(roi.getName().replaceAll("[^0-9]+", " ").trim().split(" ")[0]));
				assertEquals(band.top, roi.getBounds().y);
				assertEquals(band.lane.left, roi.getBounds().x);
				if (roi.getStrokeColor().equals(new Color(230, 30, 30))) red++;
			}
		}
		assertEquals(10, lanes);
		assertEquals(10, bands);
		assertEquals("lane 5 only", blot.lanes().get(4).saturated(Role.TARGET) ? 1 : 0, red);
		Path png = tmp.getRoot().toPath().resolve("overlay.png");
		BlotOverlay.write(blot.image(Role.TARGET).getProcessor(), overlay, png);
		ImagePlus written = IJ.openImage(png.toString());
		assertEquals(s.width, written.getWidth());
		assertTrue("band box drawn in green at its top-left corner", (written.getProcessor().get(result.band(Role.TARGET, 1).lane.left + 3,
			result.band(Role.TARGET, 1).top) & 0xffffff) == 0x28c83c);
	}

	@Test
	public void polygonLanesAreDrawnAsTheirPolygonsAndTheirBandsFollowThem() throws Exception {
		SimulatedBlot blot = PolygonLanesTest.skewedBlot(2);
		BlotResult result = PolygonLanesTest.quantify(blot, PolygonLanesTest.polygons(blot));
		int h = blot.settings().height;
		Overlay overlay = BlotOverlay.overlay(blot.settings().width, h, result.layouts.get(Role.TARGET), result.bands.get(Role.TARGET));
		Band band = result.band(Role.TARGET, 3);
		for (Roi roi : overlay.toArray()) {
			if ("lane 3".equals(roi.getName())) {
				assertEquals(Roi.POLYGON, roi.getType());
				assertTrue(roi.contains(band.lane.left(0) + 2, 1) && roi.contains(band.lane.right(h - 1) - 2, h - 2));
			}
			if ("target band, lane 3".equals(roi.getName())) {
				assertTrue("the band box sits on the lane at the band's rows",
					roi.contains(band.lane.left(band.top) + 1, band.top) && roi.contains(band.lane.right(band.bottom) - 1, band.bottom));
				assertEquals(band.bottom - band.top + 1, roi.getBounds().height);
			}
		}
		Path png = tmp.getRoot().toPath().resolve("polygons.png");
		BlotOverlay.write(blot.image(Role.TARGET).getProcessor(), overlay, png);
		ImagePlus written = IJ.openImage(png.toString());
		Lane lane = band.lane;
		int y = h / 2;
		boolean blueNearTheTiltedEdge = false;
		for (int x = lane.left(y) - 1; x <= lane.left(y) + 1; x++)
			blueNearTheTiltedEdge |= (written.getProcessor().get(x, y) & 0xffffff) == 0x00aae6;
		assertTrue("lane edge drawn along the polygon at mid-height", blueNearTheTiltedEdge);
	}

	@Test
	public void anImageServingTwoRolesShowsItsLanesOnceAndBothBands() {
		SimulatedBlot blot = BlotSimulator.simulate(BlotSimulation.clean16Bit(4));
		BlotResult result = BlotAccuracy.quantify(blot);
		LaneLayout lanes = result.layouts.get(Role.REFERENCE);
		Overlay both = new Overlay();
		BlotOverlay.addMissing(both, BlotOverlay.overlay(800, 400, lanes, result.bands.get(Role.REFERENCE)));
		int once = both.size();
		BlotOverlay.addMissing(both, BlotOverlay.overlay(800, 400, lanes, result.bands.get(Role.TARGET)));
		assertEquals("ten target band boxes more, no lane or label twice", once + 10, both.size());
		assertEquals(10, LaneRois.layout(java.util.Arrays.asList(both.toArray()), "overlay").count());
	}
}
