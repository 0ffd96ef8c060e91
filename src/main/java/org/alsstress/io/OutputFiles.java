package org.alsstress.io;

import java.awt.image.RenderedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Every file the suite writes goes through here: it is written under a temporary name beside its final
 * name ({@code name.part}) and renamed into place only when complete, so that a crash, a kill or a full
 * disk never leaves a complete-looking but cut-off file. The stream opener is the one seam through which
 * tests simulate a failing disk.
 */
public final class OutputFiles {

	/** The ending of a file being written. */
	public static final String PART = ".part";

	/** Opens a file for writing. */
	public interface Opener {
		OutputStream open(Path file) throws IOException;
	}

	/** What goes into a file. */
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private static final Opener DISK = Files::newOutputStream;
	private static volatile Opener opener = DISK;

	private OutputFiles() {}

	/** Writes {@code file} atomically: complete, or not at all (an older version stays as it was). */
	public static Path write(Path file, Content content) throws IOException {
		Path part = writePart(file, content);
		commit(part, file);
		return file;
	}

	/** Writes the content to {@code file.part}, to be renamed into place by {@link #commit}. */
	public static Path writePart(Path file, Content content) throws IOException {
		Path part = partOf(file);
		try (OutputStream out = new BufferedOutputStream(opener.open(part), 1 << 16)) {
			content.writeTo(out);
		}
		catch (IOException | RuntimeException | Error e) {
			deleteQuietly(part);
			throw e;
		}
		return part;
	}

	/** Renames a completely written part file to its final name, replacing an older version. */
	public static void commit(Path part, Path file) throws IOException {
		try {
			Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Writes a picture as PNG, atomically. */
	public static Path writePng(RenderedImage image, Path file) throws IOException {
		return write(file, out -> {
			try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
				if (!ImageIO.write(image, "png", stream)) throw new IOException("no PNG writer in this Java runtime");
			}
		});
	}

	/** Writes text as UTF-8, atomically. */
	public static Path writeString(Path file, String text) throws IOException {
		return write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
	}

	public static Path partOf(Path file) {
		return file.resolveSibling(file.getFileName() + PART);
	}

	public static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			// nothing more can be done; the .part name says the file is incomplete
		}
	}

	/** For tests: every file is then opened through {@code o} (e.g. one that fails like a full disk). */
	public static void useOpener(Opener o) {
		opener = o == null ? DISK : o;
	}

	/** For tests: back to the real disk. */
	public static void useDisk() {
		opener = DISK;
	}
}
