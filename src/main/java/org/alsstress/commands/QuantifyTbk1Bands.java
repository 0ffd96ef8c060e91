package org.alsstress.commands;

import ij.ImagePlus;
import ij.gui.Overlay;
import ij.process.ImageProcessor;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.alsstress.blot.BackgroundMethod;
import org.alsstress.blot.Band;
import org.alsstress.blot.BandWindow;
import org.alsstress.blot.BlotOverlay;
import org.alsstress.blot.BlotQuantifier;
import org.alsstress.blot.BlotResult;
import org.alsstress.blot.BlotTables;
import org.alsstress.blot.LaneProfilePlot;
import org.alsstress.blot.LaneRatio;
import org.alsstress.blot.LaneRatios;
import org.alsstress.blot.LaneRoiFiles;
import org.alsstress.blot.LinearRanges;
import org.alsstress.blot.Polarity;
import org.alsstress.blot.Role;
import org.alsstress.blot.SignalImage;
import org.alsstress.io.ImageOpener;
import org.alsstress.io.SampleSheetFiles;
import org.alsstress.io.TableFiles;
import org.alsstress.model.SampleSheet;
import org.alsstress.model.UserInputException;
import org.alsstress.plot.GroupPlot;
import org.alsstress.stats.GroupStatistics;
import org.alsstress.stats.GroupSummary;
import org.alsstress.stats.GroupedValue;
import org.alsstress.stats.StatTest;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Western blot densitometry of phospho-TBK1 against total TBK1 (and a loading control): automatic
 * lanes, bands followed lane by lane, every background method side by side, saturation flags,
 * ratios normalised to the control group, group statistics and the linear-range check.
 */
@Plugin(type = Command.class, menuPath = "Plugins>ALS Stress Toolkit>Quantify TBK1 Bands", label = "Quantify TBK1 Bands")
public class QuantifyTbk1Bands extends ToolkitCommand {

	@Parameter(label = "pTBK1 (target) image", persist = false,
		description = "The phospho-TBK1 blot image (TIFF, PNG, ...; in Fiji any Bio-Formats file). Raw pixel values are used.")
	private File target;

	@Parameter(label = "Total TBK1 (reference) image", persist = false,
		description = "The total-TBK1 image of the same lanes. May be the same file as the target (with another band window or channel).")
	private File reference;

	@Parameter(label = "Loading control image", required = false, persist = false,
		description = "Optional beta-actin / GAPDH / total-protein image of the same lanes.")
	private File loading;

	@Parameter(label = "Target channel", min = "1", persist = false,
		description = "Channel (1-based) of the target image to use, for multi-channel (e.g. two-colour fluorescent) images.")
	private int target_channel = 1;

	@Parameter(label = "Reference channel", min = "1", persist = false,
		description = "Channel (1-based) of the reference image to use.")
	private int reference_channel = 1;

	@Parameter(label = "Loading channel", min = "1", persist = false,
		description = "Channel (1-based) of the loading-control image to use.")
	private int loading_channel = 1;

	@Parameter(label = "Target band window", required = false, persist = false,
		description = "Rows to search for the pTBK1 band: 'top-bottom' in pixels (120-260) or fractions of the height (0.2-0.45). Empty: the strongest band of the lane.")
	private String target_band_window = "";

	@Parameter(label = "Reference band window", required = false, persist = false,
		description = "Rows to search for the total-TBK1 band, as for the target. Empty: the strongest band.")
	private String reference_band_window = "";

	@Parameter(label = "Loading band window", required = false, persist = false,
		description = "Rows to search for the loading-control band. Empty: the strongest band.")
	private String loading_band_window = "";

	@Parameter(label = "Number of lanes", min = "0", persist = false,
		description = "Sample lanes (ladder not counted), or 0 to find them automatically.")
	private int lanes = 0;

	@Parameter(label = "Lane ROIs", required = false, persist = false,
		description = "Optional RoiSet.zip / .roi with one rectangle per lane (drawn on the target image); overrides automatic lanes.")
	private File lane_rois;

	@Parameter(label = "Sample sheet", required = false, persist = false,
		description = "CSV with columns lane, sample, group[, replicate][, amount_ug]; lanes count from 1, left to right, ladder not counted.")
	private File samples;

