package org.alsstress.io;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import ij.IJ;
import ij.ImagePlus;
import ij.io.Opener;

import org.alsstress.model.UserInputException;

/**
 * Opens image files as one {@link ImagePlus} per series. In Fiji,
 * Bio-Formats (reached by reflection, since it is not a build dependency)
 * opens every series of multi-series files; elsewhere ImageJ 1.x's own
 * readers open TIFF, PNG, GIF, JPEG and BMP, and other formats get a message
 * saying that they need Fiji.
 * <p>
 * Each image carries the property {@value #SERIES_PROPERTY} with its series
 * name (empty for single-series files), and multi-series images are titled
 * {@code file [series name]}.
 */
public final class ImageOpener {

	public static final String SERIES_PROPERTY = "als.series";
	public static final String FILE_PROPERTY = "als.file";

	private static final Set<String> IMAGEJ_TYPES = Set.of("tif", "tiff", "png", "gif", "jpg",
		"jpeg", "bmp", "pgm", "zip", "fits", "dcm");

	private ImageOpener() {}

	public static List<ImagePlus> open(Path file) {
		if (!Files.isRegularFile(file)) throw new UserInputException("The image '" + file +
			"' does not exist: check the path.");
		String name = file.getFileName().toString();
		ImageFileCheck.Expected expected = ImageFileCheck.check(file, isImageJType(name) || GelFiles.isGel(name));
		List<ImagePlus> images = isImageJType(name) ? openWithImageJ(file, expected) : null;
		if (images == null && bioFormatsAvailable()) images = openWithBioFormats(file);
		if (images == null && GelFiles.isGel(name)) images = GelFiles.open(file);
		if (images == null || images.isEmpty()) throw new UserInputException("Cannot open '" + name +
			"'. " + (isImageJType(name) ? "ImageJ cannot read this file" + (bioFormatsAvailable() ? " and neither can " +
				"Bio-Formats" : "") + ": it may be damaged or use a variant ImageJ does not read; open it in Fiji " +
				"and save it as TIFF." : bioFormatsAvailable() ? "Bio-Formats could not read it either; check that the " +
				"file is a complete image." : capitalised(BIO_FORMATS_NEEDED)));
		for (ImagePlus image : images)
			image.setProperty(FILE_PROPERTY, file.toAbsolutePath().toString());
		return images;
	}

	/** True when the name ends in a format ImageJ 1.x reads without Bio-Formats. */
	public static boolean isImageJType(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot >= 0 && IMAGEJ_TYPES.contains(fileName.substring(dot + 1).toLowerCase(
			Locale.ROOT));
	}

	/** True for files any reader here might open (used when scanning folders). */
	public static boolean looksLikeImage(String fileName) {
		if (fileName.startsWith(".")) return false;
		if (isImageJType(fileName) || GelFiles.isGel(fileName)) return true;
		if (NOT_IMAGES.contains(extension(fileName))) return false;
		return bioFormatsAvailable() && BioFormatsChannelNames.suffixKnown(fileName);
	}

	/** True for a microscope or imager format that could be read with Bio-Formats, which is not here. */
	public static boolean needsBioFormats(String fileName) {
		return !bioFormatsAvailable() && VENDOR_FORMATS.contains(extension(fileName));
	}

	/** What to do about a format that needs Bio-Formats. */
	public static final String BIO_FORMATS_NEEDED = "this format needs Bio-Formats: run the command in Fiji (or " +
		"bin/als-stress with --fiji /path/to/Fiji.app), or export the image as TIFF.";

	/** Files next to images that are never images, whatever a reader's suffix list says. */
	private static final Set<String> NOT_IMAGES = Set.of("csv", "tsv", "txt", "log", "json", "md", "xml", "py", "ijm",
		"js", "groovy", "xlsx", "xls", "ods", "doc", "docx", "pdf", "pptx", "html", "htm", "roi", "sh", "bat");

	/** Common microscope and gel-imager formats (a folder of them is not empty, only unreadable here). */
	private static final Set<String> VENDOR_FORMATS = Set.of("czi", "lif", "lof", "nd2", "lsm", "oib", "oif", "ims",
		"vsi", "ets", "scn", "1sc", "dv", "r3d", "zvi", "lei", "stk", "nd", "ics", "ids", "sld", "mvd2", "svs", "ndpi",
		"oir", "obf", "msr", "ome", "btf");

	private static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static String capitalised(String sentence) {
		return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
	}

	private static List<ImagePlus> openWithImageJ(Path file, ImageFileCheck.Expected expected) {
		if (new Opener().getFileType(file.toString()) == Opener.UNKNOWN) return null;
		ImagePlus image;
		try {
			image = IJ.openImage(file.toString());
		}
		catch (RuntimeException e) {
			throw new UserInputException("ImageJ cannot read '" + file.getFileName() + "' (" + e.getClass()
				.getSimpleName() + "): the file is damaged. Copy or export it again.", e);
		}
		ImageFileCheck.checkRead(image, expected, file.getFileName().toString());
		if (image == null) return null;
		image.setProperty(SERIES_PROPERTY, "");
		List<ImagePlus> images = new ArrayList<>();
		images.add(image);
		return images;
	}

	public static boolean bioFormatsAvailable() {
		return BioFormatsLibrary.available();
	}

	private static List<ImagePlus> openWithBioFormats(Path file) {
		try {
			Class<?> optionsClass = BioFormatsLibrary.load("loci.plugins.in.ImporterOptions");
			Object options = optionsClass.getConstructor().newInstance();
			optionsClass.getMethod("setId", String.class).invoke(options, file.toString());
			optionsClass.getMethod("setOpenAllSeries", boolean.class).invoke(options, true);
			optionsClass.getMethod("setQuiet", boolean.class).invoke(options, true);
			invokeIfPresent(optionsClass, options, "setWindowless", true);
			Method open = BioFormatsLibrary.load("loci.plugins.BF").getMethod("openImagePlus", optionsClass);
			ImagePlus[] opened = (ImagePlus[]) open.invoke(null, options);
			List<ImagePlus> images = new ArrayList<>();
			String name = file.getFileName().toString();
			List<String[]> channelNames = BioFormatsChannelNames.read(file);
			for (int s = 0; s < opened.length; s++) {
				ImagePlus image = opened[s];
				String series = opened.length > 1 ? seriesName(image, name, s) : "";
				image.setProperty(SERIES_PROPERTY, series);
				if (s < channelNames.size()) image.setProperty(ChannelNames.PROPERTY, channelNames.get(s));
				if (!series.isEmpty()) image.setTitle(name + " [" + series + "]");
				images.add(image);
			}
			return images;
		}
		catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			throw new UserInputException("Bio-Formats could not open '" + file.getFileName() +
				"': " + cause.getMessage(), cause);
		}
	}

	/** Bio-Formats titles series "file - series name"; keep the series part. */
	private static String seriesName(ImagePlus image, String fileName, int index) {
		String title = image.getTitle();
		String prefix = fileName + " - ";
		if (title != null && title.startsWith(prefix) && title.length() > prefix.length())
			return title.substring(prefix.length());
		return "series " + (index + 1);
	}

	private static void invokeIfPresent(Class<?> type, Object target, String method,
		boolean value) throws ReflectiveOperationException
	{
		try {
			type.getMethod(method, boolean.class).invoke(target, value);
		}
		catch (NoSuchMethodException e) {
			// older Bio-Formats: option not available
		}
	}
}
