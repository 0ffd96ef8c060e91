package org.alsstress.fiji.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A real Fiji to run the toolkit in: the Fiji.app named by the system property {@value #PROPERTY}
 * ({@code .ci/run} passes {@code ../shared/fiji-runtime/Fiji.app}). Its own jars (ImageJ 1.x,
 * imagej-legacy, scijava-common, scripting-jython, Bio-Formats) run in a JVM of their own, with the
 * toolkit's built jar and a Jython interpreter added as a user's Fiji has them, and never the newer
 * ImageJ or SciJava the toolkit compiles against. Without the property the tests are skipped, with a
 * message, so that the project builds anywhere.
 */
public final class FijiRuntime {

	public static final String PROPERTY = "fiji.dir";

	private static Path driverClasses;

	private FijiRuntime() {}

	/** The Fiji.app to test in; skips the calling test (with a message) when none is given. */
	public static Path fiji() {
		final String dir = System.getProperty(PROPERTY, "").trim();
		if (dir.isEmpty()) {
			System.err.println("[fiji-runtime] skipped: no Fiji given. Run with -D" + PROPERTY +
				"=/path/to/Fiji.app (.ci/run passes ../shared/fiji-runtime/Fiji.app when it exists).");
		}
		assumeTrue("no -D" + PROPERTY + "=/path/to/Fiji.app given", !dir.isEmpty());
		final Path fiji = Paths.get(dir).toAbsolutePath().normalize();
		assertTrue(PROPERTY + "=" + dir + " is not a Fiji.app with jars/", Files.isDirectory(fiji.resolve("jars")));
		return fiji;
	}

	/** Sample microscope files next to the Fiji runtime ({@code ../data/microscopy}), or -Dmicroscopy.dir. */
	public static Path microscopy() {
		final String given = System.getProperty("microscopy.dir", "").trim();
		final Path dir = given.isEmpty() ? fiji().getParent().getParent().resolve("data/microscopy") : Paths.get(given);
		if (!Files.isDirectory(dir)) System.err.println("[fiji-runtime] skipped: no microscopy files at " + dir +
			" (set -Dmicroscopy.dir)");
		assumeTrue("no microscopy files at " + dir, Files.isDirectory(dir));
		return dir;
	}

	/**
	 * A fresh folder for one test class's Fiji run, kept after the run to look into: target/fiji-it/<class>/,
	 * with a space in its name as users' folders have.
	 */
	public static Path workFolder(final Class<?> test) throws IOException {
		final Path folder = Paths.get("target", "fiji-it", test.getSimpleName()).toAbsolutePath();
		if (Files.exists(folder)) {
			try (Stream<Path> old = Files.walk(folder)) {
				for (final Path p : old.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) Files
					.delete(p);
			}
		}
		return Files.createDirectories(folder.resolve("ALS Fiji runtime"));
	}

	/** The toolkit's jar as built by this build (the tests run after 'package'). */
	public static Path pluginJar() throws IOException {
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(Paths.get("target"), "als-stress-toolkit-*.jar")) {
			for (final Path jar : jars) {
				final String name = jar.getFileName().toString();
				if (!name.endsWith("-tests.jar") && !name.endsWith("-sources.jar")) return jar.toAbsolutePath();
			}
		}
		throw new AssertionError("target/als-stress-toolkit-*.jar is missing: the Fiji tests run after 'mvn package'");
	}

	/** Fiji's own class path, with the plugin jar, the driver and a Jython interpreter. */
	static String classPath(final Path fiji) throws IOException {
		final List<String> entries = new ArrayList<>();
		entries.add(pluginJar().toString());
		entries.add(driverClasses(fiji).toString());
		entries.add(fiji.resolve("jars") + File.separator + "*");
		entries.add(fiji.resolve("jars/bio-formats") + File.separator + "*");
		entries.add(fiji.resolve("plugins") + File.separator + "*");
		entries.addAll(missingFromTheRuntime());
		return String.join(File.pathSeparator, entries);
	}

	/**
	 * What a Fiji installation has and this runtime lacks, from Maven Central through the test class path:
	 * the Jython interpreter with what it needs, and JGoodies Forms, which the Bio-Formats Importer checks for.
	 */
	private static List<String> missingFromTheRuntime() {
		final String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		final List<String> jars = new ArrayList<>();
		for (final String entry : classPath.split(File.pathSeparator)) {
			final String path = entry.replace('\\', '/');
			for (final String group : JYTHON_GROUPS) {
				if (path.contains("/" + group + "/")) {
					jars.add(entry);
					break;
				}
			}
		}
		assertTrue("jython-slim is not on the test class path " + classPath, jars.stream().anyMatch(j -> j.contains(
			"jython")));
		assertTrue("jgoodies-forms is not on the test class path", jars.stream().anyMatch(j -> j.contains("jgoodies")));
		return jars;
	}

	/** jython-slim and what it needs that Fiji does not already bring (Fiji has guava, commons-io, -compress); JGoodies. */
	private static final String[] JYTHON_GROUPS = { "org/python", "org/antlr", "antlr", "com/github/jnr",
		"org/ow2/asm", "com/ibm/icu", "io/netty", "org/bouncycastle", "jline", "com/carrotsearch", "javax/servlet",
		"org/apache/ant", "com/jgoodies" };

	/** The driver, compiled against this Fiji's jars (not the toolkit's newer ImageJ and SciJava). */
	private static synchronized Path driverClasses(final Path fiji) throws IOException {
		if (driverClasses != null) return driverClasses;
		final Path classes = Files.createTempDirectory("fiji-driver");
		final List<String> args = new ArrayList<>();
		args.add("-proc:none");
		args.add("-nowarn");
		args.add("-d");
		args.add(classes.toString());
		args.add("-cp");
		try (Stream<Path> jars = Files.list(fiji.resolve("jars"))) {
			// the compiler does not expand class-path wildcards as the java launcher does
			args.add(jars.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).collect(Collectors.joining(
				File.pathSeparator)));
		}
		try (Stream<Path> sources = Files.list(Paths.get("src/test/fiji-driver"))) {
			args.addAll(sources.filter(p -> p.toString().endsWith(".java")).map(Path::toString).collect(Collectors
				.toList()));
		}
		final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		assertEquals("the Fiji driver compiles against " + fiji, 0, javac.run(null, null, null, args.toArray(
			new String[0])));
		driverClasses = classes;
		return classes;
	}

	/** Runs a plan in a new headless Fiji JVM and waits for it (at most ten minutes). */
	public static FijiSession run(final FijiPlan plan) throws IOException, InterruptedException {
		final Path fiji = fiji();
		final Path planFile = plan.write();
		final Path prefs = Files.createTempDirectory(plan.folder(), "prefs");
		final List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Djava.awt.headless=true");
		command.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
		command.add("-Djava.util.prefs.userRoot=" + prefs);
		command.add("-Dscijava.log.level=warn");
		command.add("-Xmx2g");
		command.add("-cp");
		command.add(classPath(fiji));
		command.add("FijiDriver");
		command.add(planFile.toString());
		final Path log = plan.folder().resolve("fiji-jvm.log");
		final Process process = new ProcessBuilder(command).directory(plan.folder().toFile()).redirectErrorStream(true)
			.redirectOutput(log.toFile()).start();
		if (!process.waitFor(10, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("Fiji did not finish within 10 minutes; see " + log);
		}
		final String jvmLog = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
		assertEquals("the Fiji JVM ended badly:\n" + tail(jvmLog), 0, process.exitValue());
		return new FijiSession(plan.folder(), jvmLog);
	}

	static String tail(final String text) {
		return text.length() <= 6000 ? text : "..." + text.substring(text.length() - 6000);
	}
}
