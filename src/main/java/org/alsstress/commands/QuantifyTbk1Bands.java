package org.alsstress.commands;

import ij.ImagePlus;
import ij.gui.Overlay;
import ij.process.ImageProcessor;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alsstress.blot.BackgroundMethod;
import org.alsstress.blot.BandWindow;
import org.alsstress.blot.BlotLimits;
import org.alsstress.blot.BlotOverlay;
import org.alsstress.blot.BlotQuantifier;
import org.alsstress.blot.BlotResult;
import org.alsstress.blot.BlotTables;
import org.alsstress.blot.Lane;
import org.alsstress.blot.LaneLayout;
import org.alsstress.blot.LaneProfilePlot;
import org.alsstress.blot.LaneRatio;
import org.alsstress.blot.LaneRatios;
import org.alsstress.blot.LaneRoiFiles;
import org.alsstress.blot.LaneRois;
import org.alsstress.blot.LinearRanges;
import org.alsstress.blot.Polarity;
import org.alsstress.blot.Role;
import org.alsstress.blot.SignalImage;
import org.alsstress.fiji.ResultWindows;
import org.alsstress.imaging.FinitePixels;
import org.alsstress.io.ImageOpener;
import org.alsstress.io.SampleSheetFiles;
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
	/** The lanes a run used, as ROIs to correct and give back. */
	static final String LANE_ROIS_FILE = "lane_rois.zip";

	@Parameter(label = "pTBK1 (target) image", required = false, persist = false,
		description = "The phospho-TBK1 blot image (TIFF, PNG, ...; in Fiji any Bio-Formats file). Raw pixel values are used. Leave empty to give an open image as target_image.")
	private File target;

	@Parameter(label = "pTBK1 (target) open image", required = false, persist = false,
		description = "Instead of the target file: the title of an open image (or its ID), or *active* for the active image.")
	private String target_image = "";

	@Parameter(label = "Total TBK1 (reference) image", required = false, persist = false,
		description = "The total-TBK1 image of the same lanes. May be the same file as the target (with another band window or channel). Leave empty to give an open image as reference_image.")
	private File reference;

	@Parameter(label = "Total TBK1 (reference) open image", required = false, persist = false,
		description = "Instead of the reference file: the title of an open image (or its ID), or *active* for the active image.")
	private String reference_image = "";

	@Parameter(label = "Loading control image", required = false, persist = false,
		description = "Optional beta-actin / GAPDH / total-protein image of the same lanes.")
	private File loading;

	@Parameter(label = "Loading control open image", required = false, persist = false,
		description = "Instead of the loading file: the title of an open image (or its ID), or *active* for the active image.")
	private String loading_image = "";

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

	@Parameter(label = "Lanes from", choices = {DrawnLanes.AUTOMATIC, DrawnLanes.ROI_FILE, DrawnLanes.ROI_MANAGER, DrawnLanes.TARGET_OVERLAY}, persist = false,
		description = "Where the lanes come from: found automatically, the lane_rois file, the ROI Manager, or the overlay of the target image. "
			+ "Drawn lanes are rectangles (the full height of those columns) or polygons (a polygon follows a tilted lane row by row), "
			+ "drawn on the target image; ROIs named 'lane 1', 'lane 2', ... (as this command names them) are taken alone when present. "
			+ "The lanes used are saved as lane_rois.zip, to correct one and run again.")
	private String lanes_from = DrawnLanes.AUTOMATIC;

	@Parameter(label = "Lane ROIs", required = false, persist = false,
		description = "RoiSet.zip / .roi with one rectangle or polygon per lane (drawn on the target image), e.g. a previous run's lane_rois.zip; "
			+ "used when lanes_from is roi_file (or automatic: a given file overrides automatic lanes).")
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
		description = "Band signal at or above which a band counts as saturated (after inversion of dark-band images). 0 = auto: "
			+ "bright bands saturate at the full scale of the image type (255, 65535), or where the image maximum is exactly the "
			+ "top of a smaller detector depth - 1023, 4095 or 16383: 10-, 12- or 14-bit camera data clipped in a 16-bit file - "
			+ "at that value; dark bands saturate at black (0). 32-bit images of whole numbers are judged the same way, "
			+ "other 32-bit images need a value to be checked.")
	private double saturation_level = 0;

	@Parameter(label = "Test", choices = {"Welch", "Mann-Whitney"}, persist = false,
		description = "Test of each group against the control: Welch's t-test (ANOVA + Holm for more groups) or Mann-Whitney.")
	private String test = "Welch";

	@Parameter(label = "Output folder", style = "directory", persist = false,
		description = "Folder for bands.csv, lanes.csv, groups.csv, measurements.csv, overlays, profiles, plot, the lanes used (lane_rois.zip) and provenance.json. A new folder is made if it holds files.")
	private File output;

	@Parameter(label = "Overwrite the output folder", persist = false,
		description = "Write into the output folder even if it already holds files.")
	private boolean overwrite = false;

	/** An image input as read: the whole image (an open one, or the first series of a file) and its name. */
	private static final class Source {
		final ImagePlus image;
		final String name;
		final boolean open;

		Source(ImagePlus image, String name, boolean open) {
			this.image = image;
			this.name = name;
			this.open = open;
		}
	}

	@Override
	protected void execute() throws IOException {
		Map<Role, Source> sources = sources();
		Map<Role, ImageProcessor> raw = new EnumMap<>(Role.class);
		Map<Role, SignalImage> images = new EnumMap<>(Role.class);
		Map<Role, String> names = new EnumMap<>(Role.class);
		Polarity requested = Polarity.fromKey(polarity);
		for (Map.Entry<Role, Source> e : sources.entrySet()) {
			Source source = e.getValue();
			progress(images.size(), sources.size() + 1, "Reading " + source.name);
			ImageProcessor ip = channel(source, channel(e.getKey()), e.getKey());
			FinitePixels.require(ip, "The " + e.getKey().key() + " image '" + source.name + "'");
			BlotLimits.checkImage(source.name, ip);
			SignalImage image = SignalImage.of(source.name, ip, requested, saturation_level);
			reportSaturationLevel(e.getKey(), image);
			raw.put(e.getKey(), ip);
			images.put(e.getKey(), image);
			names.put(e.getKey(), source.name);
		}
		SampleSheet sheet = SampleSheetFiles.read(samples == null ? null : samples.toPath());
		BlotQuantifier.Options options = options(sources.get(Role.TARGET));
		options.lanes = lanePrior(options, sheet);
		progress(sources.size(), sources.size() + 1, "Quantifying bands");
		for (Role role : images.keySet())
			BlotLimits.checkWindow(options.windows.get(role), role.key() + "_band_window", images.get(role).height,
				names.get(role));
		BlotResult result = BlotQuantifier.quantify(images, options);
		reportLanes(result);
		BlotLimits.requireBands(result.bands, names);
		List<LaneRatio> ratios = LaneRatios.compute(result, sheet, control_group);

		Path folder = resultsFolder(output, overwrite);
		writeTable(BlotTables.bands(result, sheet, names), "bands.csv");
		writeTable(BlotTables.lanes(ratios), "lanes.csv");
		writeMeasurements(BlotTables.measurements(result, ratios, names.get(Role.TARGET)));
		Path groupPlot = writeStatistics(folder, ratios, sheet);
		if (LinearRanges.applies(sheet)) writeTable(LinearRanges.table(result, sheet), "linearity.csv");
		List<Path> pictures = new ArrayList<>();
		recordLanes(folder, result.layouts.get(Role.TARGET), images.get(Role.TARGET).height, pictures);
		Map<ImagePlus, Overlay> overlays = new IdentityHashMap<>();
		for (Role role : images.keySet()) {
			Path overlay = folder.resolve("overlay_" + role.key() + ".png");
			ImageProcessor ip = raw.get(role);
			Overlay rois = BlotOverlay.overlay(ip.getWidth(), ip.getHeight(), result.layouts.get(role), result.bands.get(role));
			BlotOverlay.write(ip, rois, overlay);
			Source source = sources.get(role);
			// an open image gets the overlay itself (one overlay, even when it serves two roles); a file a new window
			ImagePlus shown = source.open ? source.image : new ImagePlus(source.name, ip);
			BlotOverlay.addMissing(overlays.computeIfAbsent(shown, imp -> new Overlay()), rois);
			Path profiles = folder.resolve("profiles_" + role.key() + ".png");
			LaneProfilePlot.write(images.get(role), result.bands.get(role), role.key() + " (" + names.get(role) + ")", profiles);
			pictures.add(overlay);
			pictures.add(profiles);
		}
		recordOutputs(pictures);
		reportProblems(result, ratios);
		// The tables are already published under their file names by writeTable.
		overlays.forEach(ResultWindows::showWithOverlay);
		for (Path picture : pictures)
			if (picture.getFileName().toString().startsWith("profiles_")) ResultWindows.showPicture(picture);
		if (groupPlot != null) ResultWindows.showPicture(groupPlot);
	}

	/** Each image given as a file or as an open image; target and reference are required. */
	private Map<Role, Source> sources() throws IOException {
		Map<Role, Source> sources = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			Source source = source(role);
			if (source != null) {
				sources.put(role, source);
				describeImage(source.image);
			}
		}
		if (!sources.containsKey(Role.TARGET) || !sources.containsKey(Role.REFERENCE)) throw new UserInputException(
			"Give both a target (pTBK1) and a reference (total TBK1) image: as files (target, reference) or as titles "
				+ "of open images (target_image, reference_image; " + ImageInputs.ACTIVE + " for the active image).");
		return sources;
	}

	private Source source(Role role) throws IOException {
		File file = role == Role.TARGET ? target : role == Role.REFERENCE ? reference : loading;
		String title = role == Role.TARGET ? target_image : role == Role.REFERENCE ? reference_image : loading_image;
		if (ImageInputs.byTitle(role.key(), file, role.key() + "_image", title)) {
			ImagePlus image = openImage(role.key() + "_image", title);
			return new Source(image, image.getTitle(), true);
		}
		if (!ImageInputs.given(file)) return null;
		return new Source(ImageOpener.open(file.toPath()).get(0), file.getName(), false);
	}

	private int channel(Role role) {
		int c = role == Role.TARGET ? target_channel : role == Role.REFERENCE ? reference_channel : loading_channel;
		if (c < 1) throw new UserInputException(role.key() + "_channel must be 1 or more (channels count from 1).");
		return c;
	}

	private static ImageProcessor channel(Source source, int channel, Role role) {
		ImagePlus imp = source.image;
		int channels = imp.getNChannels() > 1 ? imp.getNChannels() : imp.getStackSize();
		if (channel > channels) throw new UserInputException(role.key() + "_channel is " + channel + " but '"
			+ source.name + "' has " + channels + " channel(s).");
		int index = imp.getNChannels() > 1 ? imp.getStackIndex(channel, 1, 1) : channel;
		return imp.getStack().getProcessor(index);
	}

	/** Records the saturation level used, and warns when it was inferred rather than the image type's full scale. */
	private void reportSaturationLevel(Role role, SignalImage image) {
		provenance().parameter("saturation_level_used_" + role.key(), Double.isInfinite(image.saturationLevel) ? "none"
			: String.valueOf(image.saturationLevel));
		if (saturation_level > 0) return;
		if (Double.isInfinite(image.saturationLevel)) warn("'" + image.name + "' is a 32-bit image without a known "
			+ "maximum: saturation is not checked. Set saturation_level to the detector's maximum to check it.");
		else if (image.polarity == Polarity.LIGHT_ON_DARK && image.detectorBits < image.containerBits) warn(
			"saturation_level auto: '" + image.name + "' holds " + image.detectorBits + "-bit data clipped at "
				+ Math.round(image.saturationLevel) + " in a " + image.containerBits + "-bit image, so bands reaching "
				+ Math.round(image.saturationLevel) + " are flagged as saturated. Set saturation_level if the detector's maximum differs.");
	}

	/** The lanes used, as lane_rois.zip and in provenance, so that the run can be repeated or corrected. */
	private void recordLanes(Path folder, LaneLayout lanes, int height, List<Path> outputs) throws IOException {
		Path file = folder.resolve(LANE_ROIS_FILE);
		LaneRoiFiles.write(lanes, height, file);
		outputs.add(file);
		provenance().parameter("lanes_used", LaneRois.describe(lanes));
	}

	private BlotQuantifier.Options options(Source target) throws IOException {
		if (lanes < 0) throw new UserInputException("lanes must be 0 (automatic) or the number of sample lanes.");
		if (rolling_ball_radius < 0) throw new UserInputException("rolling_ball_radius must be 0 (automatic) or a radius in pixels.");
		if (saturation_level < 0) throw new UserInputException("saturation_level must be 0 (auto) or a positive level.");
		BlotQuantifier.Options o = new BlotQuantifier.Options();
		o.lanes = lanes;
		o.background = BackgroundMethod.fromKey(background);
		o.rollingBallRadius = rolling_ball_radius;
		o.windows.put(Role.TARGET, BandWindow.parse(target_band_window, "target_band_window"));
		o.windows.put(Role.REFERENCE, BandWindow.parse(reference_band_window, "reference_band_window"));
		o.windows.put(Role.LOADING, BandWindow.parse(loading_band_window, "loading_band_window"));
		o.userLanes = DrawnLanes.read(lanes_from, lane_rois, target.image, target.name);
		if (o.userLanes != null && lanes > 0 && lanes != o.userLanes.count()) throw new UserInputException("lanes="
			+ lanes + " but " + o.userLanes.count() + " lanes were drawn (lanes_from=" + lanes_from + "): draw one ROI "
			+ "per sample lane, or set lanes=0 to take the drawn lanes as they are.");
		return o;
	}

	/**
	 * The lane count the engine takes as a prior: lanes=N, else the number of lanes the sample sheet
	 * names (lanes the user drew need none).
	 */
	private int lanePrior(BlotQuantifier.Options options, SampleSheet sheet) {
		int prior = options.lanes;
		String from = prior > 0 ? "lanes=" + prior : "none (lanes found automatically)";
		if (prior == 0 && options.userLanes == null && sheet.size() > 0 && sheet.hasLanes()) {
			prior = Collections.max(sheet.lanes());
			from = "the sample sheet names " + prior + " lanes";
		}
		if (options.userLanes != null) from = "lanes drawn by the user";
		provenance().parameter("lane_count_prior", from);
		return prior;
	}

	/** Lanes left out, doubtful lanes and each image's registration, as warnings and in provenance. */
	private void reportLanes(BlotResult result) {
		for (Role role : result.layouts.keySet()) {
			LaneLayout layout = result.layouts.get(role);
			if (!layout.registration().isIdentity()) provenance().parameter("registration_" + role.key(), layout.registration().toString());
			else {
				provenance().parameter("lanes_found_on", role.key());
				List<String> out = new ArrayList<>();
				for (Lane lane : layout.leftOut())
					out.add("columns " + lane.left + "-" + lane.right + ": " + lane.doubt);
				provenance().parameter("lanes_left_out", String.join("; ", out));
				for (String o : out)
					warn("Left out of the lanes (" + role.key() + " image): " + o + ".");
				for (Lane lane : layout.samples())
					if (lane.confidence < BlotOverlay.DOUBTFUL_BELOW) warn(String.format(Locale.ROOT,
						"Lane %d is doubtful (lane_confidence %.2f): %s. It is measured and flagged; check it on the overlay.",
						lane.number, lane.confidence, lane.doubt));
			}
		}
	}

	/** Writes groups.csv and the group plot; returns the plot's PNG, or null without groups. */
	private Path writeStatistics(Path folder, List<LaneRatio> ratios, SampleSheet sheet) throws IOException {
		List<GroupedValue> values = BlotTables.groupValues(ratios);
		if (sheet.size() == 0 || values.isEmpty()) {
			warn("No sample sheet (or no usable lane): groups.csv and the group plot are not written.");
			return null;
		}
		String control = LaneRatios.controlGroup(sheet, control_group);
		if (values.stream().noneMatch(v -> v.group.equals(control))) {
			// every control lane saturated or without a band: the lanes are still reported, nothing to compare against
			warn("No lane of the control group '" + control + "' can be used (see the notes in lanes.csv): groups.csv and "
				+ "the group plot are not written.");
			return null;
		}
		List<GroupSummary> groups = GroupStatistics.compare(GroupStatistics.byGroup(values), control, StatTest.fromLabel(test));
		writeTable(GroupStatistics.toTable("normalized_ratio", groups), "groups.csv");
		List<Path> plot = new GroupPlot("pTBK1 / TBK1 by group", "normalized pTBK1/TBK1 ratio", values, groups).write(folder,
			"normalized_ratio_plot");
		recordOutputs(plot);
		for (Path file : plot)
			if (file.getFileName().toString().endsWith(".png")) return file;
		return null;
	}

	private void reportProblems(BlotResult result, List<LaneRatio> ratios) {
		for (LaneRatio r : ratios)
			if (!r.usable()) warn("Lane " + r.lane + " is reported but left out of the statistics: " + r.note + ".");
	}
}
