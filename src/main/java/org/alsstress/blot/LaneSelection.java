package org.alsstress.blot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.alsstress.model.UserInputException;

/**
 * Turns an image's lane candidates into its lanes. Without a lane count, the accepted lanes. With
 * the user's count N, the N candidates best supported and most consistent in spacing: from the
 * accepted lanes, the rejected bumps, halves of lanes twice as wide as the others, a ladder counted
 * as a sample, and lanes placed beyond the outermost ones from the spacing, chosen together so that
 * the sum of their confidences, less a cost for spacing that is not a whole number of lane spacings
 * and for every slot left empty between chosen lanes, is highest.
 */
final class LaneSelection {
	/** Cost of a gap of half a spacing off the grid is GRID / 4; every empty slot between chosen lanes costs SLOT. */
	private static final double GRID = 2, SLOT = 0.5;
	/** Chosen lanes are at least this many spacings apart. */
	private static final double MIN_SPACING = 0.6;
	private static final double EVEN_SCORE = 0.1;
	private static final double EXTENSION_SCORE = 0.15, LADDER_SCORE = 0.1, HALF_SCORE = 0.35, SPLIT_SCORE = 0.3;
	/** Lanes run together must each hold a whole number of lanes to within this much on average. */
	private static final double MAX_MISFIT = 0.25;
	/** Between parts of lanes run together the evidence falls below this fraction of the parts'. */
	private static final double PART_DIP = 0.95;
	/** Without a lane count, empty slots between lanes are lanes only while they are at most this fraction of the lanes seen. */
	private static final double MAX_EMPTY = 0.25;

	private LaneSelection() {}

	static LaneLayout select(LaneCandidates c, int expected) {
		if (expected <= 0) return automatic(c);
		if (expected == c.samples.size()) return new LaneLayout(numbered(c.samples), c.ladders, leftOut(c, List.of()));
		double pitch = c.pitch > 0 ? c.pitch : 1.3 * c.medianWidth;
		List<Lane> pool = pool(c, expected, pitch);
		List<Lane> chosen = best(pool, expected, pitch);
		if (chosen == null) chosen = splitIntoTheCount(c, expected);
		List<Lane> ladders = new ArrayList<>();
		for (Lane ladder : c.ladders)
			if (!containsSpan(chosen, ladder)) ladders.add(ladder);
		List<Lane> dropped = new ArrayList<>();
		for (Lane lane : c.samples)
			if (!containsSpan(chosen, lane)) dropped.add(lane.withConfidence(lane.confidence, "left out to make lanes="
				+ expected + String.format(Locale.ROOT, " (confidence %.2f%s)", lane.confidence, lane.doubt.isEmpty() ? ""
					: "; " + lane.doubt)));
		return new LaneLayout(numbered(chosen), ladders, leftOut(c, dropped));
	}

	/**
	 * Without a lane count: the accepted lanes. A lane without signal between others (an empty
	 * lane of a series) is kept when such lanes are few; many empty slots are wells left empty, not
	 * lanes, and are left out (a lane count or sample sheet brings them back).
	 */
	private static LaneLayout automatic(LaneCandidates c) {
		int inferred = 0;
		for (Lane lane : c.samples)
			if (lane.inferred) inferred++;
		int seen = c.samples.size() - inferred;
		if (inferred <= Math.max(1, MAX_EMPTY * seen)) return new LaneLayout(numbered(c.samples), c.ladders, leftOut(c, List.of()));
		List<Lane> kept = new ArrayList<>(), dropped = new ArrayList<>();
		for (Lane lane : c.samples)
			if (lane.inferred) dropped.add(lane.withConfidence(lane.confidence, String.format(Locale.ROOT, "an empty slot between "
				+ "lanes (%d of them next to %d lanes with bands): taken for an empty well, not counted; give lanes or a sample "
				+ "sheet to count it", inferred, seen)));
			else kept.add(lane);
		return new LaneLayout(numbered(kept), c.ladders, leftOut(c, dropped));
	}

	private static boolean containsSpan(List<Lane> lanes, Lane lane) {
		for (Lane l : lanes)
			if (l.left == lane.left && l.right == lane.right) return true;
		return false;
	}

	private static List<Lane> numbered(List<Lane> lanes) {
		List<Lane> sorted = new ArrayList<>(lanes);
		sorted.sort((a, b) -> Double.compare(a.centre(), b.centre()));
		List<Lane> out = new ArrayList<>();
		for (Lane lane : sorted)
			out.add(lane.numbered(out.size() + 1));
		return out;
	}

	/** Rejected bumps worth naming (not the faintest specks), and the lanes the count left out. */
	private static List<Lane> leftOut(LaneCandidates c, List<Lane> dropped) {
		List<Lane> out = new ArrayList<>(dropped);
		for (Lane lane : c.rejected)
			if (lane.confidence >= 0.05) out.add(lane);
		out.sort((a, b) -> Double.compare(a.centre(), b.centre()));
		return out;
	}

