package org.alsstress.commands;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import ij.ImagePlus;
import ij.WindowManager;

import org.alsstress.model.UserInputException;

/**
 * Image inputs given, the way Fiji macros name images, by the title of an open image (or its
 * ID from {@code getImageID()}), or {@value #ACTIVE} for the active image, as an alternative to a
 * file. Works headless too: a batch-mode macro's images are open images.
 */
public final class ImageInputs {
	/** The title that stands for the active image. */
	public static final String ACTIVE = "*active*";

	private ImageInputs() {}

	public static boolean given(String title) {
		return title != null && !title.trim().isEmpty();
	}

	public static boolean given(File file) {
		return file != null && !file.getPath().trim().isEmpty();
	}

	/**
	 * Checks that an image input is given at most one way.
	 *
	 * @return true when it is given by title
	 */
	public static boolean byTitle(String fileParameter, File file, String titleParameter, String title) {
		if (given(file) && given(title)) throw new UserInputException("Both " + fileParameter + " ('" + file
			+ "') and " + titleParameter + " ('" + title + "') are given: give the image as a file or as the "
			+ "title of an open image, not both.");
		return given(title);
	}

	/** The open image with this title (or ID), or the active image for {@value #ACTIVE}. */
	public static ImagePlus open(String parameter, String title) {
		String wanted = title.trim();
		if (ACTIVE.equalsIgnoreCase(wanted)) {
			ImagePlus active = WindowManager.getCurrentImage();
			if (active == null) throw new UserInputException(parameter + " is " + ACTIVE + " but no image is open: open "
				+ "the image first, or give it as a file.");
			return active;
		}
		ImagePlus image = WindowManager.getImage(wanted);
		if (image == null && wanted.matches("-\\d+")) image = WindowManager.getImage(Integer.parseInt(wanted));
		if (image == null) throw new UserInputException(parameter + ": no open image is titled '" + wanted + "'. "
			+ openImages() + " Give the exact window title, " + ACTIVE + " for the active image, or the file instead.");
		return image;
	}

	private static String openImages() {
		int[] ids = WindowManager.getIDList();
		if (ids == null || ids.length == 0) return "No image is open.";
		List<String> titles = new ArrayList<>();
		for (int id : ids) {
			ImagePlus image = WindowManager.getImage(id);
			if (image != null) titles.add("'" + image.getTitle() + "'");
		}
		return "Open images: " + String.join(", ", titles) + ".";
	}
}
