package org.alsstress.blot.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alsstress.blot.Role;
import org.alsstress.commands.CommandRunner;
import org.alsstress.commands.QuantifyTbk1Bands;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.scijava.Context;
import org.scijava.command.CommandModule;

/**
 * One run of Quantify TBK1 Bands on a written blot, exactly as a user runs it (the command, its files), and
 * what it wrote: per lane the centre in the target image, the ratio, whether it was used, its group.
 */
public final class QuantifyRun {

	/** How the user told the command about the lanes. */
	public enum Told {
		NOTHING, LANE_COUNT, SAMPLE_SHEET
	}

	/** A lane as the command reported it. */
	public static final class Found {
		public final int lane;
		public final double centreX, ratio, normalizedRatio;
		public final boolean used;
		public final String group;

		Found(int lane, double centreX, double ratio, double normalizedRatio, boolean used, String group) {
			this.lane = lane;
			this.centreX = centreX;
			this.ratio = ratio;
			this.normalizedRatio = normalizedRatio;
			this.used = used;
			this.group = group;
		}
	}

	/** Why the run ended without results, or null when it wrote them. */
	public final String failure;
	public final List<Found> lanes;

	private QuantifyRun(String failure, List<Found> lanes) {
		this.failure = failure;
		this.lanes = lanes;
	}

	/** A run's outcome as given (for checking the scoring). */
	static QuantifyRun of(String failure, List<Found> lanes) {
		return new QuantifyRun(failure, lanes);
	}

	public boolean failed() {
		return failure != null;
	}

	public static QuantifyRun run(Context context, ValidationBlot blot, Path folder, Told told, Path output) {
		List<Object> inputs = new ArrayList<>(List.of("target", folder.resolve(blot.fileName(Role.TARGET)).toFile(),
			"reference", folder.resolve(blot.fileName(Role.REFERENCE)).toFile(), "loading", folder.resolve(blot.fileName(
				Role.LOADING)).toFile(), "output", output.toFile(), "overwrite", true));
		for (Role role : Role.values())
			if (!blot.bandWindow(role).isEmpty()) {
				inputs.add(role.key() + "_band_window");
				inputs.add(blot.bandWindow(role));
			}
		if (told == Told.LANE_COUNT) {
			inputs.add("lanes");
			inputs.add(blot.sampleLanes());
		}
		if (told == Told.SAMPLE_SHEET) {
			inputs.add("samples");
			inputs.add(folder.resolve(blot.samplesFileName()).toFile());
			inputs.add("control_group");
			inputs.add("control");
		}
		try {
			CommandModule module = CommandRunner.run(context, QuantifyTbk1Bands.class, inputs.toArray());
			if (module.isCanceled()) return new QuantifyRun(module.getCancelReason(), List.of());
			return new QuantifyRun(null, read(Path.of((String) module.getOutput("results_folder"))));
		}
		catch (RuntimeException | IOException e) {
			return new QuantifyRun("crashed: " + e, List.of());
		}
	}

	private static List<Found> read(Path results) throws IOException {
		DataTable bands = TableFiles.read(results.resolve("bands.csv"));
		Map<Integer, Double> centres = new LinkedHashMap<>();
		for (int r = 0; r < bands.rowCount(); r++)
			if (bands.getString(r, "role").equals(Role.TARGET.key())) centres.put((int) bands.getDouble(r, "lane"), 0.5 * (bands
				.getDouble(r, "lane_left_px") + bands.getDouble(r, "lane_right_px")));
		DataTable lanes = TableFiles.read(results.resolve("lanes.csv"));
		List<Found> found = new ArrayList<>();
		for (int r = 0; r < lanes.rowCount(); r++) {
			int lane = (int) lanes.getDouble(r, "lane");
			found.add(new Found(lane, centres.getOrDefault(lane, Double.NaN), lanes.getDouble(r, "ratio"), lanes.getDouble(r,
				"normalized_ratio"), lanes.getBoolean(r, "used_in_statistics"), lanes.getString(r, "group")));
		}
		if (!Files.isRegularFile(results.resolve("provenance.json"))) throw new IOException("no provenance.json in "
			+ results);
		return found;
	}
}
