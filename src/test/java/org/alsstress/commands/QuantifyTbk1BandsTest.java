package org.alsstress.commands;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.measure.ResultsTable;

import org.alsstress.blot.BlotSimulation;
import org.alsstress.blot.BlotSimulator;
import org.alsstress.blot.LaneTruth;
import org.alsstress.blot.Role;
import org.alsstress.blot.SimulatedBlot;
import org.alsstress.fiji.SciJavaContext;
import org.alsstress.fiji.ResultTables;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.command.Command;
import org.scijava.command.CommandModule;

/** Runs Simulate Blot and Quantify TBK1 Bands through SciJava and checks files and values against the truth. */
public class QuantifyTbk1BandsTest {
	@ClassRule
	public static final SciJavaContext SCIJAVA = new SciJavaContext();

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private static CommandModule run(Class<? extends Command> command, Object... inputs) {
		return CommandRunner.run(SCIJAVA.get(), command, inputs);
	}

	private Path simulate(String name, Object... extra) throws Exception {
		Path folder = tmp.getRoot().toPath().resolve(name);
		Object[] inputs = new Object[extra.length + 4];
		inputs[0] = "output";
		inputs[1] = folder.toFile();
		inputs[2] = "seed";
		inputs[3] = 5L;
		System.arraycopy(extra, 0, inputs, 4, extra.length);
		CommandModule m = run(SimulateBlot.class, inputs);
		assertFalse(m.getCancelReason(), m.isCanceled());
		return folder;
	}

	private CommandModule quantify(Path sim, Path out, Object... extra) throws Exception {
		Object[] base = {"target", sim.resolve("blot_target.tif").toFile(), "reference", sim.resolve("blot_reference.tif").toFile(),
			"loading", sim.resolve("blot_loading.tif").toFile(), "samples", sim.resolve(SimulatedBlot.SAMPLES_FILE).toFile(),
			"control_group", "control", "output", out.toFile()};
		Object[] inputs = new Object[base.length + extra.length];
		System.arraycopy(base, 0, inputs, 0, base.length);
		System.arraycopy(extra, 0, inputs, base.length, extra.length);
		return run(QuantifyTbk1Bands.class, inputs);
	}

	/** The control group's only lane saturated: the lanes are still written, without groups (validation layouts of 2-3 lanes stopped here). */
	@Test
	public void aControlGroupWithoutAUsableLaneStillGivesTheLanes() throws Exception {
		Path sim = simulate("sim", "saturated_lanes", "3");
		StringBuilder sheet = new StringBuilder("lane,sample,group\n");
		for (int lane = 1; lane <= 10; lane++)
			sheet.append(lane).append(",s").append(lane).append(',').append(lane == 3 ? "control" : "ALS").append('\n');
		Files.writeString(sim.resolve(SimulatedBlot.SAMPLES_FILE), sheet);
		Path out = tmp.getRoot().toPath().resolve("results");
		CommandModule m = quantify(sim, out);
		assertFalse(m.getCancelReason(), m.isCanceled());
		DataTable lanes = TableFiles.read(out.resolve("lanes.csv"));
		assertEquals(10, lanes.rowCount());
		assertFalse("the saturated control lane is not used", lanes.getBoolean(2, "used_in_statistics"));
		assertFalse("no groups without a control to normalise to", Files.exists(out.resolve("groups.csv")));
	}

	@Test
	public void quantifiesASimulatedTripleAgainstItsTruth() throws Exception {
		Path sim = simulate("sim", "saturated_lanes", "3", "ladder", true);
		Path out = tmp.getRoot().toPath().resolve("results");
		CommandModule m = quantify(sim, out);
		assertFalse(m.getCancelReason(), m.isCanceled());
		assertEquals(out.toAbsolutePath().toString(), m.getOutput("results_folder"));
		for (String f : List.of("bands.csv", "lanes.csv", "groups.csv", "measurements.csv", "provenance.json",
			"overlay_target.png", "overlay_reference.png", "overlay_loading.png", "profiles_target.png",
			"normalized_ratio_plot.png", "normalized_ratio_plot.svg"))
			assertTrue(f, Files.size(out.resolve(f)) > 0);

		DataTable truth = TableFiles.read(sim.resolve(SimulatedBlot.TRUTH_FILE));
		DataTable lanes = TableFiles.read(out.resolve("lanes.csv"));
		assertEquals(10, lanes.rowCount());
		double controlTruth = 0, alsTruth = 0;
		int nc = 0, na = 0;
		for (int r = 0; r < lanes.rowCount(); r++) {
			int lane = (int) lanes.getDouble(r, "lane");
			int t = truthRow(truth, "target", lane);
			boolean saturated = truth.getBoolean(t, "saturated") || truth.getBoolean(truthRow(truth, "reference", lane), "saturated");
			assertEquals("lane " + lane, saturated, lanes.getBoolean(r, "saturated"));
			assertEquals("lane " + lane, !saturated, lanes.getBoolean(r, "used_in_statistics"));
			if (saturated) continue;
			double trueRatio = truth.getDouble(t, "true_ratio");
			assertEquals("lane " + lane, trueRatio, lanes.getDouble(r, "ratio"), 0.02 * trueRatio);
			if (truth.getString(t, "group").equals("control")) {
				controlTruth += trueRatio;
				nc++;
			}
			else {
				alsTruth += trueRatio;
				na++;
			}
		}
		assertTrue("lane 3 is saturated in the simulation", lanes.getBoolean(2, "saturated"));
		DataTable groups = TableFiles.read(out.resolve("groups.csv"));
		double foldTruth = (alsTruth / na) / (controlTruth / nc);
		for (int r = 0; r < groups.rowCount(); r++)
			if (groups.getString(r, "group").equals("ALS")) {
				assertEquals(foldTruth, groups.getDouble(r, "fold_change"), 0.03 * foldTruth);
				assertEquals(na, (int) groups.getDouble(r, "n"));
				assertTrue("2-fold with n=5 vs 4 is significant", groups.getDouble(r, "p_value") < 0.01);
			}
		DataTable bands = TableFiles.read(out.resolve("bands.csv"));
		assertEquals(30, bands.rowCount());
		for (String column : List.of("volume_valley", "volume_rolling_ball", "volume_border_median", "volume_none"))
			assertTrue(column, bands.hasColumn(column));
		assertEquals(bands.getDouble(0, "volume_valley"), bands.getDouble(0, "volume"), 0);
		for (int r = 0; r < lanes.rowCount(); r++)
			assertTrue("clear simulated lanes are confident", lanes.getDouble(r, "lane_confidence") >= 0.9);
		assertTrue(bands.hasColumn("lane_confidence"));
		String provenance = Files.readString(out.resolve("provenance.json"));
		assertTrue(provenance, provenance.contains("\"lane_count_prior\": \"the sample sheet names 10 lanes\""));
		assertTrue(provenance, provenance.contains("\"registration_reference\": \"shift "));

		ResultsTable rt = ResultTables.publish("lanes.csv", lanes);
		assertEquals(10, rt.size());
		assertEquals(lanes.getDouble(4, "ratio"), rt.getValue("ratio", 4), 1e-12);
		assertEquals(lanes.getString(4, "group"), rt.getStringValue("group", 4));
	}

