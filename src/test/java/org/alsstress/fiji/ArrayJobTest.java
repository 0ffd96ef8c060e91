package org.alsstress.fiji;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@code scripts/array_job.sh} as a cluster runs it: one task per input line,
 * each into its own results folder, merged afterwards with Summarize
 * Experiment. Runs {@code bin/als-stress} for real.
 */
public class ArrayJobTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void tasksMergedWithSummarizeExperimentGiveThePooledResult() throws Exception {
		final Path experiment = Files.createDirectories(tmp.getRoot().toPath().resolve("ALS blots 2026"));
		ExperimentFixtures.writeTwoBlots(experiment);
		final Path list = tmp.getRoot().toPath().resolve("inputs.txt");
		Files.write(list, Arrays.asList(experiment.resolve("day 1").toString(), experiment.resolve("day 2").toString()));
		final Path results = tmp.getRoot().toPath().resolve("array results");

		// Each task "analyses" its folder; Summarize Experiment stands in for the assay here.
		for (final String task : new String[] { "1", "2" }) {
			final Process process = command(task, "bash", "scripts/array_job.sh", list.toString(), results.toString(),
				"--metric", "ratio", "--control_group", "WT").start();
			final String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertEquals("task " + task + ":\n" + log, 0, process.waitFor());
		}
		assertTrue(Files.isRegularFile(results.resolve("task-0001-day 1/measurements.csv")));
		assertTrue(Files.isRegularFile(results.resolve("task-0002-day 2/measurements.csv")));

		final Path merged = tmp.getRoot().toPath().resolve("merged");
		final Process merge = command(null, "bin/als-stress", "summarize-experiment", "--measurements", results.toString(),
			"--output", merged.toString(), "--metric", "ratio", "--control_group", "WT", "--unit_of_analysis",
			"mean per replicate", "--normalize_per_replicate").start();
		final String log = new String(merge.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(log, 0, merge.waitFor());

		// KO / WT per replicate: 0.45 (day 1) and 0.35 (day 2).
		final DataTable summary = TableFiles.read(merged.resolve("summary.csv"));
		assertEquals("KO", summary.getString(1, "group"));
		assertEquals(2, summary.getDouble(1, "n"), 0);
		assertEquals(0.40, summary.getDouble(1, "mean"), 1e-12);
	}

	@Test
	public void aTaskWithoutATaskNumberExplainsItself() throws Exception {
		final Process process = command(null, "bash", "scripts/array_job.sh", "inputs.txt", "results").start();
		final String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(log, 2, process.waitFor());
		assertTrue(log, log.contains("no task number"));
	}

	private static ProcessBuilder command(final String task, final String... command) {
		final List<String> line = new ArrayList<>(Arrays.asList(command));
		final ProcessBuilder builder = new ProcessBuilder(line).directory(new File(".")).redirectErrorStream(true);
		builder.environment().remove("SLURM_ARRAY_TASK_ID");
		builder.environment().remove("SGE_TASK_ID");
		builder.environment().remove("PBS_ARRAYID");
		builder.environment().remove("TASK_ID");
		if (task != null) {
			builder.environment().put("SLURM_ARRAY_TASK_ID", task);
			builder.environment().put("COMMAND", "summarize-experiment");
			builder.environment().put("INPUT_PARAMETER", "measurements");
		}
		return builder;
	}
}