	private static List<Lane> pool(LaneCandidates c, int expected, double pitch) {
		List<Lane> pool = new ArrayList<>(c.samples);
		for (Lane lane : c.rejected)
			if (c.outside.apply(lane) == null) pool.add(lane.withConfidence(Math.min(0.3, 0.5 * lane.confidence), lane.doubt));
		for (Lane ladder : c.ladders)
			pool.add(new Lane(0, ladder.left, ladder.right, false, false).withConfidence(LADDER_SCORE,
				"shows many more bands than the other lanes (a ladder or marker), counted as a sample lane to make lanes=" + expected));
		for (Lane lane : c.samples)
			if (!lane.inferred && lane.width() >= 1.4 * c.medianWidth) {
				int mid = (lane.left + lane.right) / 2;
				String why = "one half of a lane twice as wide as the others, split to make lanes=" + expected;
				pool.add(new Lane(0, lane.left, mid, false, false).withConfidence(HALF_SCORE, why));
				pool.add(new Lane(0, mid + 1, lane.right, false, false).withConfidence(HALF_SCORE, why));
			}
		List<Lane> all = new ArrayList<>(c.samples);
		all.addAll(c.ladders);
		if (!all.isEmpty()) {
			all.sort((a, b) -> Double.compare(a.centre(), b.centre()));
			int half = (int) Math.round(c.medianWidth / 2);
			for (int side = -1; side <= 1; side += 2) {
				double outer = (side < 0 ? all.get(0) : all.get(all.size() - 1)).centre();
				for (int k = 1; k <= expected; k++) {
					double centre = outer + side * k * pitch;
					if (centre - 0.2 * c.medianWidth < 0 || centre + 0.2 * c.medianWidth > c.width - 1) break;
					Lane lane = LaneCandidates.inferred(centre, half, c.width, "");
					if (c.outside.apply(lane) != null) break;
					double seen = c.evidenceIn(lane.left, lane.right);
					// a lane that is there but too faint to be found on its own still shows some evidence
					pool.add(lane.withConfidence(EXTENSION_SCORE / k + 0.5 * seen, (seen > 0.2 ? "faint" : "no signal of its own")
						+ ": placed beyond the outermost lane from the lane spacing to make lanes=" + expected));
				}
			}
		}
		pool.sort((a, b) -> Double.compare(a.centre(), b.centre()));
		return pool;
	}

	/** The N lanes of the pool with the best total score, left to right; null when N do not fit. */
	static List<Lane> best(List<Lane> pool, int n, double pitch) {
		int m = pool.size();
		if (m < n) return null;
		double[][] score = new double[n][m];
		int[][] from = new int[n][m];
		for (double[] row : score)
			Arrays.fill(row, Double.NEGATIVE_INFINITY);
		for (int i = 0; i < m; i++)
			score[0][i] = pool.get(i).confidence;
		for (int j = 1; j < n; j++)
			for (int i = 0; i < m; i++)
				for (int k = 0; k < i; k++) {
					if (score[j - 1][k] == Double.NEGATIVE_INFINITY) continue;
					double d = pool.get(i).centre() - pool.get(k).centre();
					if (d < MIN_SPACING * pitch || pool.get(k).right >= pool.get(i).left) continue;
					double s = score[j - 1][k] + pool.get(i).confidence - gapCost(d, pitch);
					if (s > score[j][i]) {
						score[j][i] = s;
						from[j][i] = k;
					}
				}
		int end = -1;
		for (int i = 0; i < m; i++)
			if (score[n - 1][i] > Double.NEGATIVE_INFINITY && (end < 0 || score[n - 1][i] > score[n - 1][end])) end = i;
		if (end < 0) return null;
		Lane[] chosen = new Lane[n];
		for (int j = n - 1, i = end; j >= 0; i = from[j][i], j--)
			chosen[j] = pool.get(i);
		return new ArrayList<>(Arrays.asList(chosen));
	}

	static double gapCost(double d, double pitch) {
		double slots = d / pitch, whole = Math.max(1, Math.round(slots));
		return GRID * (slots - whole) * (slots - whole) + SLOT * (whole - 1);
	}

