package org.alsstress.updatesite;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.jar.JarFile;

import org.junit.Test;

/** Checks the update site that {@code mvn package} generated from the jar it built. */
public class UpdateSiteIT {

	private static final Path SITE = Paths.get("target", "update-site");

	@Test
	public void theSiteServesTheBuiltJarWithTheUpdatersChecksum() throws Exception {
		final Path jar = builtJar();
		final List<SiteFile> records = DbXmlReader.read(SITE.resolve(UpdateSiteGenerator.DB_XML_GZ));
		final SiteFile record = records.stream().filter(r -> r.filename.equals("jars/" + jar.getFileName()))
			.findFirst().orElseThrow(() -> new AssertionError("no record for " + jar.getFileName() + " in " + SITE));

		assertEquals(UpdaterChecksum.of(record.filename, jar), record.current.checksum);
		assertEquals(Files.size(jar), record.filesize);
		final Path upload = SITE.resolve(record.uploadName());
		assertArrayEquals("the uploaded file is the built jar", Files.readAllBytes(jar), Files.readAllBytes(upload));
		assertTrue(UpdaterTimestamp.isValid(record.current.timestamp));

		assertEquals("jars/ij.jar", record.dependencies.get(0).filename);
		for (final SiteFile.Dependency dependency : record.dependencies) {
			assertTrue(dependency.filename + " is Fiji's, not ours to upload",
				records.stream().noneMatch(r -> r.filename.equals(dependency.filename)));
		}
	}

	@Test
	public void theJarCarriesTheMenuScripts() throws Exception {
		try (JarFile jar = new JarFile(builtJar().toFile())) {
			assertNotNull(jar.getJarEntry("scripts/Plugins/ALS_Stress_Toolkit/Open_Results_Folder.py"));
		}
	}

	@Test
	public void theSitePublishesEveryExampleScriptAsAFileUsersCanOpen() throws Exception {
		final List<SiteFile> records = DbXmlReader.read(SITE.resolve(UpdateSiteGenerator.DB_XML_GZ));
		final File[] examples = new File("scripts").listFiles((dir, name) -> name.endsWith(".ijm") || name.endsWith(".py"));
		assertTrue(examples != null && examples.length > 0);
		for (final File example : examples) {
			final String path = "macros/ALS_Stress_Toolkit/" + example.getName();
			final SiteFile record = records.stream().filter(r -> r.filename.equals(path)).findFirst().orElseThrow(
				() -> new AssertionError(path + " is not on the update site"));
			assertEquals(path, UpdaterChecksum.of(path, example.toPath()), record.current.checksum);
			assertArrayEquals(Files.readAllBytes(example.toPath()), Files.readAllBytes(SITE.resolve(record.uploadName())));
		}
	}

	private static Path builtJar() {
		final File[] jars = new File("target").listFiles((dir, name) -> name.startsWith("als-stress-toolkit-") &&
			name.endsWith(".jar") && !name.contains("sources") && !name.contains("tests"));
		assertTrue("the jar is not built yet (run mvn verify)", jars != null && jars.length == 1);
		return jars[0].toPath();
	}
}
