package org.alsstress.io;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ij.ImagePlus;
import ij.io.Opener;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

import org.alsstress.model.UserInputException;

/**
 * Molecular Dynamics / Amersham / GE Typhoon {@code .gel} files without Bio-Formats. A {@code .gel}
 * file is a TIFF whose private tag {@value #MD_FILE_TAG} (MD_FileTag) says how the scanner counts are
 * stored: {@value #SQUARE_ROOT} for square-root encoding, where a count is the stored value squared
 * times the rational tag {@value #MD_SCALE_PIXEL} (MD_ScalePixel), or {@value #LINEAR} for plain
 * values. Densitometry needs the counts: square-root files become 32-bit images of
 * {@code stored² × scale}, as Bio-Formats' GelReader makes them in Fiji; linear files stay as stored.
 */
final class GelFiles {

	static final int MD_FILE_TAG = 33445, MD_SCALE_PIXEL = 33446;
	static final int SQUARE_ROOT = 2, LINEAR = 128;

	private GelFiles() {}

	static boolean isGel(String fileName) {
		return fileName.toLowerCase(Locale.ROOT).endsWith(".gel");
	}

	/** The image with its counts; null when the file is no TIFF ImageJ can read. */
	static List<ImagePlus> open(Path file) {
		Path parent = file.toAbsolutePath().getParent();
		ImagePlus image = new Opener().openTiff(parent.toString() + java.io.File.separator, file.getFileName()
			.toString());
		if (image == null) return null;
		Tags tags;
		try {
			tags = Tags.read(file);
		}
		catch (IOException e) {
			throw new UserInputException("Cannot read the GEL tags of '" + file.getFileName() + "': " + e.getMessage());
		}
		if (tags.format == SQUARE_ROOT) linearise(image, tags.scale);
		else if (tags.format != LINEAR) throw new UserInputException("'" + file.getFileName() +
			"' is a GEL file of a data format this toolkit does not know (MD_FileTag " + tags.format +
			"; 2 is square root, 128 linear).");
		image.setProperty(ImageOpener.SERIES_PROPERTY, "");
		List<ImagePlus> images = new ArrayList<>();
		images.add(image);
		return images;
	}

	/** Counts from square-root encoded samples: stored² × scale, for every plane, in float as GelReader does. */
	static void linearise(ImagePlus image, double scale) {
		float factor = (float) scale;
		ij.ImageStack stack = image.getStack(), counts = new ij.ImageStack(image.getWidth(), image.getHeight());
		for (int i = 1; i <= stack.getSize(); i++) {
			ImageProcessor stored = stack.getProcessor(i);
			FloatProcessor linear = new FloatProcessor(stored.getWidth(), stored.getHeight());
			float[] out = (float[]) linear.getPixels();
			for (int p = 0; p < out.length; p++) {
				long v = stored.get(p);
				out[p] = v * v * factor;
			}
			linear.resetMinAndMax();
			counts.addSlice(stack.getSliceLabel(i), linear);
		}
		image.setStack(counts);
	}

	/** The two GEL tags of the first IFD. */
	static final class Tags {

		final long format;
		final double scale;

		private Tags(long format, double scale) {
			this.format = format;
			this.scale = scale;
		}

		static Tags read(Path file) throws IOException {
			try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
				int order = in.readUnsignedShort();
				boolean little = order == 0x4949;
				if (!little && order != 0x4D4D) throw new IOException("not a TIFF file");
				if (u16(in, little) != 42) throw new IOException("not a classic TIFF file");
				in.seek(u32(in, little));
				int entries = u16(in, little);
				long format = LINEAR;
				double scale = 1;
				for (int e = 0; e < entries; e++) {
					long entry = in.getFilePointer();
					int tag = u16(in, little), type = u16(in, little);
					u32(in, little); // count
					if (tag == MD_FILE_TAG) format = type == 3 ? u16(in, little) : u32(in, little);
					else if (tag == MD_SCALE_PIXEL && type == 5) {
						in.seek(u32(in, little));
						long numerator = u32(in, little), denominator = u32(in, little);
						if (denominator != 0) scale = numerator / (double) denominator;
					}
					in.seek(entry + 12);
				}
				return new Tags(format, scale);
			}
		}

		private static int u16(RandomAccessFile in, boolean little) throws IOException {
			int a = in.readUnsignedByte(), b = in.readUnsignedByte();
			return little ? a | b << 8 : a << 8 | b;
		}

		private static long u32(RandomAccessFile in, boolean little) throws IOException {
			long a = u16(in, little), b = u16(in, little);
			return little ? a | b << 16 : a << 16 | b;
		}
	}
}