	/**
	 * The count cannot be met from the lanes the image shows as separate: lanes without clear gaps
	 * between them (a group of lanes run together) are split into parts a spacing wide, the spacing
	 * being what the count makes of the lanes' total width. That is taken only when each lane seen
	 * holds close to a whole number of such parts; otherwise the count does not fit this image and the
	 * user is told which lanes were found, to check on the overlay.
	 */
	private static List<Lane> splitIntoTheCount(LaneCandidates c, int expected) {
		List<Lane> seen = new ArrayList<>(c.observed());
		seen.addAll(c.ladders);
		seen.sort((a, b) -> Double.compare(a.centre(), b.centre()));
		double total = 0;
		for (Lane lane : seen)
			total += lane.width();
		double part = total / expected, misfit = 0;
		int[] parts = new int[seen.size()];
		int sum = 0;
		for (int i = 0; i < parts.length; i++) {
			double k = seen.get(i).width() / part;
			parts[i] = (int) Math.max(1, Math.round(k));
			misfit += Math.abs(k - parts[i]);
			sum += parts[i];
		}
		// clear lanes each to be cut into more than two: the count does not fit this image
		if (part < 3 || expected > 2 * seen.size()) throw refusal(c, seen, expected, part);
		if (sum != expected || misfit > MAX_MISFIT * parts.length || !showsParts(c, seen, parts)) return evenly(c, seen, expected);
		List<Lane> out = new ArrayList<>();
		for (int i = 0; i < parts.length; i++) {
			Lane lane = seen.get(i);
			double step = (double) lane.width() / parts[i];
			for (int j = 0; j < parts[i]; j++) {
				int l = (int) Math.round(lane.left + j * step), r = (int) Math.round(lane.left + (j + 1) * step) - 1;
				String why = parts[i] == 1 ? lane.doubt : String.format(Locale.ROOT, "one of %d lanes run together without "
					+ "a gap (columns %d-%d), split evenly to make lanes=%d", parts[i], lane.left, lane.right, expected);
				out.add(new Lane(0, l, Math.max(l, r), false, false).withConfidence(parts[i] == 1 ? lane.confidence : SPLIT_SCORE, why));
			}
		}
		return out;
	}

	/**
	 * The last resort before refusing: the columns from the first lane seen to the last, divided into
	 * the count's lanes of equal width, each doubted and saying so (the user checks them on the
	 * overlay, or draws the lanes). Better than no results when the image can hold that many lanes.
	 */
	private static List<Lane> evenly(LaneCandidates c, List<Lane> seen, int expected) {
		int left = seen.get(0).left, right = seen.get(seen.size() - 1).right;
		double step = (right - left + 1.0) / expected;
		String why = String.format(Locale.ROOT, "the image shows %d lanes, not %d: columns %d-%d divided evenly into %d "
			+ "lanes to make lanes=%d; check them on the overlay, or draw the lanes as ROIs", seen.size(), expected, left, right,
			expected, expected);
		List<Lane> out = new ArrayList<>();
		for (int j = 0; j < expected; j++) {
			int l = (int) Math.round(left + j * step), r = (int) Math.round(left + (j + 1) * step) - 1;
			out.add(new Lane(0, l, Math.max(l, r), false, false).withConfidence(EVEN_SCORE, why));
		}
		return out;
	}

	/**
	 * True when the lanes to be split show it: at most of the boundaries between their parts the
	 * evidence profile dips below both neighbouring parts' middles (lanes run together still show a
	 * faint gap; a single flat-topped lane does not).
	 */
	private static boolean showsParts(LaneCandidates c, List<Lane> seen, int[] parts) {
		double[] p = c.evidence.profile;
		int boundaries = 0, dips = 0;
		for (int i = 0; i < parts.length; i++) {
			Lane lane = seen.get(i);
			double step = (double) lane.width() / parts[i];
			for (int j = 1; j < parts[i]; j++) {
				int b = (int) Math.round(lane.left + j * step);
				int before = (int) Math.round(lane.left + (j - 0.5) * step), after = (int) Math.round(lane.left + (j + 0.5) * step);
				double low = Double.POSITIVE_INFINITY;
				for (int x = Math.max(0, b - (int) (step / 4)); x <= Math.min(p.length - 1, b + (int) (step / 4)); x++)
					low = Math.min(low, p[x]);
				boundaries++;
				if (low < PART_DIP * Math.min(p[before], p[after])) dips++;
			}
		}
		return boundaries == 0 || dips >= 0.6 * boundaries;
	}

	private static UserInputException refusal(LaneCandidates c, List<Lane> seen, int expected, double part) {
		int left = c.width, right = -1;
		for (Lane lane : seen) {
			left = Math.min(left, lane.left);
			right = Math.max(right, lane.right);
		}
		return new UserInputException(String.format(Locale.ROOT, "lanes=%d, but '%s' shows %d lanes%s across columns %d-%d "
			+ "(of %d), %.0f px apart: %d lanes do not fit beside them%s, and the lanes seen are not groups of lanes run "
			+ "together. Check the lane count (and the sample sheet) against the image, or draw the lanes as ROIs.",
			expected, c.imageName, c.observed().size(), c.ladders.isEmpty() ? "" : " and " + c.ladders.size() + " ladder",
			left, right, c.width, c.pitch, expected, part < 3 ? String.format(Locale.ROOT, " (they would be %.1f px wide)", part)
				: " inside the image"));
	}
}
