package org.alsstress.blot;

import java.util.List;
import java.util.Map;

import ij.process.ImageProcessor;

import org.alsstress.model.UserInputException;

/**
 * What a blot image and its band windows must give for a quantification to mean anything: rows above and below
 * the bands, windows inside the image, and at least one band found in the target and the reference. Without
 * these a run would end "completed" with every lane "no band".
 */
public final class BlotLimits {

	/** Fewer rows or columns leave no room for a band and its background. */
	static final int MIN_SIZE = 10;

	private BlotLimits() {}

	public static void checkImage(String name, ImageProcessor ip) {
		if (ip.getWidth() < MIN_SIZE || ip.getHeight() < MIN_SIZE) throw new UserInputException("'" + name + "' is " +
			ip.getWidth() + " x " + ip.getHeight() + " pixels: a blot image needs at least " + MIN_SIZE + " rows and " +
			"columns (its lanes, and background above and below the bands). Choose the exported blot image.");
	}

	public static void checkWindow(BandWindow window, String parameter, int height, String image) {
		if (window.isWhole()) return;
		if (window.outside(height)) throw new UserInputException(parameter + " '" + window + "' lies below the image: '" +
			image + "' has rows 0 to " + (height - 1) + ". Give rows inside the image, or fractions of its height " +
			"(e.g. 0.20-0.45).");
		if (window.bottom(height) - window.top(height) < 2) throw new UserInputException(parameter + " '" + window +
			"' covers " + (window.bottom(height) - window.top(height) + 1) + " row(s) of '" + image + "': a band window " +
			"needs at least 3 rows.");
	}

	/** Target and reference must each show a band in some lane; else the run measured nothing. */
	public static void requireBands(Map<Role, List<Band>> bands, Map<Role, String> names) {
		for (Role role : new Role[] { Role.TARGET, Role.REFERENCE }) {
			List<Band> found = bands.get(role);
			if (found != null && !found.isEmpty() && found.stream().noneMatch(b -> b.found)) throw new UserInputException(
				"No band was found in any lane of the " + role.key() + " image '" + names.get(role) + "': check the " +
					role.key() + "_band_window, the polarity (" + "dark bands on light or light on dark) and that it is " +
					"the right image.");
		}
	}
}
