package org.alsstress.io;

import java.util.ArrayList;
import java.util.List;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;

import org.alsstress.model.ImageDescription;

/** Reads an {@link ImageDescription} off an opened image. */
public final class ImageDescriptions {

	private ImageDescriptions() {}

	public static ImageDescription of(ImagePlus image) {
		Calibration cal = image.getCalibration();
		Object series = image.getProperty(ImageOpener.SERIES_PROPERTY);
		return new ImageDescription(image.getTitle(), series == null ? "" : series.toString(),
			image.getDimensions(), image.getBitDepth(), cal.pixelWidth, cal.pixelHeight,
			unit(cal), channelNames(image));
	}

	/** ImageJ writes uncalibrated TIFFs with a blank unit: call it what it is. */
	private static String unit(Calibration cal) {
		String unit = cal.getUnit() == null ? "" : cal.getUnit().trim();
		return unit.isEmpty() ? "pixel" : unit;
	}

	/**
	 * The label of each channel's first plane (ImageJ TIFFs and Bio-Formats
	 * imports carry channel names there), without a trailing file name.
	 */
	static List<String> channelNames(ImagePlus image) {
		List<String> names = new ArrayList<>();
		ImageStack stack = image.getStack();
		for (int c = 1; c <= image.getNChannels(); c++) {
			String label = image.getStackSize() > 1 ? stack.getSliceLabel(image.getStackIndex(c, 1, 1)) : null;
			names.add(label == null ? "" : label.split("\n", 2)[0].trim());
		}
		return names;
	}
}
