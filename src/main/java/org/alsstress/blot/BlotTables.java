package org.alsstress.blot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alsstress.model.Assay;
import org.alsstress.model.DataTable;
import org.alsstress.model.MeasuredObject;
import org.alsstress.model.MeasurementTable;
import org.alsstress.model.SampleInfo;
import org.alsstress.model.SampleSheet;
import org.alsstress.stats.GroupedValue;

/** The result tables of a quantified blot: bands.csv, lanes.csv and the tidy measurements. */
public final class BlotTables {
	public static final String ASSAY = Assay.TBK1_BLOT;

	private BlotTables() {}

	/** One row per band (lane and role), with every background method's volume side by side. */
	public static DataTable bands(BlotResult result, SampleSheet sheet, Map<Role, String> imageNames) {
		List<String> columns = new ArrayList<>(List.of("image", "role", "lane", "sample", "group", "replicate", "found",
			"volume", "background", "background_method", "saturated", "lane_left_px", "lane_right_px", "lane_confidence",
			"band_top_px", "band_bottom_px", "band_peak_px"));
		for (BackgroundMethod m : BackgroundMethod.values())
			columns.add(m.column());
		columns.add("note");
		DataTable table = new DataTable(columns);
		for (Role role : Role.values()) {
			if (!result.has(role)) continue;
			for (Band b : result.bands.get(role)) {
				SampleInfo info = sheet.forLane(b.lane.number).orElse(null);
				List<Object> row = new ArrayList<>(List.of(imageNames.get(role), role.key(), b.lane.number, sample(info),
					group(info), replicate(info), b.found, b.volume(result.method), b.background(result.method),
					result.method.key(), b.saturated, b.lane.left, b.lane.right, round(b.lane.confidence), b.top, b.bottom, b.peak));
				for (BackgroundMethod m : BackgroundMethod.values())
					row.add(b.volume(m));
				row.add(join(b.note, b.lane.doubt));
				table.addRow(row.toArray());
			}
		}
		return table;
	}

	/** One row per lane: the three volumes, the ratio and its normalisation to the control group. */
	public static DataTable lanes(List<LaneRatio> ratios) {
		DataTable table = new DataTable("lane", "sample", "group", "replicate", "amount_ug", "target_volume",
			"reference_volume", "loading_volume", "ratio", "normalized_ratio", "target_per_loading",
			"reference_per_loading", "saturated", "used_in_statistics", "note", "lane_confidence", "lane_note");
		for (LaneRatio r : ratios)
			table.addRow(r.lane, sample(r.sample), group(r.sample), replicate(r.sample),
				r.sample == null ? Double.NaN : r.sample.amountUg(), r.target, r.reference, r.loading, r.ratio,
				r.normalizedRatio, r.targetPerLoading(), r.referencePerLoading(), r.saturated, r.usable(), r.note,
				round(r.laneConfidence), r.laneNote);
		return table;
	}

	/**
	 * Tidy rows: band volumes of every lane, and the ratios of the lanes fit for statistics (a
	 * saturated lane's ratio is not written, so that no later summary averages it in).
	 */
	public static MeasurementTable measurements(BlotResult result, List<LaneRatio> ratios, String image) {
		MeasurementTable table = new MeasurementTable();
		for (LaneRatio r : ratios) {
			MeasuredObject lane = MeasuredObject.of(ASSAY, image).object("lane", r.lane).withSampleInfo(r.sample);
			for (Role role : Role.values())
				if (result.has(role)) table.add(lane, role.key() + "_volume", result.volume(role, r.lane), "signal*px");
			table.add(lane, "lane_confidence", round(r.laneConfidence), "");
			if (!r.usable()) continue;
			table.add(lane, "ratio", r.ratio, "");
			table.add(lane, "normalized_ratio", r.normalizedRatio, "");
		}
		return table;
	}

	/** The normalised ratios of usable lanes, grouped for the statistics and the plot. */
	public static List<GroupedValue> groupValues(List<LaneRatio> ratios) {
		List<GroupedValue> values = new ArrayList<>();
		for (LaneRatio r : ratios)
			if (r.usable()) values.add(new GroupedValue(group(r.sample), replicate(r.sample), "lane " + r.lane,
				r.normalizedRatio));
		return values;
	}

	/** Confidences to two decimals: more would claim a precision they do not have. */
	private static double round(double confidence) {
		return Math.round(confidence * 100) / 100.0;
	}

	private static String join(String a, String b) {
		return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
	}

	private static String sample(SampleInfo info) {
		return info == null ? "" : info.sample();
	}

	private static String group(SampleInfo info) {
		return info == null ? "" : info.group();
	}

	private static String replicate(SampleInfo info) {
		return info == null ? "" : info.replicate();
	}
}
