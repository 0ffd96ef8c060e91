package org.alsstress.io;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import ij.ImagePlus;
import ij.io.FileInfo;
import ij.io.TiffDecoder;

import org.alsstress.model.NotEnoughMemoryException;
import org.alsstress.model.UserInputException;

/**
 * Says what is actually wrong with an image file that cannot be analysed, before ImageJ's reader sees it (which
 * throws on damaged headers, fills a cut-off file with what it has, and reads only part of a stack when memory
 * runs short): an empty file, a text file, bytes that are no image, a damaged TIFF header, a truncated TIFF, or
 * pixels that cannot fit into memory. After reading, {@link #checkRead} catches a sound TIFF that came back
 * shorter than its header says, or not at all: ImageJ's reader does that when memory runs out.
 */
final class ImageFileCheck {

	private static final int HEAD = 512;

	/** What the header promised: planes and their bytes; planes 0 when the file is no classic TIFF. */
	static final class Expected {
		final int planes;
		final long pixelBytes;

		Expected(int planes, long pixelBytes) {
			this.planes = planes;
			this.pixelBytes = pixelBytes;
		}
	}

	private static final Expected UNKNOWN = new Expected(0, 0);

	private ImageFileCheck() {}

	/**
	 * @throws UserInputException saying what is wrong with the file
	 * @throws NotEnoughMemoryException when its pixels alone would not fit into the memory left
	 */
	static Expected check(Path file, boolean imageJType) {
		String name = file.getFileName().toString();
		long size;
		byte[] head;
		try {
			size = Files.size(file);
			head = head(file);
		}
		catch (IOException e) {
			throw new UserInputException("Cannot read '" + name + "' (" + e.getMessage() + "): check that the file " +
				"is readable and its disk or network share is available.", e);
		}
		if (size == 0) throw new UserInputException("'" + name + "' is empty (0 bytes): it was not written or " +
			"copied completely. Copy or export the image again.");
		if (size < 8 && (isPrefix(head, "II*\0") || isPrefix(head, "MM\0*"))) throw truncated(name,
			"it ends inside its 8-byte TIFF header");
		if (isText(head)) throw new UserInputException("'" + name + "' is a text file, not an image (it begins \"" +
			preview(head) + "\"): choose the image file itself.");
		Format format = Format.of(head);
		if (format == Format.BIGTIFF) {
			if (!ImageOpener.bioFormatsAvailable()) throw new UserInputException("'" + name + "' is a BigTIFF, which " +
				"ImageJ alone cannot read: open it in Fiji (Bio-Formats), or save it as an ordinary TIFF.");
			return UNKNOWN;
		}
		if (!imageJType) return UNKNOWN;
		String extension = extension(name);
		if (format == Format.UNKNOWN && Format.signed(extension)) throw new UserInputException("'" + name +
			"' is not a " + formatName(extension) + " image: it does not begin like one, so it is damaged " +
			"or not an image. Copy or export it again.");
		return format == Format.TIFF ? checkTiff(file, name, size) : UNKNOWN;
	}

	private static Expected checkTiff(Path file, String name, long size) {
		String structure;
		try {
			structure = TiffStructure.problem(file);
		}
		catch (IOException e) {
			throw new UserInputException("Cannot read '" + name + "' (" + e.getMessage() + "): check that the file " +
				"is readable.", e);
		}
		if ("tiled".equals(structure)) return unreadable(name, "is a tiled TIFF, which ImageJ alone cannot read");
		if (structure != null && structure.startsWith("truncated")) throw truncated(name, structure.substring(
			"truncated: ".length()));
		if (structure != null) throw new UserInputException("'" + name + "' has a damaged TIFF header (" + structure
			.substring("damaged: ".length()) + "): the file is corrupt. Copy or export it again.");
		FileInfo[] info;
		try {
			File f = file.toAbsolutePath().toFile();
			info = new TiffDecoder(f.getParent() + File.separator, f.getName()).getTiffInfo();
		}
		catch (IOException | RuntimeException e) {
			if (String.valueOf(e.getMessage()).contains("compressed in this fashion")) return unreadable(name, "uses " +
				"a TIFF compression ImageJ does not read");
			throw damaged(name, e);
		}
		if (info == null || info.length == 0 || info[0].width <= 0 || info[0].height <= 0) throw damaged(name, null);
		for (FileInfo fi : info)
			if (fi.compression == FileInfo.COMPRESSION_UNKNOWN) return unreadable(name, "uses a TIFF compression ImageJ " +
				"does not read");
		int planes = 0;
		long end = 0, bytes = 0;
		for (FileInfo fi : info) {
			// ImageJ reads the planes shaped like the first (not thumbnails or lower resolutions)
			if (fi.width != info[0].width || fi.height != info[0].height || fi.getBytesPerPixel() != info[0]
				.getBytesPerPixel()) continue;
			long plane = planeBytes(fi);
			int n = info.length == 1 ? Math.max(1, fi.nImages) : 1;
			planes += n;
			bytes += plane * n;
			end = Math.max(end, n > 1 || fi.stripOffsets == null || fi.stripLengths == null ? fi.getOffset() + plane *
				n + (long) Math.max(0, fi.gapBetweenImages) * (n - 1) : stripsEnd(fi));
		}
		if (end > size) throw truncated(name, "its pixels run to byte " + end + " but the file has only " + size +
			" bytes");
		long max = Runtime.getRuntime().maxMemory();
		if (bytes > max) throw new NotEnoughMemoryException("'" + name + "' holds " + planes + " plane" + (planes ==
			1 ? "" : "s") + " of " + info[0].width + " x " + info[0].height + " pixels (" + (bytes >> 20) +
			" MB), more than all the memory Java may use here.");
		return new Expected(planes, bytes);
	}

