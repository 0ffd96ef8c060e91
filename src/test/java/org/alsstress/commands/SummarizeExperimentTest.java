package org.alsstress.commands;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.google.gson.JsonObject;

import org.alsstress.fiji.SciJavaContext;
import org.alsstress.io.Checksums;
import org.alsstress.io.MeasurementFiles;
import org.alsstress.io.ProvenanceFiles;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.alsstress.model.MeasuredObject;
import org.alsstress.model.MeasurementTable;
import org.alsstress.stats.HypothesisTests;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

public class SummarizeExperimentTest {

	@ClassRule
	public static final SciJavaContext SCIJAVA = new SciJavaContext();

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	/** Two blots; blot 2 exposed twice as long. KO lanes carry 40 % of the WT ratio. */
	private Path writeTwoBlots() throws Exception {
		double[][] wt = { { 1.0, 1.2, 0.8 }, { 2.2, 1.8, 2.0 } };
		double[][] ko = { { 0.42, 0.38, 0.40 }, { 0.78, 0.82, 0.80 } };
		for (int b = 0; b < 2; b++) {
			MeasurementTable t = new MeasurementTable();
			MeasuredObject blot = MeasuredObject.of("tbk1", "blot" + (b + 1) + ".tif").withReplicate(
				"blot" + (b + 1));
			for (int i = 0; i < 3; i++) {
				t.add(blot.object("lane", i + 1).withGroup("WT"), "ratio", wt[b][i], "");
				t.add(blot.object("lane", i + 4).withGroup("KO"), "ratio", ko[b][i], "");
			}
			Path dir = tmp.newFolder("run" + b).toPath();
			MeasurementFiles.write(t, dir.resolve("measurements.csv"));
		}
		return tmp.getRoot().toPath();
	}

	private CommandModule run(Object... inputs) throws Exception {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < inputs.length; i += 2)
			map.put((String) inputs[i], inputs[i + 1]);
		return SCIJAVA.get().service(CommandService.class).run(SummarizeExperiment.class, true, map)
			.get();
	}

	@Test
	public void poolsReplicatesNormalisedToTheirOwnControl() throws Exception {
		Path root = writeTwoBlots();
		Path out = root.resolve("summary");
		CommandModule m = run("measurements", root.toString(), "output", out.toFile(), "metric",
			"ratio", "control_group", "WT", "normalize_per_replicate", true);
		assertFalse(m.getCancelReason(), m.isCanceled());
		assertEquals(out.toString(), m.getOutput("results_folder"));
		DataTable summary = TableFiles.read(out.resolve("summary.csv"));
		assertEquals("WT", summary.getString(0, "group"));
		assertEquals(6, summary.getDouble(0, "n"), 0);
		assertEquals(1, summary.getDouble(0, "mean"), 1e-12);
		// KO normalised: blot 1 values / 1.0, blot 2 values / 2.0 -> mean 0.4
		assertEquals(0.4, summary.getDouble(1, "mean"), 1e-12);
		assertEquals(0.4, summary.getDouble(1, "fold_change"), 1e-12);
		double[] wtNorm = { 1.0, 1.2, 0.8, 1.1, 0.9, 1.0 };
		double[] koNorm = { 0.42, 0.38, 0.40, 0.39, 0.41, 0.40 };
		assertEquals(HypothesisTests.welch(koNorm, wtNorm).p, summary.getDouble(1, "p_value"),
			1e-12);
		for (String f : new String[] { "points.csv", "measurements.csv", "ratio_plot.png",
			"ratio_plot.svg", "provenance.json" })
			assertTrue(f, Files.isRegularFile(out.resolve(f)));
		assertEquals(12, MeasurementFiles.read(out.resolve("measurements.csv")).size());
	}

	@Test
	public void provenanceRecordsEveryParameterAndInputChecksum() throws Exception {
		Path root = writeTwoBlots();
		Path out = root.resolve("summary");
		run("measurements", root.toString(), "output", out.toFile(), "metric", "ratio",
			"unit_of_analysis", "mean per image", "test", "Mann-Whitney");
		JsonObject p = ProvenanceFiles.read(out.resolve("provenance.json"));
		JsonObject params = p.getAsJsonObject("parameters");
		for (String name : new String[] { "measurements", "output", "metric", "object_kind",
			"group_by", "control_group", "unit_of_analysis", "normalize_per_replicate", "test",
			"overwrite" })
			assertTrue(name, params.has(name));
		assertEquals("mean per image", params.get("unit_of_analysis").getAsString());
		assertEquals(2, p.getAsJsonArray("inputs").size());
		String sha = p.getAsJsonArray("inputs").get(0).getAsJsonObject().get("sha256")
			.getAsString();
		assertEquals(Checksums.sha256(root.resolve("run0/measurements.csv")), sha);
		assertEquals("completed", p.get("status").getAsString());
		// mean per image: one point per blot and group
		assertEquals(4, TableFiles.read(out.resolve("points.csv")).rowCount());
	}

	@Test
	public void secondRunGoesToANewFolder() throws Exception {
		Path root = writeTwoBlots();
		Path out = root.resolve("summary");
		run("measurements", root.resolve("run0").toString(), "output", out.toFile(), "metric",
			"ratio");
		String first = Files.readString(out.resolve("summary.csv"));
		CommandModule m = run("measurements", root.resolve("run1").toString(), "output", out
			.toFile(), "metric", "ratio");
		assertEquals(root.resolve("summary-2").toString(), m.getOutput("results_folder"));
		assertEquals(first, Files.readString(out.resolve("summary.csv")));
		assertNotEquals(first, Files.readString(root.resolve("summary-2/summary.csv")));
	}

	@Test
	public void unknownMetricIsRejectedListingTheMetricsPresent() throws Exception {
		Path root = writeTwoBlots();
		CommandModule m = run("measurements", root.toString(), "output", root.resolve("s").toFile(),
			"metric", "normalized_ratio");
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason(), m.getCancelReason().contains("Metrics present: ratio"));
		assertFalse(Files.exists(root.resolve("s")));
	}
}
