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
		assertEquals(requested, ResultsFolder.claim(requested, false));
		assertTrue(Files.isDirectory(requested));
	}

	@Test
	public void neverWritesIntoAFolderThatHoldsFiles() throws Exception {
		Path requested = tmp.getRoot().toPath().resolve("results");
		Files.createDirectories(requested);
		Files.writeString(requested.resolve("bands.csv"), "precious");
		Path first = ResultsFolder.claim(requested, false);
		assertEquals(tmp.getRoot().toPath().resolve("results-2"), first);
		Files.writeString(first.resolve("x"), "");
		assertEquals(tmp.getRoot().toPath().resolve("results-3"), ResultsFolder.claim(requested,
			false));
		assertEquals("precious", Files.readString(requested.resolve("bands.csv")));
	}

	@Test
	public void overwriteUsesTheRequestedFolder() throws Exception {
		Path requested = tmp.newFolder("results").toPath();
		Files.writeString(requested.resolve("old.csv"), "");
		assertEquals(requested, ResultsFolder.claim(requested, true));
	}

	@Test
	public void aFileIsNotAFolder() throws Exception {
		Path file = tmp.newFile("results.csv").toPath();
		try {
			ResultsFolder.claim(file, false);
			fail();
		}
		catch (UserInputException e) {
			assertTrue(e.getMessage().contains("is a file, not a folder"));
		}
	}

	@Test
	public void runsStartedTogetherNeverShareAFolder() throws Exception {
		Path requested = tmp.getRoot().toPath().resolve("results");
		int runs = 8;
		java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(runs);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(runs);
		java.util.List<java.util.concurrent.Future<Path>> claims = new java.util.ArrayList<>();
		for (int i = 0; i < runs; i++)
			claims.add(pool.submit(() -> {
				start.await();
				return ResultsFolder.claim(requested, false);
			}));
		java.util.Set<Path> folders = new java.util.TreeSet<>();
		for (java.util.concurrent.Future<Path> claim : claims)
			folders.add(claim.get());
		pool.shutdown();
		assertEquals(runs, folders.size());
		assertTrue(folders.contains(requested));
		for (int n = 2; n <= runs; n++)
			assertTrue(folders.contains(tmp.getRoot().toPath().resolve("results-" + n)));
		for (Path f : folders)
			assertTrue(Files.isRegularFile(f.resolve(ResultsFolder.CLAIM_FILE)));
	}

	@Test
	public void anEmptyFolderMadeByTheUserIsUsedAndMarked() throws Exception {
		Path requested = tmp.newFolder("made by hand").toPath();
		assertEquals(requested, ResultsFolder.claim(requested, false));
		assertTrue(Files.isRegularFile(requested.resolve(ResultsFolder.CLAIM_FILE)));
		assertEquals("the marker makes it taken", tmp.getRoot().toPath().resolve("made by hand-2"), ResultsFolder.claim(
			requested, false));
	}
}
