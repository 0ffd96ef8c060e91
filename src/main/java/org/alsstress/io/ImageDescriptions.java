package org.alsstress.io;

import ij.ImagePlus;
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
			unit(cal), ChannelNames.of(image));
	}

	/** ImageJ writes uncalibrated TIFFs with a blank unit: call it what it is. */
	private static String unit(Calibration cal) {
		String unit = cal.getUnit() == null ? "" : cal.getUnit().trim();
		return unit.isEmpty() ? "pixel" : unit;
	}
}
