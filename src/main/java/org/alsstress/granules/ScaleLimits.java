package org.alsstress.granules;

import java.util.Locale;

import org.alsstress.model.UserInputException;

/**
 * Sizes in micrometres only mean something at a pixel size that resolves them: a nucleus must span a few pixels
 * and fit into the image, and granules must be smaller than nuclei. Anything else is a wrong pixel size or
 * diameter, refused before it becomes a nonsense result or a filter larger than the memory.
 */
public final class ScaleLimits {

	/** Fewer pixels across a nucleus cannot be segmented. */
	static final double MIN_NUCLEUS_PIXELS = 4;

	private ScaleLimits() {}

	public static void check(String image, int width, int height, SegmentationSettings s) {
		double nucleus = s.px(s.nucleusDiameterUm);
		String scale = "nucleus_diameter_um " + number(s.nucleusDiameterUm) + " at " + number(s.pixelSizeUm) +
			" um per pixel is " + number(nucleus) + " pixels";
		if (nucleus < MIN_NUCLEUS_PIXELS) throw new UserInputException(scale + ": nuclei must span at least " + (int)
			MIN_NUCLEUS_PIXELS + " pixels to be found in '" + image + "'. Check pixel_size_um (and the file's " +
			"calibration) and nucleus_diameter_um.");
		if (nucleus > Math.min(width, height)) throw new UserInputException("'" + image + "' is " + width + " x " +
			height + " pixels, too small to hold one whole nucleus (" + scale + "). Check pixel_size_um and " +
			"nucleus_diameter_um, or analyse a larger field.");
		if (s.granuleMaxDiameterUm >= s.nucleusDiameterUm) throw new UserInputException("granule_max_diameter_um (" +
			number(s.granuleMaxDiameterUm) + ") must be smaller than nucleus_diameter_um (" + number(
				s.nucleusDiameterUm) + "): stress granules are far smaller than nuclei.");
	}

	private static String number(double v) {
		return String.format(Locale.ROOT, "%.3g", v).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)",
			"$1");
	}
}
