package org.alsstress.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ResultsFolderTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void createsAMissingFolder() {
		Path requested = tmp.getRoot().toPath().resolve("a/b/results");
		assertEquals(requested, ResultsFolder.prepare(requested, false));
		assertTrue(Files.isDirectory(requested));
	}

	@Test
	public void neverWritesIntoAFolderThatHoldsFiles() throws Exception {
		Path requested = tmp.getRoot().toPath().resolve("results");
		Files.createDirectories(requested);
		Files.writeString(requested.resolve("bands.csv"), "precious");
		Path first = ResultsFolder.prepare(requested, false);
		assertEquals(tmp.getRoot().toPath().resolve("results-2"), first);
		Files.writeString(first.resolve("x"), "");
		assertEquals(tmp.getRoot().toPath().resolve("results-3"), ResultsFolder.prepare(requested,
			false));
		assertEquals("precious", Files.readString(requested.resolve("bands.csv")));
	}

	@Test
	public void overwriteUsesTheRequestedFolder() throws Exception {
		Path requested = tmp.newFolder("results").toPath();
		Files.writeString(requested.resolve("old.csv"), "");
		assertEquals(requested, ResultsFolder.prepare(requested, true));
	}

	@Test
	public void aFileIsNotAFolder() throws Exception {
		Path file = tmp.newFile("results.csv").toPath();
		try {
			ResultsFolder.prepare(file, false);
			fail();
		}
		catch (UserInputException e) {
			assertTrue(e.getMessage().contains("is a file, not a folder"));
		}
	}
}
