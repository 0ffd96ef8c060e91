package org.alsstress.faults;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.alsstress.cli.Main;
import org.alsstress.granules.sim.FieldSimulator;
import org.alsstress.granules.sim.FieldSpec;
import org.alsstress.granules.sim.Scenario;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Faults only a real process shows: two runs started together into one folder, a run killed part-way, a real
 * full disk (a small tmpfs), a read-only output folder, and a Java heap too small for one field.
 */
public class ProcessFaultsTest {

	@ClassRule
	public static TemporaryFolder tmp = new TemporaryFolder();

	private static Path arsenite, control, folder, big;

	@BeforeClass
	public static void fields() throws IOException {
		arsenite = tmp.newFolder("arsenite").toPath();
		control = tmp.newFolder("control").toPath();
		folder = tmp.newFolder("four fields").toPath();
		FieldSimulator.simulate(Scenario.ARSENITE, 5, FieldSpec.of(384, 384)).writeImage(arsenite, "arsenite");
		FieldSimulator.simulate(Scenario.CONTROL, 6, FieldSpec.of(384, 384)).writeImage(control, "control");
		for (int i = 1; i <= 4; i++)
			FieldSimulator.simulate(Scenario.ARSENITE, 10 + i, FieldSpec.of(640, 640)).writeImage(folder, "field " + i);
		big = tmp.newFolder("one big field").toPath();
		FieldSimulator.simulate(Scenario.ARSENITE, 20, FieldSpec.of(1024, 1024)).writeImage(big, "big field");
	}

	private static String[] segment(Path input, Path output) {
		return new String[] { "segment-stress-granules", "--input", input.toString(), "--output", output.toString(),
			"--nuclei_channel", "1", "--granule_channel", "2", "--include_edge_cells", "true" };
	}

	private static String resultsFolder(String log) {
		Matcher m = Pattern.compile("(?m)^results_folder: (.*)$").matcher(log);
		return m.find() ? m.group(1).trim() : "";
	}

	@Test
	public void twoRunsStartedTogetherIntoOneFolderGetOneFolderEach() throws Exception {
		Path output = tmp.getRoot().toPath().resolve("shared");
		Path logA = tmp.getRoot().toPath().resolve("a.log"), logB = tmp.getRoot().toPath().resolve("b.log");
		Process a = Processes.alsStress(null, logA, segment(arsenite, output)).start();
		Process b = Processes.alsStress(null, logB, segment(control, output)).start();
		assertEquals(Processes.read(logA), Main.OK, a.waitFor());
		assertEquals(Processes.read(logB), Main.OK, b.waitFor());
		String folderA = resultsFolder(Processes.read(logA)), folderB = resultsFolder(Processes.read(logB));
		assertNotEquals(folderA, folderB);
		assertTrue(folderA + " " + folderB, List.of(folderA, folderB).containsAll(List.of(output.toString(), output +
			"-2")));
		for (String[] run : new String[][] { { folderA, "arsenite.tif" }, { folderB, "control.tif" } }) {
			Path f = Path.of(run[0]);
			Results.completed(run[0], f);
			DataTable images = TableFiles.read(f.resolve("images.csv"));
			assertEquals("each folder holds its own run only", 1, images.rowCount());
			assertEquals(run[1], images.getString(0, "image"));
		}
	}

	@Test
	public void aRunKilledPartWayLeavesNothingCompleteLookingAndIsRefusedDownstream() throws Exception {
		// killed once the first field's labels are being written, and once half the fields are done
		int[] labelFiles = { 1, 6 };
		for (int stage : labelFiles) {
			Path output = tmp.getRoot().toPath().resolve("killed after " + stage);
			Process run = Processes.alsStress("-Xmx400m -Dals.stress.threads=1", tmp.getRoot().toPath().resolve(
				"killed " + stage + ".log"), segment(folder, output)).start();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
			while (run.isAlive() && System.nanoTime() < deadline && !reached(output, stage))
				Thread.sleep(5);
			assertTrue("the run ended before it could be killed at stage " + stage, run.isAlive());
			kill(run);
			Results.nothingCompleteLooking("killed at stage " + stage, output, true);
			assertEquals("running", Results.status(output));
			List<String> leftByTheKill = files(output);

			// a later run into the same output never writes into the killed run's folder, even with overwrite
			for (String overwrite : new String[] { "false", "true" }) {
				Cli again = Cli.run(with(segment(arsenite, output), "--overwrite", overwrite));
				assertEquals(again.toString(), Main.OK, again.code);
				Path took = Path.of(resultsFolder(again.out));
				assertNotEquals(again.toString(), output.toAbsolutePath(), took);
				Results.completed("run after the kill at stage " + stage, took);
				assertTrue(again.err, again.err.contains("holds a run that did not end (its provenance.json says " +
					"running: a run still going, or one that was killed, whose .part files are incomplete)"));
				assertEquals("the killed run's folder is left as it was", leftByTheKill, files(output));
			}

			Cli summary = Cli.run("summarize-experiment", "--measurements", output.toString(), "--output", tmp.getRoot()
				.toPath().resolve("summary of killed " + stage).toString(), "--metric", "pct_sg_positive");
			assertEquals(summary.toString(), Main.USAGE, summary.code);
			Results.noStackTrace("summary", summary.all());
			Results.printedOnce("summary", summary.all());
		}
		// and a measurements.csv that survived a kill (say, copied in by hand) is refused by its provenance
		Path output = tmp.getRoot().toPath().resolve("killed after 6");
		Files.writeString(output.resolve("measurements.csv"), "assay,image,series,object_kind,object_id,sample," +
			"group,replicate,metric,value,unit\r\nstress_granules,field 1.tif,,image,1,,,,pct_sg_positive,50,%\r\n");
		Cli summary = Cli.run("summarize-experiment", "--measurements", output.toString(), "--output", tmp.getRoot()
			.toPath().resolve("summary of a cut file").toString(), "--metric", "pct_sg_positive");
		assertEquals(summary.toString(), Main.USAGE, summary.code);
		assertTrue(summary.err, summary.err.contains("are incomplete: its provenance.json says 'running' (the run was " +
			"killed, or is still running; its .part files are incomplete)"));
	}

