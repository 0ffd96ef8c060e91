package org.alsstress.io;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class OutputFilesTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@After
	public void realDisk() {
		OutputFiles.useDisk();
	}

	/** A disk that fills up after {@code room} bytes, as a full disk does. */
	static OutputFiles.Opener fullAfter(long room) {
		return file -> new FilterOutputStream(Files.newOutputStream(file)) {
			long written;

			@Override
			public void write(int b) throws IOException {
				if (++written > room) throw new IOException("No space left on device");
				super.write(b);
			}
		};
	}

	@Test
	public void aFailedWriteLeavesNeitherAFileNorAPart() throws Exception {
		Path file = tmp.getRoot().toPath().resolve("bands.csv");
		OutputFiles.useOpener(fullAfter(10));
		try {
			Csv.write(file, List.of(List.of("lane", "volume"), List.of("1", "12345.678"), List.of("2", "9")));
			fail("the disk was full");
		}
		catch (IOException e) {
			assertEquals("No space left on device", e.getMessage());
		}
		assertFalse(Files.exists(file));
		assertFalse(Files.exists(OutputFiles.partOf(file)));
	}

	@Test
	public void aFailedRewriteKeepsTheOldVersionWhole() throws Exception {
		Path file = tmp.getRoot().toPath().resolve("provenance.json");
		OutputFiles.writeString(file, "{\"status\": \"running\"}");
		OutputFiles.useOpener(fullAfter(5));
		try {
			OutputFiles.writeString(file, "{\"status\": \"completed\", \"long\": \"enough to fill the disk\"}");
			fail("the disk was full");
		}
		catch (IOException e) {
			assertEquals("{\"status\": \"running\"}", Files.readString(file));
		}
	}

	@Test
	public void aFileAppearsOnlyWhenComplete() throws Exception {
		Path file = tmp.getRoot().toPath().resolve("cells.csv");
		OutputFiles.write(file, out -> {
			out.write("cell,granules\r\n".getBytes());
			out.flush();
			assertFalse("not under its name while being written", Files.exists(file));
			assertTrue(Files.exists(OutputFiles.partOf(file)));
		});
		assertEquals("cell,granules\r\n", Files.readString(file));
		assertFalse(Files.exists(OutputFiles.partOf(file)));
	}

	@Test
	public void aStreamThatFailsToOpenLeavesNothing() throws Exception {
		Path file = tmp.getRoot().toPath().resolve("x.png");
		OutputFiles.useOpener(f -> {
			throw new java.nio.file.AccessDeniedException(f.toString());
		});
		try {
			OutputFiles.write(file, OutputStream::flush);
			fail();
		}
		catch (java.nio.file.AccessDeniedException e) {
			assertFalse(Files.exists(file));
		}
	}
}
