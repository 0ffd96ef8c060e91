package org.alsstress.blot.sim;

import ij.ImagePlus;
import ij.io.FileSaver;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.alsstress.blot.Role;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;

/** A simulated imager-export triple with its truth, written as a user would get the files. */
public final class SimulatedExport {
	public static final String TRUTH_FILE = "truth.csv", SAMPLES_FILE = "samples.csv", IMAGES_FILE = "images.csv",
		MARKERS_FILE = "markers.csv", LAYOUT_FILE = "layout.csv";

	private final ExportLayout layout;
	private final Map<Role, ImagePlus> images;
	private final List<ExportLaneTruth> lanes;
	private final Map<Role, double[]> markerCentres;
	private final Map<Role, String> windows;

	SimulatedExport(ExportLayout layout, Map<Role, ImagePlus> images, List<ExportLaneTruth> lanes,
		Map<Role, double[]> markerCentres, Map<Role, String> windows)
	{
		this.layout = layout;
		this.images = images;
		this.lanes = Collections.unmodifiableList(new ArrayList<>(lanes));
		this.markerCentres = markerCentres;
		this.windows = windows;
	}

	public ExportLayout layout() {
		return layout;
	}

	public ImagePlus image(Role role) {
		return images.get(role);
	}

	public List<ExportLaneTruth> lanes() {
		return lanes;
	}

	/** Marker lane centres in the image of a role (at that image's band row). */
	public double[] markerCentres(Role role) {
		return markerCentres.get(role).clone();
	}

	/**
	 * The rows ('top-bottom', pixels) that hold the measured protein in the image of a role, as a user would
	 * give them for cut strips that show several proteins; empty when the image shows one band row.
	 */
	public String bandWindow(Role role) {
		return windows.getOrDefault(role, "");
	}

	/** Whether the bands in the file are dark on light. */
	public boolean darkBands(Role role) {
		return layout.style == ExportStyle.FILM || layout.shots.get(role).inverted;
	}

	public String fileName(Role role) {
		return "blot_" + role.key() + "." + layout.shots.get(role).extension;
	}

	/** Mean true ratio (image volumes) of the measurable lanes of a group over that of another. */
	public double trueFoldChange(String group, String control) {
		return meanRatio(group) / meanRatio(control);
	}

	private double meanRatio(String group) {
		double sum = 0;
		int n = 0;
		for (ExportLaneTruth t : lanes)
			if (t.group.equals(group) && t.measurable()) {
				sum += t.ratio();
				n++;
			}
		return sum / n;
	}

	public DataTable sampleSheet() {
		DataTable table = new DataTable("lane", "sample", "group", "replicate");
		for (ExportLaneTruth t : lanes)
			table.addRow(t.lane, t.sample, t.group, t.replicate);
		return table;
	}

	/** One row per image and sample lane: where the lane and its band are, the band's true volume. */
	public DataTable truthTable() {
		DataTable table = new DataTable("image", "role", "lane", "sample", "group", "lane_centre_x_px", "band_centre_y_px",
			"lane_width_px", "true_volume", "saturated", "true_ratio", "loaded_ratio");
		for (Role role : Role.values())
			for (ExportLaneTruth t : lanes)
				table.addRow(fileName(role), role.key(), t.lane, t.sample, t.group, t.centreX(role), t.bandY(role), t.width
					* layout.shots.get(role).placement.scale, t.volume(role), t.saturated(role), t.ratio(), t.amountRatio);
		return table;
	}

	/** One row per image: file, size, style, polarity, where the membrane lies (registration) and the band window. */
	public DataTable imagesTable() {
		DataTable table = new DataTable("image", "role", "width_px", "height_px", "style", "bits", "polarity", "dx_px",
			"dy_px", "rotation_deg", "scale", "band_window");
		for (Role role : Role.values()) {
			Shot s = layout.shots.get(role);
			Placement p = s.placement;
			table.addRow(fileName(role), role.key(), s.width, s.height, layout.style.key(), s.rgb ? "rgb" : String.valueOf(
				layout.style.bits), darkBands(role) ? "dark_on_light" : "light_on_dark", p.dx, p.dy, p.angleDeg, p.scale,
				bandWindow(role));
		}
		return table;
	}

	public DataTable markersTable() {
		DataTable table = new DataTable("image", "role", "marker", "slot", "lane_centre_x_px", "visible");
		for (Role role : Role.values()) {
			double[] c = markerCentres.get(role);
			for (int k = 0; k < c.length; k++)
				table.addRow(fileName(role), role.key(), k + 1, layout.marker_slots[k], c[k], layout.shots.get(role).marker_visibility > 0);
		}
		return table;
	}

	/** Every number of the layout and of each image's shot, as name, value. */
	public DataTable layoutTable() {
		DataTable table = new DataTable("parameter", "value");
		addFields(table, "", layout);
		table.addRow("row_target", layout.row.get(Role.TARGET));
		table.addRow("row_reference", layout.row.get(Role.REFERENCE));
		table.addRow("row_loading", layout.row.get(Role.LOADING));
		for (Role role : Role.values())
			addFields(table, role.key() + ".", layout.shots.get(role));
		return table;
	}

	private static void addFields(DataTable table, String prefix, Object o) {
		for (Field f : o.getClass().getFields()) {
			if (Modifier.isStatic(f.getModifiers())) continue;
			try {
				Object v = f.get(o);
				if (v instanceof Map || v instanceof Placement) continue;
				table.addRow(prefix + f.getName(), describe(v));
			}
			catch (IllegalAccessException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	private static String describe(Object v) {
		if (v instanceof int[]) return Arrays.toString((int[]) v);
		if (v instanceof double[]) return Arrays.toString((double[]) v);
		if (v instanceof Object[]) return Arrays.deepToString((Object[]) v);
		return String.valueOf(v);
	}

	/** The three image files (TIFF or PNG, as the style exports them) and the truth tables. */
	public List<Path> write(Path folder) throws IOException {
		Files.createDirectories(folder);
		List<Path> files = new ArrayList<>();
		for (Role role : Role.values()) {
			Path file = folder.resolve(fileName(role));
			FileSaver saver = new FileSaver(images.get(role));
			boolean ok = file.toString().endsWith(".png") ? saver.saveAsPng(file.toString()) : saver.saveAsTiff(file
				.toString());
			if (!ok) throw new IOException("Could not write " + file);
			files.add(file);
		}
		files.add(write(truthTable(), folder, TRUTH_FILE));
		files.add(write(sampleSheet(), folder, SAMPLES_FILE));
		files.add(write(imagesTable(), folder, IMAGES_FILE));
		files.add(write(markersTable(), folder, MARKERS_FILE));
		files.add(write(layoutTable(), folder, LAYOUT_FILE));
		return files;
	}

	private static Path write(DataTable table, Path folder, String name) throws IOException {
		Path file = folder.resolve(name);
		TableFiles.write(table, file);
		return file;
	}
}
