package org.alsstress.blot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;

import org.alsstress.model.UserInputException;
import org.junit.Test;

public class SignalImageTest {

	/** 16-bit background 50000 with a dark band of 20000: dark bands on light. */
	private static ShortProcessor darkBand() {
		return band(20000, 50000);
	}

	private static ShortProcessor band(int bandValue, int background) {
		ShortProcessor ip = new ShortProcessor(60, 40);
		for (int y = 0; y < 40; y++)
			for (int x = 0; x < 60; x++)
				ip.set(x, y, y >= 18 && y < 22 ? bandValue : background + (x % 3));
		return ip;
	}

	@Test
	public void darkBandsAreInvertedOverTheFullBitDepthNotTheDisplayRange() {
		ShortProcessor ip = darkBand();
		ip.setMinAndMax(0, 1000); // a display setting must not change the values
		SignalImage s = SignalImage.of("dark", ip, Polarity.AUTO, 0);
		assertEquals(Polarity.DARK_ON_LIGHT, s.polarity);
		assertEquals(65535 - 20000, s.get(5, 20), 0);
		assertEquals(65535 - 50000 - 5 % 3, s.get(5, 0), 0);
		assertEquals(65535, s.saturationLevel, 0);
	}

	@Test
	public void lightBandsKeepTheirRawValues() {
		SignalImage s = SignalImage.of("light", band(45535, 15535), Polarity.AUTO, 1000);
		assertEquals(Polarity.LIGHT_ON_DARK, s.polarity);
		assertEquals(45535, s.get(5, 20), 0);
		assertEquals("user level", 1000, s.saturationLevel, 0);
	}

	@Test
	public void colourImagesAreRejectedWithAHowToButGreyRgbIsAccepted() {
		ColorProcessor grey = new ColorProcessor(20, 20);
		grey.setColor(new java.awt.Color(200, 200, 200));
		grey.fill();
		grey.setColor(new java.awt.Color(100, 100, 100));
		grey.fill(new ij.gui.Roi(0, 8, 20, 4));
		grey.set(3, 3, (90 << 16) | (91 << 8) | 90);
		SignalImage s = SignalImage.of("grey.png", grey, Polarity.LIGHT_ON_DARK, 0);
		assertEquals((90 + 91 + 90) / 3.0, s.get(3, 3), 1e-4);
		ColorProcessor colour = (ColorProcessor) grey.duplicate();
		colour.set(5, 5, (250 << 16) | (10 << 8) | 10);
		try {
			SignalImage.of("colour.png", colour, Polarity.AUTO, 0);
			fail("colour accepted");
		}
		catch (UserInputException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("RGB colour image") && e.getMessage().contains("Split Channels"));
		}
	}

	@Test
	public void floatImagesWithoutALevelAreNotCheckedForSaturation() {
		FloatProcessor ip = new FloatProcessor(40, 40);
		for (int y = 0; y < 40; y++)
			for (int x = 0; x < 40; x++)
				ip.setf(x, y, y >= 18 && y < 22 ? 3.5f : 0.25f + 0.01f * (x % 3));
		SignalImage s = SignalImage.of("float", ip, Polarity.AUTO, 0);
		assertEquals(Polarity.LIGHT_ON_DARK, s.polarity);
		assertEquals(3.5, s.get(1, 20), 0);
		assertTrue(Double.isInfinite(s.saturationLevel));
	}

	@Test
	public void blankImagesAreRejected() {
		try {
			SignalImage.of("blank.tif", new FloatProcessor(30, 30), Polarity.AUTO, 0);
			fail("blank accepted");
		}
		catch (UserInputException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("blank"));
		}
	}
}
