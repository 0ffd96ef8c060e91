package org.alsstress.fiji;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.Overlay;

/**
 * What a command shows in Fiji besides its tables: its ROIs as an overlay on the images it
 * measured, and its plots as image windows. Only in a running ImageJ with a display: headless, from
 * {@code bin/als-stress} or in a test nothing opens (the overlay is still set on the image, so a
 * macro can save or flatten it).
 */
public final class ResultWindows {

	private ResultWindows() {}

	/** True when windows can open: a display and a running ImageJ (Fiji's GUI). */
	public static boolean canShow() {
		return !GraphicsEnvironment.isHeadless() && IJ.getInstance() != null;
	}

	/** Sets the overlay on the image and shows the image if it is not yet on screen. */
	public static void showWithOverlay(final ImagePlus image, final Overlay overlay) {
		image.setOverlay(overlay);
		if (canShow() && image.getWindow() == null) image.show();
	}

	/** Opens a written plot (PNG) in a window titled by its file name; returns it, or null when nothing opened. */
	public static ImagePlus showPicture(final Path png) {
		if (!canShow() || !Files.isRegularFile(png)) return null;
		final ImagePlus picture = IJ.openImage(png.toString());
		if (picture != null) picture.show();
		return picture;
	}
}
