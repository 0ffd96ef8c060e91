package org.alsstress.updatesite;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.GZIPInputStream;

import javax.xml.parsers.SAXParserFactory;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

public class UpdateSiteGeneratorTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private Path build;
	private Path site;

	@Before
	public void setUp() throws IOException {
		build = folder.newFolder("build").toPath();
		site = folder.newFolder("site").toPath();
	}

	@Test
	public void firstSiteIsValidAndConsistentWithItsFiles() throws Exception {
		final long t1 = firstSite();

		assertValidAgainstDtd(site.resolve("db.xml.gz"));
		final List<SiteFile> records = DbXmlReader.read(site.resolve("db.xml.gz"));
		assertEquals(2, records.size());
		for (final SiteFile record : records) assertConsistent(record);

		final SiteFile jar = find(records, "jars/als-stress-toolkit-0.1.0.jar");
		assertEquals(t1, jar.current.timestamp);
		assertTrue(Files.exists(site.resolve("jars/als-stress-toolkit-0.1.0.jar-20261126120000")));
		assertEquals("Quantifies & counts <things>", jar.description);
		assertEquals(1, jar.authors.size());
		assertEquals("jars/ij.jar", jar.dependencies.get(0).filename);
		assertEquals("a versioned dependency name is stored without its version", "jars/gson.jar",
			jar.dependencies.get(1).filename);
		assertEquals(20240101000000L, jar.dependencies.get(0).timestamp);
		assertTrue("nothing in the site folder is a core Fiji file",
			!Files.exists(site.resolve("jars/ij.jar")) && Files.list(site.resolve("jars")).count() == 1);
	}

	@Test
	public void regeneratingKeepsUnchangedFilesAndRecordsPreviousVersions() throws Exception {
		final long t1 = firstSite();
		final String checksum1 = find(DbXmlReader.read(site.resolve("db.xml.gz")), "jars/als-stress-toolkit-0.1.0.jar").current.checksum;

		// A rebuild with only a new date comment is not a new version.
		jar("toolkit.jar", "code v1", "#Fri Nov 27 08:00:00 UTC 2026\n");
		generate(20261127080000L, "0.1.0");
		List<SiteFile> records = DbXmlReader.read(site.resolve("db.xml.gz"));
		assertEquals(t1, find(records, "jars/als-stress-toolkit-0.1.0.jar").current.timestamp);
		assertTrue(find(records, "jars/als-stress-toolkit-0.1.0.jar").previous.isEmpty());

		// New code and a new version number: new file name, old version kept as previous.
		jar("toolkit.jar", "code v2", "#Sat Nov 28 08:00:00 UTC 2026\n");
		final long t3 = 20261128080000L;
		generate(t3, "0.2.0");
		assertValidAgainstDtd(site.resolve("db.xml.gz"));
		records = DbXmlReader.read(site.resolve("db.xml.gz"));
		assertEquals("the record follows the jar across versions", 2, records.size());
		final SiteFile jar = find(records, "jars/als-stress-toolkit-0.2.0.jar");
		assertConsistent(jar);
		assertEquals(t3, jar.current.timestamp);
		assertNotEquals(checksum1, jar.current.checksum);
		assertEquals(1, jar.previous.size());
		assertEquals(checksum1, jar.previous.get(0).checksum);
		assertEquals(t1, jar.previous.get(0).timestamp);
		assertEquals(t3, jar.previous.get(0).timestampObsolete);
		assertEquals("jars/als-stress-toolkit-0.1.0.jar", jar.previous.get(0).filename);
		assertTrue("old upload is never deleted",
			Files.exists(site.resolve("jars/als-stress-toolkit-0.1.0.jar-20261126120000")));

		final SiteFile macro = find(records, "macros/Quantify.ijm");
		assertEquals("an unchanged file keeps its first version", t1, macro.current.timestamp);
		assertTrue(macro.previous.isEmpty());
	}

	@Test
	public void aFileDroppedFromTheDescriptionBecomesObsolete() throws Exception {
		firstSite();
		final SiteDescription onlyJar = description("0.1.0");
		onlyJar.files.remove(1);
		new UpdateSiteGenerator(site, 20261126130000L).generate(onlyJar, build);

		assertValidAgainstDtd(site.resolve("db.xml.gz"));
		final SiteFile macro = find(DbXmlReader.read(site.resolve("db.xml.gz")), "macros/Quantify.ijm");
		assertNull("obsolete: no current version", macro.current);
		assertEquals(20261126120000L, macro.previous.get(0).timestamp);
		assertEquals(20261126130000L, macro.previous.get(0).timestampObsolete);
	}

	@Test
	public void missingBuildOutputIsAClearError() throws Exception {
		try {
			generate(20261126120000L, "0.1.0");
			fail("expected an error naming the missing file");
		}
		catch (final IOException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("toolkit.jar") && e.getMessage().contains("mvn package"));
		}
		assertFalse(Files.exists(site.resolve("db.xml.gz")));
	}

	@Test
	public void placeholdersAreFilledAndUnknownOnesNamed() throws Exception {
		final Map<String, String> variables = new HashMap<>();
		variables.put("version", "1.2.3");
		assertEquals("jars/x-1.2.3.jar", SiteDescription.fill("jars/x-${version}.jar", variables, build));
		try {
			SiteDescription.fill("${jar}", variables, build);
			fail();
		}
		catch (final IOException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("${jar}"));
		}
	}

	@Test
	public void shippedDescriptionDeclaresCoreDependenciesWithoutUploadingThem() throws Exception {
		final Map<String, String> variables = new HashMap<>();
		variables.put("jar", "target/x.jar");
		variables.put("version", "9.9.9");
		final SiteDescription shipped = SiteDescription.read(Path.of("update-site", "site.json"), variables);
		assertEquals("jars/als-stress-toolkit-9.9.9.jar", shipped.files.get(0).path);
		assertTrue(shipped.files.get(0).dependencies.size() >= 2);
		for (final SiteDescription.Entry example : shipped.files.subList(1, shipped.files.size())) {
			assertTrue(example.path, example.path.startsWith("macros/ALS_Stress_Toolkit/"));
			assertTrue("an example is a file of scripts/: " + example.source, Files.isRegularFile(Path.of("update-site")
				.resolve(example.source)));
		}
		assertEquals("the jar and the six examples", 7, shipped.files.size());
	}

	@Test
	public void timestampsUseTheUpdatersFormat() {
		assertEquals(20261126120000L, UpdaterTimestamp.of(1795694400000L, ZoneOffset.UTC));
		assertTrue(UpdaterTimestamp.isValid(20261126120000L));
		assertFalse(UpdaterTimestamp.isValid(2026112612000L));
		assertFalse(UpdaterTimestamp.isValid(20261326120000L));
	}

	/** Version 0.1.0 of a jar and a macro, published at 2026-11-26 12:00:00. */
	private long firstSite() throws IOException {
		jar("toolkit.jar", "code v1", "#Thu Nov 26 12:00:00 UTC 2026\n");
		Files.write(build.resolve("Quantify.ijm"), "print(1);\n".getBytes(StandardCharsets.UTF_8));
		final long timestamp = 20261126120000L;
		generate(timestamp, "0.1.0");
		return timestamp;
	}

	private void generate(final long timestamp, final String version) throws IOException {
		new UpdateSiteGenerator(site, timestamp).generate(description(version), build);
	}

	private SiteDescription description(final String version) throws IOException {
		final String json = "{\"name\": \"Test\", \"files\": [" +
			"{\"source\": \"toolkit.jar\", \"path\": \"jars/als-stress-toolkit-" + version + ".jar\"," +
			" \"description\": \"Quantifies & counts <things>\", \"authors\": [\"A. Biologist\"]," +
			" \"dependencies\": [{\"filename\": \"jars/ij.jar\", \"timestamp\": 20240101000000}," +
			" {\"filename\": \"jars/gson-2.11.0.jar\", \"timestamp\": 20240101000000}]}," +
			"{\"source\": \"Quantify.ijm\", \"path\": \"macros/Quantify.ijm\"}]}";
		final Path file = build.resolve("site.json");
		Files.write(file, json.getBytes(StandardCharsets.UTF_8));
		return SiteDescription.read(file, new HashMap<>());
	}

	/** The record agrees with the uploaded file beside db.xml.gz: name, size, checksum. */
	private void assertConsistent(final SiteFile record) throws IOException {
		assertTrue(UpdaterTimestamp.isValid(record.current.timestamp));
		final Path upload = site.resolve(record.filename + "-" + record.current.timestamp);
		assertTrue("uploaded as " + upload, Files.isRegularFile(upload));
		assertEquals(Files.size(upload), record.filesize);
		assertEquals(UpdaterChecksum.of(record.filename, upload), record.current.checksum);
	}

	private static void assertValidAgainstDtd(final Path dbXmlGz) throws Exception {
		final SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setValidating(true);
		try (InputStream in = new GZIPInputStream(Files.newInputStream(dbXmlGz))) {
			factory.newSAXParser().parse(in, new DefaultHandler() {
				@Override
				public void error(final SAXParseException e) throws SAXParseException {
					throw e;
				}
			});
		}
	}

	private static SiteFile find(final List<SiteFile> records, final String filename) {
		for (final SiteFile record : records) {
			if (record.filename.equals(filename)) return record;
		}
		throw new AssertionError("no record for " + filename);
	}

	private void jar(final String name, final String classContent, final String propertiesComment)
		throws IOException
	{
		try (OutputStream out = Files.newOutputStream(build.resolve(name));
			JarOutputStream jar = new JarOutputStream(out))
		{
			jar.putNextEntry(new JarEntry("META-INF/maven/pom.properties"));
			jar.write((propertiesComment + "artifactId=als-stress-toolkit\n").getBytes(StandardCharsets.UTF_8));
			jar.putNextEntry(new JarEntry("org/alsstress/Thing.class"));
			jar.write(classContent.getBytes(StandardCharsets.UTF_8));
		}
	}
}