	private static int truthRow(DataTable truth, String role, int lane) {
		for (int r = 0; r < truth.rowCount(); r++)
			if (truth.getString(r, "role").equals(role) && (int) truth.getDouble(r, "lane") == lane) return r;
		throw new AssertionError("no truth for " + role + " lane " + lane);
	}

	@Test
	public void twoChannelsOfOneFileServeAsTargetAndReference() throws Exception {
		SimulatedBlot blot = BlotSimulator.simulate(BlotSimulation.clean16Bit(9));
		ImageStack stack = new ImageStack(blot.image(Role.TARGET).getWidth(), blot.image(Role.TARGET).getHeight());
		stack.addSlice(blot.image(Role.TARGET).getProcessor());
		stack.addSlice(blot.image(Role.REFERENCE).getProcessor());
		ImagePlus twoColour = new ImagePlus("two colour", stack);
		twoColour.setDimensions(2, 1, 1);
		Path file = tmp.getRoot().toPath().resolve("two_colour.tif");
		assertTrue(new FileSaver(twoColour).saveAsTiffStack(file.toString()));
		Path out = tmp.getRoot().toPath().resolve("channels");
		CommandModule m = run(QuantifyTbk1Bands.class, "target", file.toFile(), "reference", file.toFile(), "target_channel", 1,
			"reference_channel", 2, "output", out.toFile());
		assertFalse(m.getCancelReason(), m.isCanceled());
		DataTable lanes = TableFiles.read(out.resolve("lanes.csv"));
		assertEquals(blot.lanes().size(), lanes.rowCount());
		for (LaneTruth t : blot.lanes())
			assertEquals("lane " + t.lane, t.ratio(), lanes.getDouble(t.lane - 1, "ratio"), 0.02 * t.ratio());
		m = run(QuantifyTbk1Bands.class, "target", file.toFile(), "reference", file.toFile(), "reference_channel", 3,
			"output", tmp.getRoot().toPath().resolve("channel3").toFile());
		assertTrue(m.getCancelReason(), m.isCanceled() && m.getCancelReason().contains("has 2 channel(s)"));
	}

	/** A sheet naming fewer lanes than the blot shows is a prior: the best-supported lanes are taken, the rest reported. */
	@Test
	public void aSampleSheetNamingFewerLanesPicksThatManyAndReportsTheRest() throws Exception {
		Path sim = simulate("sim2");
		Path sheet = tmp.getRoot().toPath().resolve("eight_lanes.csv");
		StringBuilder csv = new StringBuilder("lane,sample,group\n");
		for (int lane = 1; lane <= 8; lane++)
			csv.append(lane).append(",s").append(lane).append(lane <= 4 ? ",control\n" : ",ALS\n");
		Files.writeString(sheet, csv.toString());
		Path out = tmp.getRoot().toPath().resolve("eight");
		CommandModule m = quantify(sim, out, "samples", sheet.toFile());
		assertFalse(m.getCancelReason(), m.isCanceled());
		assertEquals(8, TableFiles.read(out.resolve("lanes.csv")).rowCount());
		String provenance = Files.readString(out.resolve("provenance.json"));
		assertTrue(provenance, provenance.contains("the sample sheet names 8 lanes"));
		assertTrue(provenance, provenance.contains("left out to make lanes=8"));
	}

	@Test
	public void aSampleSheetContradictingTheLaneCountIsRejectedWithoutPartialResults() throws Exception {
		Path sim = simulate("sim4");
		Path out = tmp.getRoot().toPath().resolve("rejected");
		CommandModule m = quantify(sim, out, "lanes", 7);
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason(), m.getCancelReason().contains("names lanes [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]")
			&& m.getCancelReason().contains("7 sample lanes"));
		assertFalse(Files.exists(out.resolve("bands.csv")));
	}

	@Test
	public void badParametersGetAMessage() throws Exception {
		Path sim = simulate("sim3");
		CommandModule m = quantify(sim, tmp.getRoot().toPath().resolve("r3"), "target_band_window", "abc");
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason(), m.getCancelReason().contains("target_band_window 'abc' is not a band window"));
		m = quantify(sim, tmp.getRoot().toPath().resolve("r4"), "lanes", -1);
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason(), m.getCancelReason().contains("lanes is -1"));
	}
}
