package org.alsstress.faults;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.alsstress.cli.Main;
import org.alsstress.granules.sim.FieldSimulator;
import org.alsstress.granules.sim.FieldSpec;
import org.alsstress.granules.sim.Scenario;
import org.alsstress.io.OutputFiles;
import org.junit.After;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A disk that fills up part-way through a run, simulated through the one stream opener every output goes
 * through: wherever the disk fills, the run ends with exit code 3 and a message, and leaves no table and no
 * provenance saying completed.
 */
public class DiskFullTest {

	@ClassRule
	public static TemporaryFolder tmp = new TemporaryFolder();

	private static Path fields;

	@BeforeClass
	public static void twoFields() throws IOException {
		fields = tmp.newFolder("fields").toPath();
		FieldSimulator.simulate(Scenario.ARSENITE, 3, FieldSpec.of(320, 320)).writeImage(fields, "arsenite");
		FieldSimulator.simulate(Scenario.CONTROL, 4, FieldSpec.of(320, 320)).writeImage(fields, "control");
	}

	@After
	public void realDisk() {
		OutputFiles.useDisk();
	}

	/** A disk with {@code room} bytes left for everything the run writes. */
	private static void diskWithRoom(long room) {
		AtomicLong left = new AtomicLong(room);
		OutputFiles.useOpener(file -> new FilterOutputStream(Files.newOutputStream(file)) {
			@Override
			public void write(int b) throws IOException {
				if (left.decrementAndGet() < 0) throw new IOException("No space left on device");
				super.write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				for (int i = 0; i < len; i++)
					write(b[off + i]);
			}
		});
	}

	private Cli segment(Path output) {
		return Cli.run("segment-stress-granules", "--input", fields.toString(), "--output", output.toString(),
			"--nuclei_channel", "1", "--granule_channel", "2", "--include_edge_cells", "true");
	}

	@Test
	public void whereverTheDiskFillsTheRunFailsCleanly() throws IOException {
		Cli full = segment(tmp.getRoot().toPath().resolve("enough room"));
		assertEquals(full.toString(), Main.OK, full.code);
		long needed;
		try (var files = Files.walk(tmp.getRoot().toPath().resolve("enough room"))) {
			needed = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
		for (long room : new long[] { 0, needed / 3, needed - 10 }) {
			Path output = tmp.getRoot().toPath().resolve("room " + room);
			diskWithRoom(room);
			Cli run = segment(output);
			OutputFiles.useDisk();
			String context = "disk full after " + room + " of " + needed + " bytes";
			assertEquals(context + "\n" + run, Main.IO_FAILED, run.code);
			assertTrue(run.err, run.err.contains("No space left on device") && run.err.contains("Check that the disk is " +
				"not full"));
			Results.noStackTrace(context, run.all());
			Results.printedOnce(context, run.all());
			Results.nothingCompleteLooking(context, output);
		}
	}

	@Test
	public void summarizeExperimentOnAFullDiskAlsoFailsCleanly() throws IOException {
		Path results = tmp.getRoot().toPath().resolve("to summarize");
		Cli made = segment(results);
		assertEquals(made.toString(), Main.OK, made.code);
		for (long room : new long[] { 0, 20_000 }) {
			Path output = tmp.getRoot().toPath().resolve("summary " + room);
			diskWithRoom(room);
			Cli run = Cli.run("summarize-experiment", "--measurements", results.toString(), "--output", output
				.toString(), "--metric", "pct_sg_positive");
			OutputFiles.useDisk();
			assertEquals(run.toString(), Main.IO_FAILED, run.code);
			Results.noStackTrace("summary", run.all());
			Results.printedOnce("summary, room " + room, run.all());
			Results.nothingCompleteLooking("summary, room " + room, output);
		}
	}
}
