package org.alsstress.blot;

import java.util.ArrayList;
import java.util.List;

import org.alsstress.model.DataTable;
import org.alsstress.model.SampleInfo;
import org.alsstress.model.SampleSheet;

/** The linear-range check of every image of a blot whose sample sheet gives loaded amounts. */
public final class LinearRanges {
	private LinearRanges() {}

	/** True when the sheet gives amount_ug for at least three lanes. */
	public static boolean applies(SampleSheet sheet) {
		int n = 0;
		for (int lane : sheet.lanes())
			if (sheet.forLane(lane).get().hasAmount()) n++;
		return n >= 3;
	}

	public static List<LinearRange> fit(BlotResult result, SampleSheet sheet) {
		List<LinearRange> ranges = new ArrayList<>();
		for (Role role : Role.values()) {
			if (!result.has(role)) continue;
			List<double[]> points = new ArrayList<>();
			for (int lane = 1; lane <= result.laneCount(); lane++) {
				SampleInfo info = sheet.forLane(lane).orElse(null);
				Band band = result.band(role, lane);
				if (info != null && info.hasAmount() && band.found)
					points.add(new double[] {lane, info.amountUg(), band.volume(result.method)});
			}
			if (points.size() >= 3) ranges.add(LinearRange.fit(role, points));
		}
		return ranges;
	}

	/** linearity.csv: one row per image. */
	public static DataTable table(BlotResult result, SampleSheet sheet) {
		DataTable table = new DataTable("role", "lanes", "r_squared_all", "slope", "intercept", "r_squared_linear",
			"linear_up_to_ug", "lanes_outside");
		for (LinearRange r : fit(result, sheet)) {
			StringBuilder outside = new StringBuilder();
			for (int lane : r.lanesOutside)
				outside.append(outside.length() == 0 ? "" : " ").append(lane);
			table.addRow(r.role.key(), r.lanes, r.rSquaredAll, r.slope, r.intercept, r.rSquared, r.linearUpToUg,
				outside.toString());
		}
		return table;
	}
}
