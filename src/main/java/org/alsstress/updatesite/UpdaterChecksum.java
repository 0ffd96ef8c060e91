package org.alsstress.updatesite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * SHA-1 checksums computed exactly as the ImageJ Updater computes them
 * ({@code net.imagej.updater.util.UpdaterUtil#getDigest}): a plain file is
 * hashed over its path in the Fiji folder and then its bytes; a jar over its
 * entries sorted by name, each entry's name then its content, with comment
 * lines dropped from {@code .properties} entries and the manifest's content
 * left out (only its name counts), so that rebuilding an unchanged jar keeps
 * its checksum.
 */
public final class UpdaterChecksum {

	static final String MANIFEST = "META-INF/MANIFEST.MF";

	private UpdaterChecksum() {}

	/**
	 * @param sitePath where the file goes inside Fiji, e.g.
	 *          {@code jars/als-stress-toolkit-0.1.0.jar}
	 * @param file the file on disk
	 */
	public static String of(final String sitePath, final Path file) throws IOException {
		if (sitePath.endsWith(".jar")) return ofJar(file);
		final MessageDigest digest = sha1();
		digest.update(sitePath.getBytes(StandardCharsets.US_ASCII));
		digest.update(Files.readAllBytes(file));
		return hex(digest.digest());
	}

	public static String ofJar(final Path jarFile) throws IOException {
		final MessageDigest digest = sha1();
		try (JarFile jar = new JarFile(jarFile.toFile())) {
			final List<JarEntry> entries = new ArrayList<>(Collections.list(jar.entries()));
			entries.sort(Comparator.comparing(JarEntry::getName));
			for (final JarEntry entry : entries) {
				final String name = entry.getName();
				digest.update(name.getBytes(StandardCharsets.US_ASCII));
				if (name.equals(MANIFEST)) continue;
				final byte[] content = readAll(jar, entry);
				digest.update(name.endsWith(".properties") ? HashedLineSkipper.filter(content) : content);
			}
		}
		return hex(digest.digest());
	}

	private static byte[] readAll(final JarFile jar, final JarEntry entry) throws IOException {
		try (InputStream in = jar.getInputStream(entry)) {
			return in.readAllBytes();
		}
	}

	static MessageDigest sha1() {
		try {
			return MessageDigest.getInstance("SHA-1");
		}
		catch (final NoSuchAlgorithmException e) {
			throw new IllegalStateException("This Java has no SHA-1", e);
		}
	}

	static String hex(final byte[] bytes) {
		final StringBuilder builder = new StringBuilder(bytes.length * 2);
		for (final byte b : bytes) builder.append(String.format("%02x", b & 0xff));
		return builder.toString();
	}
}