	@Parameter(label = "Control group", required = false, persist = false,
		description = "Group whose mean pTBK1/TBK1 ratio is 1 in normalized_ratio. Empty: the first group of the sheet.")
	private String control_group = "";

	@Parameter(label = "Background", choices = {"valley", "rolling_ball", "border_median", "none"}, persist = false,
		description = "Background whose volume is reported as 'volume': valley-to-valley lane-profile baseline, ImageJ rolling ball, median of a border above and below the band, or none. All are reported side by side.")
	private String background = "valley";

	@Parameter(label = "Rolling ball radius (px)", min = "0", persist = false,
		description = "Radius of the rolling ball in pixels; 0 = the median lane width.")
	private double rolling_ball_radius = 0;

	@Parameter(label = "Polarity", choices = {"auto", "dark_on_light", "light_on_dark"}, persist = false,
		description = "How bands appear: auto-detect, dark bands on light (film, inverted exports) or light bands on dark (chemiluminescence/fluorescence).")
	private String polarity = "auto";

	@Parameter(label = "Saturation level", min = "0", persist = false,
		description = "Band signal at or above which a band counts as saturated (after inversion of dark-band images). 0 = the full scale of the bit depth (255, 65535); 32-bit images need a value to be checked.")
	private double saturation_level = 0;

	@Parameter(label = "Test", choices = {"Welch", "Mann-Whitney"}, persist = false,
		description = "Test of each group against the control: Welch's t-test (ANOVA + Holm for more groups) or Mann-Whitney.")
	private String test = "Welch";

	@Parameter(label = "Output folder", style = "directory", persist = false,
		description = "Folder for bands.csv, lanes.csv, groups.csv, measurements.csv, overlays, profiles, plot and provenance.json. A new folder is made if it holds files.")
	private File output;

	@Parameter(label = "Overwrite the output folder", persist = false,
		description = "Write into the output folder even if it already holds files.")
	private boolean overwrite = false;

	@Override
	protected void execute() throws IOException {
		Map<Role, File> files = files();
		Map<Role, ImagePlus> raw = new EnumMap<>(Role.class);
		Map<Role, SignalImage> images = new EnumMap<>(Role.class);
		Polarity requested = Polarity.fromKey(polarity);
		for (Map.Entry<Role, File> e : files.entrySet()) {
			progress(images.size(), files.size() + 1, "Reading " + e.getValue().getName());
			ImagePlus imp = open(e.getValue(), channel(e.getKey()), e.getKey());
			raw.put(e.getKey(), imp);
			SignalImage image = SignalImage.of(e.getValue().getName(), imp.getProcessor(), requested, saturation_level);
			if (Double.isInfinite(image.saturationLevel)) warn("'" + image.name + "' is a 32-bit image without a known "
				+ "maximum: saturation is not checked. Set saturation_level to the detector's maximum to check it.");
			images.put(e.getKey(), image);
		}
		SampleSheet sheet = SampleSheetFiles.read(samples == null ? null : samples.toPath());
		BlotQuantifier.Options options = options();
		progress(files.size(), files.size() + 1, "Quantifying bands");
		BlotResult result = BlotQuantifier.quantify(images, options);
		List<LaneRatio> ratios = LaneRatios.compute(result, sheet, control_group);

		Path folder = resultsFolder(output, overwrite);
		Map<Role, String> names = new EnumMap<>(Role.class);
		files.forEach((role, file) -> names.put(role, file.getName()));
		writeTable(BlotTables.bands(result, sheet, names), "bands.csv");
		writeTable(BlotTables.lanes(ratios), "lanes.csv");
		writeMeasurements(BlotTables.measurements(result, ratios, target.getName()));
		writeStatistics(folder, ratios, sheet);
		if (LinearRanges.applies(sheet)) writeTable(LinearRanges.table(result, sheet), "linearity.csv");
		List<Path> pictures = new ArrayList<>();
		for (Role role : images.keySet()) {
			Path overlay = folder.resolve("overlay_" + role.key() + ".png");
			ImagePlus imp = raw.get(role);
			Overlay rois = BlotOverlay.overlay(imp.getWidth(), imp.getHeight(), result.layouts.get(role), result.bands.get(role));
			BlotOverlay.write(imp.getProcessor(), rois, overlay);
			imp.setOverlay(rois);
			Path profiles = folder.resolve("profiles_" + role.key() + ".png");
			LaneProfilePlot.write(images.get(role), result.bands.get(role), role.key() + " (" + names.get(role) + ")", profiles);
			pictures.add(overlay);
			pictures.add(profiles);
		}
		recordOutputs(pictures);
		reportProblems(result, ratios);
		// The tables are already published under their file names by writeTable.
		if (!GraphicsEnvironment.isHeadless()) raw.values().forEach(ImagePlus::show);
	}

