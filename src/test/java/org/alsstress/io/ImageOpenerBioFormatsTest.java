package org.alsstress.io;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import ij.ImagePlus;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * ImageOpener's Bio-Formats path, as in Fiji: reached by reflection, every
 * series of a multi-series file becomes its own image named
 * {@code file [series name]} with its calibration. Runs against a stand-in
 * with Bio-Formats' API (src/test/fake-bioformats), loaded in a class loader
 * of its own so that the other tests still see a machine without Bio-Formats.
 */
public class ImageOpenerBioFormatsTest {

	@ClassRule
	public static final TemporaryFolder TMP = new TemporaryFolder();

	private static ClassLoader fiji;

	@BeforeClass
	public static void compileStandIn() throws Exception {
		final Path classes = TMP.newFolder("fake-bioformats").toPath();
		final List<String> args = new ArrayList<>();
		args.add("-proc:none");
		args.add("-d");
		args.add(classes.toString());
		args.add("-cp");
		args.add(ImagePlus.class.getProtectionDomain().getCodeSource().getLocation().getPath());
		try (Stream<Path> sources = Files.walk(Paths.get("src/test/fake-bioformats"))) {
			args.addAll(sources.filter(p -> p.toString().endsWith(".java")).map(Path::toString).collect(Collectors.toList()));
		}
		final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		assertEquals("stand-in compiles", 0, javac.run(null, null, null, args.toArray(new String[0])));
		final URL[] urls = { classes.toUri().toURL(),
			ImageOpener.class.getProtectionDomain().getCodeSource().getLocation() };
		fiji = new ChildFirst(urls, ImageOpenerBioFormatsTest.class.getClassLoader());
	}

	@Test
	public void everySeriesIsItsOwnImageNamedFileAndSeries() throws Exception {
		final Path lif = Files.write(TMP.getRoot().toPath().resolve("U2OS arsenite time course.lif"), new byte[8]);
		final List<ImagePlus> images = open(lif);

		assertEquals(3, images.size());
		assertEquals("U2OS arsenite time course.lif [Control 60 min]", images.get(0).getTitle());
		assertEquals("U2OS arsenite time course.lif [Arsenite 120 min]", images.get(2).getTitle());
		assertEquals("Arsenite 60 min", images.get(1).getProperty("als.series"));
		assertEquals(lif.toAbsolutePath().toString(), images.get(1).getProperty("als.file"));
		assertEquals("calibration carried per series", 0.26, images.get(2).getCalibration().pixelWidth, 0);
		final Object options = fiji.loadClass("loci.plugins.BF").getField("lastOptions").get(null);
		assertEquals(true, options.getClass().getField("quiet").get(options));
		assertEquals(true, options.getClass().getField("windowless").get(options));
	}

	@Test
	public void channelNamesComeFromTheMetadataNotFromBioFormatsPlaneLabels() throws Exception {
		final Path lif = Files.write(TMP.getRoot().toPath().resolve("dapi g3bp1 stain.lif"), new byte[8]);
		final List<ImagePlus> named = open(lif);
		assertEquals("c:1/2 - dapi g3bp1 stain.lif - Arsenite 60 min", named.get(1).getStack().getSliceLabel(1));
		assertEquals(Arrays.asList("DAPI", "G3BP1"), ChannelNames.of(named.get(1)));

		// no names in the metadata: the plane labels, which hold the file name, must not name the channels
		final Path czi = Files.write(TMP.getRoot().toPath().resolve("dapi g3bp1 stain.czi"), new byte[8]);
		assertEquals(Arrays.asList("", ""), ChannelNames.of(open(czi).get(0)));
	}

	@Test
	public void aSingleSeriesFileKeepsItsPlainName() throws Exception {
		final Path czi = Files.write(TMP.getRoot().toPath().resolve("blot 3.czi"), new byte[8]);
		final List<ImagePlus> images = open(czi);
		assertEquals(1, images.size());
		assertEquals("blot 3.czi", images.get(0).getTitle());
		assertEquals("", images.get(0).getProperty("als.series"));
	}

	@Test
	public void aFileBioFormatsCannotReadGetsItsReason() throws Exception {
		final Path broken = Files.write(TMP.getRoot().toPath().resolve("broken scan.scn"), new byte[8]);
		try {
			open(broken);
			fail();
		}
		catch (final InvocationTargetException e) {
			assertEquals("org.alsstress.model.UserInputException", e.getCause().getClass().getName());
			assertTrue(e.getCause().getMessage(), e.getCause().getMessage().contains("'broken scan.scn'"));
			assertTrue(e.getCause().getMessage(), e.getCause().getMessage().contains("Unknown file format"));
		}
	}

	@SuppressWarnings("unchecked")
	private static List<ImagePlus> open(final Path file) throws Exception {
		final Class<?> opener = fiji.loadClass(ImageOpener.class.getName());
		assertEquals(true, opener.getMethod("bioFormatsAvailable").invoke(null));
		final Method open = opener.getMethod("open", Path.class);
		return (List<ImagePlus>) open.invoke(null, file);
	}

	/** Our classes and the stand-in from their own folders; ImageJ and the rest shared with the tests. */
	private static final class ChildFirst extends URLClassLoader {

		ChildFirst(final URL[] urls, final ClassLoader parent) {
			super(urls, parent);
		}

		@Override
		protected synchronized Class<?> loadClass(final String name, final boolean resolve) throws ClassNotFoundException {
			if (!name.startsWith("org.alsstress.") && !name.startsWith("loci.")) return super.loadClass(name, resolve);
			Class<?> type = findLoadedClass(name);
			if (type == null) type = findClass(name);
			if (resolve) resolveClass(type);
			return type;
		}
	}

}
