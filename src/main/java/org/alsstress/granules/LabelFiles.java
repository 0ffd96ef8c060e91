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
		return LabelImage.of(imp.getProcessor());
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
