package org.alsstress.granules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.plugin.ZProjector;
import ij.process.ImageProcessor;

import org.alsstress.imaging.FinitePixels;
import org.alsstress.io.ChannelNames;
import org.alsstress.model.UserInputException;

/**
 * Turns an opened image into the channels the pipeline needs: checks the
 * channel numbers against the image, projects z-stacks (maximum by default),
 * and finds the pixel size in micrometres.
 */
public final class FieldLoader {

	public enum ZProjection {
		MAX("max"), SUM("sum"), MEAN("mean"), SINGLE_SLICE("single slice");

		public final String key;

		ZProjection(String key) {
			this.key = key;
		}

		public static ZProjection parse(String text) {
			for (ZProjection z : values())
				if (z.key.equalsIgnoreCase(text == null ? "" : text.trim())) return z;
			throw new UserInputException("z_projection '" + text + "': choose max, sum, mean or single slice.");
		}
	}

	/** The loaded field and what was decided on the way. */
	public static final class Loaded {

		public final FieldImage field;
		public final ChannelRoles roles;
		public final double pixelSizeUm;
		public final List<String> notes;

		Loaded(FieldImage field, ChannelRoles roles, double pixelSizeUm, List<String> notes) {
			this.field = field;
			this.roles = roles;
			this.pixelSizeUm = pixelSizeUm;
			this.notes = notes;
		}
	}

	private FieldLoader() {}

	public static Loaded load(ImagePlus image, String name, int nuclei, int granules, int cells, int apoptosis,
		double pixelSizeUm, ZProjection z, int zSlice)
	{
		if (image.getType() == ImagePlus.COLOR_RGB) throw new UserInputException("'" + name + "' is an RGB colour " +
			"image: its red, green and blue are display colours, not the raw channels. Use the original " +
			"multi-channel file (or Image > Color > Split Channels and merge them into a multi-channel TIFF).");
		List<String> notes = new ArrayList<>();
		int channels = image.getNChannels(), slices = image.getNSlices(), frames = image.getNFrames();
		boolean planesAsChannels = channels == 1 && slices > 1 && frames == 1 && !image.isHyperStack();
		if (planesAsChannels) {
			channels = slices;
			slices = 1;
			notes.add("'" + name + "' is a plain stack of " + channels + " planes without channel/slice order; " +
				"its planes were taken as channels.");
		}
		if (frames > 1) notes.add("'" + name + "' has " + frames + " time points; only the first was analysed.");
		List<String> names = ChannelNames.of(image, channels, planesAsChannels);
		ChannelRoles roles = ChannelRoles.resolve(nuclei, granules, cells, apoptosis, names, name);
		if (roles.note.length() > 0) notes.add("Channels chosen from their names: " + roles.note + ".");
		if (!roles.sameNames.isEmpty()) notes.add(roles.sameNames);
		if (slices > 1 && z == ZProjection.SINGLE_SLICE && (zSlice < 1 || zSlice > slices))
			throw new UserInputException("z_slice is " + zSlice + " but '" + name + "' has " + slices + " z-slices.");
		double pixel = pixelSize(image, pixelSizeUm, name, notes);
		FieldImage field = new FieldImage(name, finite(plane(image, roles.nuclei, slices, planesAsChannels, z, zSlice),
			roles.nuclei, name), finite(plane(image, roles.granules, slices, planesAsChannels, z, zSlice), roles.granules,
				name), roles.cells == 0 ? null : finite(plane(image, roles.cells, slices, planesAsChannels, z, zSlice),
					roles.cells, name), roles.apoptosis == 0 ? null : finite(plane(image, roles.apoptosis, slices,
						planesAsChannels, z, zSlice), roles.apoptosis, name));
		return new Loaded(field, roles, pixel, notes);
	}

	private static ImageProcessor finite(ImageProcessor plane, int channel, String name) {
		FinitePixels.require(plane, "Channel " + channel + " of '" + name + "'");
		return plane;
	}

	private static ImageProcessor plane(ImagePlus image, int channel, int slices, boolean planesAsChannels,
		ZProjection z, int zSlice)
	{
		ImageStack stack = image.getStack();
		if (planesAsChannels) return stack.getProcessor(channel);
		if (slices == 1) return stack.getProcessor(image.getStackIndex(channel, 1, 1));
		if (z == ZProjection.SINGLE_SLICE) return stack.getProcessor(image.getStackIndex(channel, zSlice, 1));
		ImageStack planes = new ImageStack(image.getWidth(), image.getHeight());
		for (int s = 1; s <= slices; s++)
			planes.addSlice(stack.getProcessor(image.getStackIndex(channel, s, 1)).convertToFloatProcessor());
		int method = z == ZProjection.MAX ? ZProjector.MAX_METHOD : z == ZProjection.SUM ? ZProjector.SUM_METHOD
			: ZProjector.AVG_METHOD;
		ZProjector projector = new ZProjector(new ImagePlus("", planes));
		projector.setMethod(method);
		projector.doProjection();
		return projector.getProjection().getProcessor();
	}

	/** The pixel size in micrometres: the parameter when given, else the file's calibration; never guessed. */
	static double pixelSize(ImagePlus image, double requested, String name, List<String> notes) {
		Calibration cal = image.getCalibration();
		double fromFile = micrometres(cal);
		if (requested > 0) {
			if (fromFile > 0 && Math.abs(fromFile - requested) > 0.01 * requested) notes.add("'" + name + "': " +
				"pixel_size_um " + requested + " was used; the file says " + String.format(Locale.ROOT, "%.4g", fromFile) +
				" um.");
			return requested;
		}
		if (fromFile > 0) return fromFile;
		throw new UserInputException("'" + name + "' has no pixel size (it is not calibrated): set pixel_size_um " +
			"to the pixel size in micrometres (objective and camera; e.g. 0.108 for a 60x objective with 6.5 um " +
			"camera pixels), so that sizes in micrometres mean something.");
	}

	private static double micrometres(Calibration cal) {
		if (cal == null || !cal.scaled()) return 0;
		String unit = cal.getUnit() == null ? "" : cal.getUnit().trim().toLowerCase(Locale.ROOT);
		double factor;
		switch (unit) {
			case "micron": case "microns": case "um": case "\u00b5m": case "\u03bcm": case "micrometer": case "micrometre":
				factor = 1;
				break;
			case "nm": case "nanometer": case "nanometre":
				factor = 1e-3;
				break;
			case "mm": case "millimeter": case "millimetre":
				factor = 1e3;
				break;
			default:
				return 0;
		}
		if (Math.abs(cal.pixelWidth - cal.pixelHeight) > 0.01 * cal.pixelWidth) return 0;
		return cal.pixelWidth * factor;
	}
}
