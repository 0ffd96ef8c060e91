package org.alsstress.blot;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.alsstress.model.UserInputException;

/**
 * Gives every image of a triple the same lanes. Lanes come from the image that shows most of
 * them (a weak pTBK1 lane may be invisible); the other images get them shifted by their offset,
 * found by correlating column profiles, and must not show lanes that the layout lacks.
 */
public final class LaneMatcher {
	private static final Role[] PREFERENCE = {Role.REFERENCE, Role.LOADING, Role.TARGET};

	private LaneMatcher() {}

	/**
	 * @param expected sample lanes the user says there are, 0 for automatic
	 * @param userLanes lanes drawn by the user on the target image, or null
	 */
	public static Map<Role, LaneLayout> match(Map<Role, SignalImage> images, int expected, LaneLayout userLanes) {
		Map<Role, LaneLayout> found = new EnumMap<>(Role.class);
		Role primary = null;
		if (userLanes != null) primary = images.containsKey(Role.TARGET) ? Role.TARGET : images.keySet().iterator().next();
		else {
			for (Role role : PREFERENCE) {
				if (!images.containsKey(role)) continue;
				found.put(role, LaneFinder.find(images.get(role), 0));
				if (primary == null || found.get(role).count() > found.get(primary).count()) primary = role;
			}
		}
		SignalImage main = images.get(primary);
		LaneLayout layout = userLanes != null ? userLanes
			: expected > 0 ? LaneFinder.find(main, expected) : found.get(primary);
		double pitch = pitch(layout, main.width);
		double[] mainProfile = LaneFinder.columnProfile(main);
		Map<Role, LaneLayout> matched = new EnumMap<>(Role.class);
		for (Role role : images.keySet()) {
			SignalImage img = images.get(role);
			int dx = role == primary ? 0 : offset(mainProfile, LaneFinder.columnProfile(img), (int) Math.round(0.45 * pitch));
			requireInside(layout, dx, img, main);
			LaneLayout shifted = layout.shifted(dx, img.width);
			if (found.containsKey(role) && role != primary) requireCompatible(found.get(role), shifted, pitch, img, main);
			matched.put(role, shifted);
		}
		return matched;
	}

	private static double pitch(LaneLayout layout, int width) {
		List<Lane> all = new ArrayList<>(layout.samples());
		all.addAll(layout.ladders());
		all.sort((a, b) -> Double.compare(a.centre(), b.centre()));
		double p = LaneFinder.pitch(all);
		return p > 0 ? p : width / 2.0;
	}

	/** The shift (pixels) that best aligns the other profile onto the main one. */
	static int offset(double[] main, double[] other, int maxShift) {
		double meanMain = mean(main), meanOther = mean(other);
		int best = 0;
		double bestScore = Double.NEGATIVE_INFINITY;
		for (int d = -maxShift; d <= maxShift; d++) {
			double sum = 0;
			int n = 0;
			for (int x = Math.max(0, -d); x < main.length && x + d < other.length; x++) {
				sum += (main[x] - meanMain) * (other[x + d] - meanOther);
				n++;
			}
			double score = n == 0 ? Double.NEGATIVE_INFINITY : sum / n;
			if (score > bestScore) {
				bestScore = score;
				best = d;
			}
		}
		return best;
	}

	private static double mean(double[] v) {
		double s = 0;
		for (double x : v)
			s += x;
		return s / v.length;
	}

	private static void requireInside(LaneLayout layout, int dx, SignalImage img, SignalImage main) {
		for (Lane lane : layout.samples()) {
			int visible = Math.min(img.width - 1, lane.right + dx) - Math.max(0, lane.left + dx) + 1;
			if (visible < 0.7 * lane.width()) throw new UserInputException("Lane " + lane.number + " of '" + main.name
				+ "' lies outside '" + img.name + "' (" + img.width + "x" + img.height + " vs " + main.width + "x"
				+ main.height + "): the images cannot be matched. Crop all images of the blot to the same lanes.");
		}
	}

	private static void requireCompatible(LaneLayout own, LaneLayout shifted, double pitch, SignalImage img, SignalImage main) {
		if (own.count() > shifted.count()) throw new UserInputException("'" + img.name + "' shows " + own.count()
			+ " lanes but '" + main.name + "' shows " + shifted.count() + ": the images do not have the same lanes. "
			+ "Crop them to the same lanes, or draw the lanes as ROIs.");
		for (Lane lane : own.samples()) {
			if (lane.inferred) continue;
			double nearest = Double.POSITIVE_INFINITY;
			for (Lane other : shifted.samples())
				nearest = Math.min(nearest, Math.abs(other.centre() - lane.centre()));
			if (nearest > 0.35 * pitch) throw new UserInputException("Lane at x=" + Math.round(lane.centre())
				+ " in '" + img.name + "' has no counterpart in '" + main.name + "': the lanes of the images "
				+ "do not match. Check that the images show the same blot, or draw the lanes as ROIs.");
		}
	}
}
