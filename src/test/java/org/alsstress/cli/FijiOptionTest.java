package org.alsstress.cli;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.alsstress.model.UserInputException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** --fiji and FIJI_HOME name a Fiji installation whose Bio-Formats is used; a wrong one says what is wrong. */
public class FijiOptionTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void withoutFijiTheArgumentsPassUnchanged() throws Exception {
		final String[] args = { "segment-stress-granules", "--input", "a.tif" };
		assertArrayEquals(args, FijiOption.apply(args, null));
		assertArrayEquals(args, FijiOption.apply(args, " "));
	}

	@Test
	public void aFolderThatIsNoFijiIsAnErrorNamingIt() throws Exception {
		final Path notFiji = tmp.newFolder("Downloads").toPath();
		try {
			FijiOption.apply(new String[] { "--fiji", notFiji.toString(), "segment-stress-granules" }, null);
			throw new AssertionError("accepted");
		}
		catch (final UserInputException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("'" + notFiji + "' is not a Fiji installation"));
		}
	}

	@Test
	public void aFijiWithoutBioFormatsIsAnError() throws Exception {
		final Path fiji = tmp.newFolder("Fiji.app").toPath();
		Files.createDirectories(fiji.resolve("jars"));
		Files.write(fiji.resolve("jars/ij-1.54f.jar"), new byte[0]);
		try {
			FijiOption.apply(new String[] { "demo" }, fiji.toString());
			throw new AssertionError("accepted");
		}
		catch (final UserInputException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("has no Bio-Formats"));
		}
	}

	@Test
	public void theOptionNeedsAPath() {
		try {
			FijiOption.apply(new String[] { "segment-stress-granules", "--fiji" }, null);
			throw new AssertionError("accepted");
		}
		catch (final UsageException e) {
			assertEquals("--fiji needs the path of a Fiji installation, e.g. --fiji /opt/Fiji.app", e.getMessage());
		}
	}
}
