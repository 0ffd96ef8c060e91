package org.alsstress.blot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.IJ;
import ij.ImagePlus;

import java.util.List;

import org.junit.Test;

/**
 * Lane and band finding on real blots. Expected positions were read by eye from the images
 * (lane centres from the band extents, band rows from the darkest row of each band).
 */
public class RealBlotTest {

	private static SignalImage open(String name) {
		ImagePlus imp = IJ.openImage(RealBlotTest.class.getResource("/blots/" + name).getPath());
		return SignalImage.of(name, imp.getProcessor(), Polarity.AUTO, 0);
	}

	@Test
	public void allSixLanesOfTheImageJGelAndTheirMainBand() {
		SignalImage gel = open("imagej_sample_gel.gif");
		assertEquals(Polarity.DARK_ON_LIGHT, gel.polarity);
		LaneLayout lanes = LaneFinder.find(gel, 0);
		double[] centres = {30, 78, 123, 167, 210, 252};
		assertEquals(centres.length, lanes.count());
		assertTrue(lanes.ladders().isEmpty());
		for (int i = 0; i < centres.length; i++)
			assertEquals("lane " + (i + 1), centres[i], lanes.lane(i + 1).centre(), 12);
		// several bands per lane: the window picks the main band at row ~152 in every lane
		List<Band> bands = new BandMeasurer(gel, Role.TARGET, 0).measure(lanes, BandWindow.parse("0.25-0.42", "band_window"));
		for (Band band : bands) {
			assertTrue("lane " + band.lane.number + " " + band.note, band.found);
			assertEquals("lane " + band.lane.number, 152, band.peak, 8);
			assertTrue(band.top < band.peak && band.peak < band.bottom);
		}
	}

	@Test
	public void allThirteenLanesOfTheStripFollowTheDriftingBand() {
		SignalImage strip = open("wb_strip_13lanes.png");
		assertEquals(Polarity.DARK_ON_LIGHT, strip.polarity);
		LaneLayout lanes = LaneFinder.find(strip, 0);
		double[] centres = {50, 135, 218, 310, 402, 492, 578, 673, 763, 853, 942, 1033, 1127};
		double[] bandRows = {34, 38, 47, 56, 50, 58, 61, 67, 71, 82, 91, 103, 121};
		assertEquals(centres.length, lanes.count());
		List<Band> bands = new BandMeasurer(strip, Role.TARGET, 0).measure(lanes, BandWindow.whole());
		for (int i = 0; i < centres.length; i++) {
			Band band = bands.get(i);
			assertEquals("lane " + (i + 1), centres[i], lanes.lane(i + 1).centre(), 15);
			assertTrue("lane " + (i + 1), band.found);
			assertEquals("band of lane " + (i + 1), bandRows[i], band.peak, 7);
			assertTrue("band box holds the band", band.top <= bandRows[i] && bandRows[i] <= band.bottom);
		}
	}
}