	private Map<Role, File> files() {
		if (target == null || reference == null) throw new UserInputException(
			"Give both a target (pTBK1) and a reference (total TBK1) image.");
		Map<Role, File> files = new EnumMap<>(Role.class);
		files.put(Role.TARGET, target);
		files.put(Role.REFERENCE, reference);
		if (loading != null && !loading.getPath().trim().isEmpty()) files.put(Role.LOADING, loading);
		return files;
	}

	private int channel(Role role) {
		int c = role == Role.TARGET ? target_channel : role == Role.REFERENCE ? reference_channel : loading_channel;
		if (c < 1) throw new UserInputException(role.key() + "_channel must be 1 or more (channels count from 1).");
		return c;
	}

	private static ImagePlus open(File file, int channel, Role role) {
		ImagePlus imp = ImageOpener.open(file.toPath()).get(0);
		int channels = imp.getNChannels() > 1 ? imp.getNChannels() : imp.getStackSize();
		if (channel > channels) throw new UserInputException(role.key() + "_channel is " + channel + " but '"
			+ file.getName() + "' has " + channels + " channel(s).");
		int index = imp.getNChannels() > 1 ? imp.getStackIndex(channel, 1, 1) : channel;
		ImageProcessor ip = imp.getStack().getProcessor(index);
		return new ImagePlus(file.getName(), ip);
	}

	private BlotQuantifier.Options options() throws IOException {
		if (lanes < 0) throw new UserInputException("lanes must be 0 (automatic) or the number of sample lanes.");
		if (rolling_ball_radius < 0) throw new UserInputException("rolling_ball_radius must be 0 (automatic) or a radius in pixels.");
		if (saturation_level < 0) throw new UserInputException("saturation_level must be 0 (full scale) or a positive level.");
		BlotQuantifier.Options o = new BlotQuantifier.Options();
		o.lanes = lanes;
		o.background = BackgroundMethod.fromKey(background);
		o.rollingBallRadius = rolling_ball_radius;
		o.windows.put(Role.TARGET, BandWindow.parse(target_band_window, "target_band_window"));
		o.windows.put(Role.REFERENCE, BandWindow.parse(reference_band_window, "reference_band_window"));
		o.windows.put(Role.LOADING, BandWindow.parse(loading_band_window, "loading_band_window"));
		if (lane_rois != null && !lane_rois.getPath().trim().isEmpty()) o.userLanes = LaneRoiFiles.read(lane_rois.toPath());
		return o;
	}

	private void writeStatistics(Path folder, List<LaneRatio> ratios, SampleSheet sheet) throws IOException {
		List<GroupedValue> values = BlotTables.groupValues(ratios);
		if (sheet.size() == 0 || values.isEmpty()) {
			warn("No sample sheet (or no usable lane): groups.csv and the group plot are not written.");
			return;
		}
		String control = LaneRatios.controlGroup(sheet, control_group);
		List<GroupSummary> groups = GroupStatistics.compare(GroupStatistics.byGroup(values), control, StatTest.fromLabel(test));
		writeTable(GroupStatistics.toTable("normalized_ratio", groups), "groups.csv");
		recordOutputs(new GroupPlot("pTBK1 / TBK1 by group", "normalized pTBK1/TBK1 ratio", values, groups).write(folder,
			"normalized_ratio_plot"));
	}

	private void reportProblems(BlotResult result, List<LaneRatio> ratios) {
		for (LaneRatio r : ratios)
			if (!r.usable()) warn("Lane " + r.lane + " is reported but left out of the statistics: " + r.note + ".");
		for (Role role : result.layouts.keySet())
			for (Band band : result.bands.get(role))
				if (band.lane.inferred && band.lane.number > 0 && role == Role.TARGET)
					warn("Lane " + band.lane.number + " shows no signal of its own; it was placed from the spacing of its neighbours.");
	}
}
