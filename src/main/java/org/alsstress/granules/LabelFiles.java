package org.alsstress.granules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileInfo;
import ij.io.FileSaver;
import ij.io.TiffEncoder;
import ij.process.ImageProcessor;

import org.alsstress.imaging.LabelImage;
import org.alsstress.io.OutputFiles;
import org.alsstress.model.UserInputException;

/** Label images on disk: written as 16-bit TIFFs, and found for an image by name when imported. */
public final class LabelFiles {

	private LabelFiles() {}

	public static Path write(LabelImage labels, Path file, double pixelSizeUm) throws IOException {
		ImagePlus imp = new ImagePlus(file.getFileName().toString(), labels.toShortProcessor());
		imp.getCalibration().pixelWidth = pixelSizeUm;
		imp.getCalibration().pixelHeight = pixelSizeUm;
		imp.getCalibration().setUnit("micron");
		FileInfo info = imp.getFileInfo();
		info.description = new FileSaver(imp).getDescriptionString();
		return OutputFiles.write(file, out -> new TiffEncoder(info).write(out));
	}

	/**
	 * The label image for an image: {@code source} itself when it is a file, else the file in that folder whose
	 * name starts with the image's name (e.g. {@code img1_masks.tif} or {@code img1.tif} for {@code img1.czi}).
	 * Null when no source is given.
	 */
	public static LabelImage find(Path source, String imageFile, String parameter, int width, int height)
		throws IOException
	{
		if (source == null || source.toString().isBlank()) return null;
		Path file = source;
		if (Files.isDirectory(source)) file = match(source, imageFile, parameter);
		else if (!Files.isRegularFile(source)) throw new UserInputException(parameter + " '" + source +
			"' does not exist: give a label image or a folder of them.");
		ImagePlus imp = IJ.openImage(file.toString());
		if (imp == null) throw new UserInputException(parameter + ": cannot open '" + file + "' as an image.");
		if (imp.getWidth() != width || imp.getHeight() != height) throw new UserInputException(parameter + " '" + file
			.getFileName() + "' is " + imp.getWidth() + " x " + imp.getHeight() + " pixels but '" + imageFile + "' is " +
			width + " x " + height + ".");
		if (imp.getType() == ImagePlus.COLOR_RGB) throw new UserInputException(parameter + " '" + file.getFileName() +
			"' is an RGB picture, not a label image (each object one integer value).");
		if (imp.getStackSize() > 1) throw new UserInputException(parameter + " '" + file.getFileName() + "' has " + imp
			.getStackSize() + " planes; a label image has one (each object one whole number, 0 = background).");
		return labels(imp.getProcessor(), parameter + " '" + file.getFileName() + "'");
	}

	/** Fewer pixels per object on average: noise or an intensity image, not segmented objects. */
	static final int MIN_MEAN_AREA = 4;

	/**
	 * The labels of an image that holds them: whole numbers from 0 (background), objects of a few pixels at least.
	 * An intensity image given by mistake is refused, not read as thousands of one-pixel objects.
	 */
	static LabelImage labels(ImageProcessor ip, String what) {
		for (int i = 0; i < ip.getPixelCount(); i++) {
			float v = ip.getf(i);
			if (!(v >= 0) || v != Math.rint(v) || v > 1 << 24) throw new UserInputException(what + " is not a label " +
				"image: it holds the value " + v + " at x " + i % ip.getWidth() + ", y " + i / ip.getWidth() + ". A label " +
				"image holds one whole number per object (0 = background), as StarDist and Cellpose save them.");
		}
		LabelImage labels = LabelImage.of(ip);
		int objects = labels.count(), foreground = 0;
		for (int v : labels.pixels)
			if (v > 0) foreground++;
		if (objects > 0 && (foreground < MIN_MEAN_AREA * objects || !coherent(labels))) throw new UserInputException(
			what + " is not a label image: its " + objects + " values are scattered pixel by pixel, as in noise or an " +
				"intensity image, not objects. Give the label image (each object one whole number, 0 = background).");
		return labels;
	}

	/** In a label image most neighbouring object pixels belong to the same object; in an intensity image few do. */
	private static boolean coherent(LabelImage labels) {
		long pairs = 0, same = 0;
		for (int y = 0; y < labels.height; y++)
			for (int x = 1; x < labels.width; x++) {
				int a = labels.pixels[y * labels.width + x - 1], b = labels.pixels[y * labels.width + x];
				if (a > 0 && b > 0) {
					pairs++;
					if (a == b) same++;
				}
			}
		return pairs == 0 || same * 2 >= pairs;
	}

	private static Path match(Path folder, String imageFile, String parameter) throws IOException {
		String stem = stem(imageFile).toLowerCase(Locale.ROOT);
		List<Path> candidates = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path p : files.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
				String name = stem(p.getFileName().toString()).toLowerCase(Locale.ROOT);
				if (name.equals(stem) || name.startsWith(stem) && !Character.isLetterOrDigit(name.charAt(stem.length())))
					candidates.add(p);
			}
		}
		if (candidates.isEmpty()) throw new UserInputException(parameter + ": no label image for '" + imageFile +
			"' in " + folder + " (expected a file named like '" + stem(imageFile) + "_masks.tif').");
		candidates.sort((a, b) -> Integer.compare(a.getFileName().toString().length(), b.getFileName().toString()
			.length()));
		return candidates.get(0);
	}

	static String stem(String fileName) {
		return fileName.replaceFirst("\\.(ome\\.)?[A-Za-z0-9]+$", "");
	}
}
