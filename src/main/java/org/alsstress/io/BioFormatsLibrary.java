package org.alsstress.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.alsstress.model.UserInputException;

/**
 * Where Bio-Formats comes from. In Fiji it is on the class path already. Outside Fiji
 * ({@code bin/als-stress --fiji /path/to/Fiji.app}, or {@code FIJI_HOME}) it is taken from a Fiji
 * installation's own jars, loaded in a class loader of their own that asks the toolkit's first: so
 * ImageJ and SciJava stay the toolkit's, and the images Bio-Formats makes are the toolkit's
 * {@code ImagePlus}. Bio-Formats is not on Maven Central: it is only ever reached by reflection.
 */
public final class BioFormatsLibrary {

	private static volatile ClassLoader fiji;
	private static volatile Path fijiFolder;

	private BioFormatsLibrary() {}

	/**
	 * Uses the Bio-Formats of this Fiji installation (its {@code jars/}, with {@code jars/bio-formats/}, and
	 * the importer in {@code plugins/bio-formats_plugins-*.jar}).
	 *
	 * @throws UserInputException when the folder is not a Fiji installation with Bio-Formats
	 */
	public static synchronized void useFiji(Path fijiApp) {
		Path folder = fijiApp.toAbsolutePath().normalize();
		if (!Files.isDirectory(folder.resolve("jars"))) throw new UserInputException("'" + fijiApp +
			"' is not a Fiji installation (it has no jars/ folder): give the Fiji.app folder.");
		List<Path> jars = jars(folder);
		if (jars.stream().noneMatch(j -> j.getFileName().toString().startsWith("formats-api"))) throw new UserInputException(
			"The Fiji installation '" + fijiApp + "' has no Bio-Formats (no jars/bio-formats/formats-api-*.jar): " +
				"install it with Help > Update... (it is part of Fiji), or give another Fiji.app.");
		if (jars.stream().noneMatch(j -> j.getFileName().toString().startsWith("bio-formats_plugins"))) throw new UserInputException(
			"The Fiji installation '" + fijiApp + "' has no Bio-Formats importer (plugins/bio-formats_plugins-*.jar).");
		List<URL> urls = new ArrayList<>();
		for (Path jar : jars) {
			try {
				urls.add(jar.toUri().toURL());
			}
			catch (MalformedURLException e) {
				throw new IllegalStateException(e);
			}
		}
		fiji = new URLClassLoader("Fiji Bio-Formats", urls.toArray(new URL[0]), BioFormatsLibrary.class
			.getClassLoader());
		fijiFolder = folder;
		quietLogging();
	}

	/** The Fiji installation given with {@link #useFiji}, or null. */
	public static Path fijiFolder() {
		return fijiFolder;
	}

	/** A Bio-Formats class, from the given Fiji installation or else from where the toolkit was loaded. */
	static Class<?> load(String className) throws ClassNotFoundException {
		ClassLoader loader = fiji;
		return Class.forName(className, true, loader != null ? loader : BioFormatsLibrary.class.getClassLoader());
	}

	public static boolean available() {
		try {
			load("loci.plugins.BF");
			load("loci.formats.ImageReader");
			return true;
		}
		catch (ClassNotFoundException | LinkageError e) {
			return false;
		}
	}

	private static List<Path> jars(Path fijiApp) {
		List<Path> jars = new ArrayList<>();
		for (String sub : new String[] { "jars", "plugins" }) {
			Path dir = fijiApp.resolve(sub);
			if (!Files.isDirectory(dir)) continue;
			try (Stream<Path> files = Files.walk(dir, 2)) {
				// jars/ and jars/bio-formats/; not the platform folders (jars/linux64, ...) of native code
				jars.addAll(files.filter(p -> p.getFileName().toString().endsWith(".jar")).filter(p -> sub.equals(
					"jars") || p.getFileName().toString().startsWith("bio-formats")).sorted().collect(Collectors
						.toList()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return jars;
	}

	/** Bio-Formats logs through SLF4J, whose Fiji backend would print every reader's debug lines. */
	private static void quietLogging() {
		try {
			load("loci.common.DebugTools").getMethod("setRootLevel", String.class).invoke(null, "ERROR");
		}
		catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
			// an older Bio-Formats: its messages show, nothing else changes
		}
	}
}
