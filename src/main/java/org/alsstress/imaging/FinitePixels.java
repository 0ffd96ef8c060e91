package org.alsstress.imaging;

import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

import org.alsstress.model.UserInputException;

/** 32-bit images can hold NaN and infinite pixels (a division by zero, a masked export); no analysis takes them. */
public final class FinitePixels {

	private FinitePixels() {}

	/** @param what the plane in messages, e.g. "channel 2 of 'field.tif'" */
	public static void require(ImageProcessor ip, String what) {
		if (!(ip instanceof FloatProcessor)) return;
		float[] pixels = (float[]) ip.getPixels();
		int bad = 0, first = -1;
		for (int i = 0; i < pixels.length; i++)
			if (!Float.isFinite(pixels[i])) {
				if (bad++ == 0) first = i;
			}
		if (bad == 0) return;
		throw new UserInputException(what + " holds " + bad + " NaN or infinite pixel" + (bad == 1 ? "" : "s") +
			" (the first at x " + first % ip.getWidth() + ", y " + first / ip.getWidth() + "), which no measurement can " +
			"use: analyse the raw image, or replace them first (Process > Math > Remove NaNs... in Fiji).");
	}
}
