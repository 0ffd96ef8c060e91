package org.alsstress.blot;

import ij.ImagePlus;
import ij.io.FileSaver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.alsstress.model.SampleSheet;

/** A simulated blot triple and its ground truth. */
public final class SimulatedBlot {
	public static final String TRUTH_FILE = "truth.csv";
	public static final String SAMPLES_FILE = "samples.csv";

	private final BlotSimulation settings;
	private final Map<Role, ImagePlus> images;
	private final Map<Role, double[]> shifts;
	private final List<LaneTruth> lanes;
	private final double ladderCentre;

	SimulatedBlot(BlotSimulation settings, Map<Role, ImagePlus> images, Map<Role, double[]> shifts,
		List<LaneTruth> lanes, double ladderCentre)
	{
		this.settings = settings;
		this.images = images;
		this.shifts = shifts;
		this.lanes = Collections.unmodifiableList(new ArrayList<>(lanes));
		this.ladderCentre = ladderCentre;
	}

	public BlotSimulation settings() {
		return settings;
	}

	public ImagePlus image(Role role) {
		return images.get(role);
	}

	public List<LaneTruth> lanes() {
		return lanes;
	}

	/** Where a lane's centre lies in the image of a role (the image may be shifted). */
	public double centreInImage(LaneTruth lane, Role role) {
		return lane.centre + shifts.get(role)[0];
	}

	public double bandYInImage(LaneTruth lane, Role role) {
		return lane.bandY(role) + shifts.get(role)[1];
	}

	/** Ladder centre in the unshifted coordinates, NaN without ladder. */
	public double ladderCentre() {
		return ladderCentre;
	}

	/** Mean true ratio of a group divided by the mean true ratio of another. */
	public double trueFoldChange(String group, String control) {
		return meanRatio(group) / meanRatio(control);
	}

	private double meanRatio(String group) {
		double sum = 0;
		int n = 0;
		for (LaneTruth t : lanes)
			if (t.group.equals(group) && t.volume(Role.REFERENCE) > 0) {
				sum += t.ratio();
				n++;
			}
		return sum / n;
	}

	/** The sample sheet of this blot: lane, sample, group, replicate[, amount_ug]. */
	public DataTable sampleSheet() {
		boolean amounts = settings.amounts_ug != null;
		DataTable table = amounts ? new DataTable("lane", "sample", "group", "replicate", "amount_ug")
			: new DataTable("lane", "sample", "group", "replicate");
		for (LaneTruth t : lanes)
			if (amounts) table.addRow(t.lane, t.sample, t.group, t.replicate, t.amountUg);
			else table.addRow(t.lane, t.sample, t.group, t.replicate);
		return table;
	}

	/** The sample sheet as the quantifier reads it. */
	public SampleSheet samples() {
		DataTable table = sampleSheet();
		List<List<String>> records = new ArrayList<>();
		records.add(table.columns());
		for (int r = 0; r < table.rowCount(); r++) {
			List<String> record = new ArrayList<>();
			for (String column : table.columns())
				record.add(table.getString(r, column));
			records.add(record);
		}
		return SampleSheet.parse(SAMPLES_FILE, records);
	}

	/** One row per lane and role: where the band is and its true volume. */
	public DataTable truthTable() {
		DataTable table = new DataTable("image", "role", "lane", "sample", "group", "lane_centre_px",
			"lane_width_px", "band_centre_y_px", "true_volume", "saturated", "true_ratio");
		for (Role role : Role.values())
			for (LaneTruth t : lanes)
				table.addRow(fileName(role), role.key(), t.lane, t.sample, t.group, centreInImage(t, role),
					t.width, bandYInImage(t, role), t.volume(role), t.saturated(role), t.ratio());
		return table;
	}

	public String fileName(Role role) {
		return "blot_" + role.key() + ".tif";
	}

	/** Writes the three images as TIFF, the truth and the sample sheet into a folder. */
	public void write(Path folder) throws IOException {
		Files.createDirectories(folder);
		for (Role role : Role.values()) {
			Path file = folder.resolve(fileName(role));
			if (!new FileSaver(images.get(role)).saveAsTiff(file.toString()))
				throw new IOException("Could not write " + file);
		}
		TableFiles.write(truthTable(), folder.resolve(TRUTH_FILE));
		TableFiles.write(sampleSheet(), folder.resolve(SAMPLES_FILE));
	}
}
