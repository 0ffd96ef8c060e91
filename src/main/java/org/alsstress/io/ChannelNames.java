package org.alsstress.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import ij.ImagePlus;
import ij.ImageStack;

/**
 * The names of an image's channels: from the file's metadata when Bio-Formats read it (property
 * {@value #PROPERTY}), else from the label of each channel's first plane (ImageJ TIFFs keep channel names
 * there). Bio-Formats' own plane labels ("c:1/3 - image name") are positions, not names, and are ignored:
 * taking them for names would let a file called "dapi_g3bp1.tif" name every channel DAPI.
 */
public final class ChannelNames {

	/** A {@code String[]} with one name per channel (empty where the file has none). */
	public static final String PROPERTY = "als.channel_names";

	private static final Pattern BIO_FORMATS_POSITION = Pattern.compile("^([czt]|ch):\\d+/\\d+.*");

	private ChannelNames() {}

	public static List<String> of(ImagePlus image) {
		return of(image, image.getNChannels(), false);
	}

	/** @param planesAsChannels a plain stack whose planes are taken as the channels */
	public static List<String> of(ImagePlus image, int channels, boolean planesAsChannels) {
		List<String> names = new ArrayList<>();
		Object fromMetadata = image.getProperty(PROPERTY);
		if (fromMetadata instanceof String[] && ((String[]) fromMetadata).length == channels) {
			for (String name : (String[]) fromMetadata)
				names.add(name == null ? "" : name.trim());
			return names;
		}
		ImageStack stack = image.getStack();
		for (int c = 1; c <= channels; c++) {
			int index = planesAsChannels ? c : image.getStackIndex(c, 1, 1);
			String label = stack.getSize() > 1 ? stack.getSliceLabel(index) : null;
			names.add(label == null ? "" : nameIn(label));
		}
		return names;
	}

	private static String nameIn(String label) {
		String first = label.split("\n", 2)[0].trim();
		return BIO_FORMATS_POSITION.matcher(first).matches() ? "" : first;
	}
}
