package org.alsstress.blot;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.alsstress.model.SampleInfo;
import org.alsstress.model.SampleSheet;
import org.alsstress.model.UserInputException;

/** Turns a quantified blot and its sample sheet into per-lane ratios normalised to the control group. */
public final class LaneRatios {
	private LaneRatios() {}

	/**
	 * @param controlGroup the group normalised to 1; empty for the first group of the sheet (or all
	 *          lanes without a sheet)
	 */
	public static List<LaneRatio> compute(BlotResult result, SampleSheet sheet, String controlGroup) {
		int lanes = result.laneCount();
		requireMatchingSheet(sheet, lanes);
		String control = controlGroup(sheet, controlGroup);
		List<double[]> volumes = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		double controlSum = 0;
		int controlCount = 0;
		for (int lane = 1; lane <= lanes; lane++) {
			double[] v = {result.volume(Role.TARGET, lane), result.volume(Role.REFERENCE, lane), result.volume(Role.LOADING, lane)};
			String note = note(result, lane);
			volumes.add(v);
			notes.add(note);
			SampleInfo info = sheet.forLane(lane).orElse(null);
			String group = info == null ? "" : info.group();
			if (note.isEmpty() && group.equals(control)) {
				controlSum += v[0] / v[1];
				controlCount++;
			}
		}
		double controlMean = controlCount == 0 ? Double.NaN : controlSum / controlCount;
		List<LaneRatio> out = new ArrayList<>();
		for (int lane = 1; lane <= lanes; lane++) {
			double[] v = volumes.get(lane - 1);
			out.add(new LaneRatio(lane, sheet.forLane(lane).orElse(null), v[0], v[1], v[2], v[0] / v[1] / controlMean,
				saturated(result, lane), notes.get(lane - 1), result.band(Role.TARGET, lane).lane));
		}
		return out;
	}

	private static String note(BlotResult result, int lane) {
		List<String> problems = new ArrayList<>();
		for (Role role : Role.values()) {
			if (!result.has(role)) continue;
			Band band = result.band(role, lane);
			if (!band.found) problems.add("no " + role.key() + " band");
			else if (band.saturated) problems.add(role.key() + " band saturated");
		}
		if (!problems.isEmpty()) return String.join("; ", problems);
		if (!(result.volume(Role.TARGET, lane) > 0) || !(result.volume(Role.REFERENCE, lane) > 0))
			return "band volume not above background";
		return "";
	}

	private static boolean saturated(BlotResult result, int lane) {
		for (Role role : Role.values())
			if (result.has(role) && result.band(role, lane).saturated) return true;
		return false;
	}

	private static void requireMatchingSheet(SampleSheet sheet, int lanes) {
		if (sheet.size() == 0) return;
		if (!sheet.hasLanes()) throw new UserInputException("The sample sheet " + sheet.source()
			+ " has no 'lane' column: a blot needs one row per lane (lane, sample, group).");
		Set<Integer> expected = new TreeSet<>();
		for (int lane = 1; lane <= lanes; lane++)
			expected.add(lane);
		if (!new TreeSet<>(sheet.lanes()).equals(expected)) throw new UserInputException("The sample sheet "
			+ sheet.source() + " names lanes " + sheet.lanes() + " but the blot has " + lanes + " sample lanes (1-"
			+ lanes + ", ladder not counted). Fix the sheet, or set lanes / draw the lanes so that they match.");
	}

	/** The control group: as given (must exist in the sheet), else the sheet's first group. */
	public static String controlGroup(SampleSheet sheet, String requested) {
		List<String> groups = new ArrayList<>();
		for (int lane : sheet.lanes()) {
			String g = sheet.forLane(lane).get().group();
			if (!groups.contains(g)) groups.add(g);
		}
		if (requested != null && !requested.trim().isEmpty()) {
			if (!groups.contains(requested.trim())) throw new UserInputException("The control group '" + requested
				+ "' is not in the sample sheet; its groups are " + groups + ". Set control_group to one of them.");
			return requested.trim();
		}
		return groups.isEmpty() ? "" : groups.get(0);
	}
}