	/**
	 * Kills bin/als-stress and its Java process with SIGKILL, as a crash or a cluster's time limit would: the
	 * script runs Java as its child while it writes a class-data archive, and a child is not killed with its parent.
	 */
	private static void kill(Process run) throws InterruptedException {
		List<ProcessHandle> all = new ArrayList<>();
		run.descendants().forEach(all::add);
		all.add(run.toHandle());
		all.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle p : all)
			p.onExit().join();
	}

	private static String[] with(String[] args, String... more) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of(more));
		return all.toArray(new String[0]);
	}

	/** The files under a folder with their sizes, to see that nothing touched it. */
	private static List<String> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).sorted().map(f -> folder.relativize(f) + " " + f.toFile().length())
				.collect(java.util.stream.Collectors.toList());
		}
	}

	/** At least n label images are being written. */
	private static boolean reached(Path output, int stage) throws IOException {
		Path labels = output.resolve("labels");
		if (!Files.isDirectory(labels)) return false;
		try (Stream<Path> files = Files.list(labels)) {
			return files.count() >= stage;
		}
	}

	@Test
	public void aRealFullDiskEndsWithExitCodeThreeAndNoCompleteLookingResults() throws Exception {
		Processes.onTmpfs(tmp.newFolder("small disk").toPath(), "size=400k", mount -> {
			Path output = mount.resolve("results");
			Path log = tmp.getRoot().toPath().resolve("full disk.log");
			int code = Processes.alsStress(null, log, segment(arsenite, output)).start().waitFor();
			String printed = Processes.read(log);
			assertEquals(printed, Main.IO_FAILED, code);
			assertTrue(printed, printed.contains("No space left on device"));
			Results.noStackTrace("full disk", printed);
			Results.printedOnce("full disk", printed);
			Results.nothingCompleteLooking("full disk", output);
		});
	}

	@Test
	public void aReadOnlyOutputFolderIsRefusedBeforeAnyWork() throws Exception {
		Processes.onTmpfs(tmp.newFolder("read-only disk").toPath(), "size=1m,ro", mount -> {
			Cli run = Cli.run(segment(arsenite, mount.resolve("results")));
			assertEquals(run.toString(), Main.USAGE, run.code);
			assertTrue(run.err, run.err.contains("Cannot create the output folder") && run.err.contains("read-only") &&
				run.err.contains("choose a folder you can write to"));
			Results.noStackTrace("read-only", run.all());
			Results.printedOnce("read-only", run.all());
		});
	}

	@Test
	public void tooSmallAHeapGivesExitCodeFourAndSaysHowToRaiseIt() throws Exception {
		List<String> failures = new ArrayList<>();
		// the two cases: a stack trace between 20 and 58 MB, "a single channel" at 16 MB
		for (String heap : new String[] { "16m", "28m" }) {
			Path output = tmp.getRoot().toPath().resolve("heap " + heap);
			Path log = tmp.getRoot().toPath().resolve("heap " + heap + ".log");
			int code = Processes.alsStress("-Xmx" + heap, log, segment(big, output)).start().waitFor();
			String printed = Processes.read(log);
			if (code != Main.OUT_OF_MEMORY) failures.add(heap + ": exit " + code + "\n" + printed);
			assertTrue(printed, printed.contains("Not enough memory") && printed.contains("ALS_STRESS_JAVA_OPTS=-Xmx") &&
				printed.contains("with threads (--threads 1 on the command line"));
			assertTrue(printed, !printed.contains("single channel"));
			Results.noStackTrace("heap " + heap, printed);
			Results.printedOnce("heap " + heap, printed);
			Results.nothingCompleteLooking("heap " + heap, output);
		}
		assertTrue(String.join("\n", failures), failures.isEmpty());
	}
}