	/**
	 * After reading: a stack shorter than the header promised. ImageJ's reader stops part-way when memory runs
	 * short (when the planes are a good part of the memory Java has), or at data it cannot read.
	 */
	static void checkRead(ImagePlus image, Expected expected, String name) {
		if (expected.planes == 0 || image != null && image.getStackSize() >= expected.planes) return;
		throw new NotEnoughMemoryException("ImageJ ran out of memory reading '" + name + "' (" + expected.planes +
			" plane" + (expected.planes == 1 ? "" : "s") + ", " + Math.max(1, expected.pixelBytes >> 20) +
			" MB of pixels)" + (image == null ? "" : ": it read only " + image.getStackSize()) + ".");
	}

	private static long planeBytes(FileInfo fi) {
		if (fi.fileType == FileInfo.BITMAP) return (fi.width + 7L) / 8 * fi.height;
		if (fi.fileType == FileInfo.GRAY12_UNSIGNED) return ((long) fi.width * fi.height * 3 + 1) / 2;
		return (long) fi.width * fi.height * Math.max(1, fi.getBytesPerPixel());
	}

	private static long stripsEnd(FileInfo fi) {
		long end = 0;
		for (int i = 0; i < fi.stripOffsets.length && i < fi.stripLengths.length; i++)
			end = Math.max(end, (fi.stripOffsets[i] & 0xFFFFFFFFL) + (fi.stripLengths[i] & 0xFFFFFFFFL));
		return end;
	}

	/** A sound TIFF that ImageJ's own reader cannot read: Bio-Formats may, when present. */
	private static Expected unreadable(String name, String why) {
		if (ImageOpener.bioFormatsAvailable()) return UNKNOWN;
		throw new UserInputException("'" + name + "' " + why + ": open it in Fiji (Bio-Formats reads it) or save it " +
			"there as an uncompressed TIFF.");
	}

	private static UserInputException truncated(String name, String detail) {
		return new UserInputException("'" + name + "' is truncated (" + detail + "): it is an incomplete copy or " +
			"download. Copy it again from the microscope or the original folder.");
	}

	private static UserInputException damaged(String name, Throwable cause) {
		return new UserInputException("'" + name + "' has a damaged TIFF header" + (cause == null ? "" : " (" + cause
			.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")") +
			": the file is cut off or corrupt. Copy or export it again.", cause);
	}

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(HEAD);
		}
	}

	/** Printable characters only (UTF-8 text, with tabs and line breaks): a sheet, a log, a note. */
	static boolean isText(byte[] head) {
		if (head.length == 0) return false;
		int n = head.length;
		for (int i = 0; i < n; i++) {
			int b = head[i] & 0xFF;
			if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') return false;
			if (b == 0x7F) return false;
		}
		// a valid UTF-8 beginning (the last character may be cut off by the sample)
		String s = new String(head, StandardCharsets.UTF_8);
		return s.indexOf('\uFFFD') < 0 || s.indexOf('\uFFFD') >= s.length() - 1;
	}

	private static boolean isPrefix(byte[] head, String magic) {
		for (int i = 0; i < head.length && i < magic.length(); i++)
			if (head[i] != magic.charAt(i)) return false;
		return true;
	}

	private static String preview(byte[] head) {
		String s = new String(head, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
		return s.length() > 40 ? s.substring(0, 40) + "..." : s;
	}

	private static String formatName(String extension) {
		switch (extension) {
			case "tif": case "tiff":
				return "TIFF";
			case "jpg": case "jpeg":
				return "JPEG";
			default:
				return extension.toUpperCase(Locale.ROOT);
		}
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** File formats by their first bytes. */
	private enum Format {
		TIFF, BIGTIFF, PNG, JPEG, GIF, BMP, UNKNOWN;

		static Format of(byte[] h) {
			if (starts(h, 'I', 'I', 42, 0) || starts(h, 'M', 'M', 0, 42)) return TIFF;
			if (starts(h, 'I', 'I', 43, 0) || starts(h, 'M', 'M', 0, 43)) return BIGTIFF;
			if (starts(h, 0x89, 'P', 'N', 'G')) return PNG;
			if (starts(h, 0xFF, 0xD8, 0xFF)) return JPEG;
			if (starts(h, 'G', 'I', 'F', '8')) return GIF;
			if (starts(h, 'B', 'M')) return BMP;
			return UNKNOWN;
		}

		/** Extensions whose files always begin with one of the signatures above. */
		static boolean signed(String extension) {
			switch (extension) {
				case "tif": case "tiff": case "png": case "jpg": case "jpeg": case "gif": case "bmp":
					return true;
				default:
					return false;
			}
		}

		private static boolean starts(byte[] h, int... bytes) {
			if (h.length < bytes.length) return false;
			for (int i = 0; i < bytes.length; i++)
				if ((h[i] & 0xFF) != bytes[i]) return false;
			return true;
		}
	}
}
