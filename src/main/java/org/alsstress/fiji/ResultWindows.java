package org.alsstress.fiji;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.Overlay;
import ij.gui.Roi;

/**
 * What a command shows in Fiji besides its tables: its ROIs as an overlay on the images it
 * measured, and its plots as image windows. Only in a running ImageJ with a display: headless, from
 * {@code bin/als-stress} or in a test nothing opens (the overlay is still set on the image, so a
 * macro can save or flatten it).
 */
public final class ResultWindows {

	/** ROI property naming the command that made the ROI. */
	public static final String OWNER_PROPERTY = "als_command";

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

	/**
	 * Puts a command's ROIs on the image's overlay, replacing only those an earlier run of the same command
	 * put there: the user's own ROIs stay. Shows the image if it is not yet on screen.
	 */
	public static void replaceOwnRois(final ImagePlus image, final Overlay rois, final String owner) {
		Overlay overlay = image.getOverlay() == null ? new Overlay() : image.getOverlay();
		for (final Roi roi : overlay.toArray())
			if (owner.equals(roi.getProperty(OWNER_PROPERTY))) overlay.remove(roi);
		for (final Roi roi : rois.toArray()) {
			roi.setProperty(OWNER_PROPERTY, owner);
			overlay.add(roi);
		}
		showWithOverlay(image, overlay);
	}

	/** Opens a written plot (PNG) in a window titled by its file name; returns it, or null when nothing opened. */
	public static ImagePlus showPicture(final Path png) {
		if (!canShow() || !Files.isRegularFile(png)) return null;
		final ImagePlus picture = IJ.openImage(png.toString());
		if (picture != null) picture.show();
		return picture;
	}
}
