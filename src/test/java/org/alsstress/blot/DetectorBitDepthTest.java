package org.alsstress.blot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import java.util.EnumMap;
import java.util.Map;

import org.junit.Test;

/**
 * saturation_level auto: a 16-bit file often holds 10-, 12- or 14-bit camera data, which clips at
 * 1023, 4095 or 16383; a band clipped there must be flagged although it is far below 65535.
 */
public class DetectorBitDepthTest {

	/** Background 100, a band whose crest is clipped at {@code clip} (when the band would exceed it). */
	private static ImageProcessor bandImage(ImageProcessor ip, double crest, double clip) {
		for (int y = 0; y < ip.getHeight(); y++)
			for (int x = 0; x < ip.getWidth(); x++) {
				double d = (y - 20) / 3.0;
				double v = 100 + (x % 4) + crest * Math.exp(-0.5 * d * d);
				ip.setf(x, y, (float) Math.min(clip, Math.round(v)));
			}
		return ip;
	}

	@Test
	public void sixteenBitFilesOfTenTwelveAndFourteenBitDataSaturateAtTheirDetectorMaximum() {
		for (int bits : new int[] {10, 12, 14}) {
			int max = (1 << bits) - 1;
			SignalImage clipped = SignalImage.of(bits + "-bit", bandImage(new ShortProcessor(40, 40), 2 * max, max),
				Polarity.AUTO, 0);
			assertEquals(bits, clipped.detectorBits);
			assertEquals(16, clipped.containerBits);
			assertEquals(bits + "-bit data", max, clipped.saturationLevel, 0);
			assertTrue(clipped.get(5, 20) >= clipped.saturationLevel);
		}
	}

	/** Real 12-bit camera data in a 16-bit TIFF (see src/test/resources/real/README.md), clipped at 4095. */
	@Test
	public void aRealTwelveBitCameraImageIsRecognisedByItsClipping() {
		ImagePlus crop = IJ.openImage(getClass().getResource("/real/u2os_arsenite_pabpc1_crop.tif").getPath());
		assertEquals(16, crop.getBitDepth());
		SignalImage s = SignalImage.of("u2os", crop.getProcessor(), Polarity.LIGHT_ON_DARK, 0);
		assertEquals(12, s.detectorBits);
		assertEquals(4095, s.saturationLevel, 0);
		int atLevel = 0;
		for (float v : s.pixels)
			if (v >= s.saturationLevel) atLevel++;
		assertEquals("the clipped pixels counted when the crop was made", 575, atLevel);
	}

	@Test
	public void eightAndSixteenBitImagesKeepTheirFullScale() {
		SignalImage eight = SignalImage.of("8-bit", bandImage(new ByteProcessor(40, 40), 400, 255), Polarity.AUTO, 0);
		assertEquals(8, eight.detectorBits);
		assertEquals(255, eight.saturationLevel, 0);
		SignalImage sixteen = SignalImage.of("16-bit", bandImage(new ShortProcessor(40, 40), 30000, 65535), Polarity.AUTO, 0);
		assertEquals("maximum 30103 needs 16 bits", 16, sixteen.detectorBits);
		assertEquals(65535, sixteen.saturationLevel, 0);
	}

	@Test
	public void anUnclippedImageOfFewerBitsKeepsTheFullScaleForNoPixelReachesASmallerTop() {
		// maximum 3103 fits 12 bits, but nothing shows that the data were clipped: no depth is claimed
		SignalImage s = SignalImage.of("dim", bandImage(new ShortProcessor(40, 40), 3000, 65535), Polarity.AUTO, 0);
		assertEquals(16, s.detectorBits);
		assertEquals(65535, s.saturationLevel, 0);
	}

	@Test
	public void thirtyTwoBitImagesOfWholeNumbersAreJudgedLikeSixteenBitOnes() {
		SignalImage whole = SignalImage.of("converted", bandImage(new FloatProcessor(40, 40), 8000, 4095), Polarity.AUTO, 0);
		assertEquals(12, whole.detectorBits);
		assertEquals(32, whole.containerBits);
		assertEquals(4095, whole.saturationLevel, 0);
		ImageProcessor fractional = bandImage(new FloatProcessor(40, 40), 8000, 4095);
		fractional.multiply(0.001);
		SignalImage ratio = SignalImage.of("normalised", fractional, Polarity.AUTO, 0);
		assertEquals(0, ratio.detectorBits);
		assertTrue(Double.isInfinite(ratio.saturationLevel));
		SignalImage unclipped = SignalImage.of("whole, unclipped", bandImage(new FloatProcessor(40, 40), 3000, 65535),
			Polarity.AUTO, 0);
		assertEquals("no known top: not checked", 0, unclipped.detectorBits);
	}

	@Test
	public void darkBandsSaturateAtBlackWhateverTheDepth() {
		ShortProcessor ip = new ShortProcessor(40, 40);
		for (int y = 0; y < 40; y++)
			for (int x = 0; x < 40; x++)
				ip.set(x, y, y >= 18 && y < 22 ? 0 : 4000 + x % 4);
		SignalImage s = SignalImage.of("12-bit inverted", ip, Polarity.AUTO, 0);
		assertEquals(Polarity.DARK_ON_LIGHT, s.polarity);
		assertTrue("black band saturated", s.get(5, 20) >= s.saturationLevel);
		assertTrue("background not", s.get(5, 5) < s.saturationLevel);
	}

	/** The simulator's 16-bit blots reduced to fewer bits: every clipped band flagged, no other. */
	@Test
	public void simulatedBlotsOfTenTwelveAndFourteenBitsFlagExactlyTheClippedBands() {
		int flagged = 0;
		for (int bits : new int[] {10, 12, 14}) {
			BlotSimulation settings = BlotSimulation.clean16Bit(bits);
			settings.saturated_lanes = new int[] {3, 8};
			SimulatedBlot blot = BlotSimulator.simulate(settings);
			int divisor = 1 << (16 - bits);
			Map<Role, SignalImage> images = new EnumMap<>(Role.class);
			for (Role role : Role.values()) {
				ImageProcessor ip = blot.image(role).getProcessor().duplicate();
				for (int i = 0; i < ip.getPixelCount(); i++)
					ip.setf(i, (float) Math.floor(ip.getf(i) / divisor));
				images.put(role, SignalImage.of(role.key(), ip, Polarity.AUTO, 0));
				boolean clipped = blot.lanes().stream().anyMatch(t -> t.saturated(role));
				assertEquals(role + " clipped: " + clipped, clipped ? bits : 16, images.get(role).detectorBits);
			}
			BlotResult result = BlotQuantifier.quantify(images, new BlotQuantifier.Options());
			for (LaneTruth t : blot.lanes())
				for (Role role : Role.values()) {
					assertEquals(bits + "-bit lane " + t.lane + " " + role, t.saturated(role), result.band(role, t.lane).saturated);
					if (t.saturated(role)) flagged++;
				}
		}
		assertTrue("the scenario clips bands: " + flagged, flagged >= 6);
	}
}
