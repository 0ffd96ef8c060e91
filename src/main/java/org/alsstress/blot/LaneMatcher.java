package org.alsstress.blot;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alsstress.model.UserInputException;

/**
 * Gives every image of a triple the same lanes. The lanes are found on the image that shows them
 * most clearly (a weak pTBK1 lane may be invisible), with the other images' lanes as supporting
 * evidence; every other image is registered onto it and gets the same lanes moved by its
 * registration. Different membranes differ in background and exposure, not in lane geometry.
 */
public final class LaneMatcher {
	private static final Role[] PREFERENCE = {Role.TARGET, Role.REFERENCE, Role.LOADING};
	/** A lane must keep this fraction of its columns inside every image. */
	private static final double MIN_VISIBLE = 0.5;
	/** A lane no other image confirms counts this fraction towards its image's clarity. */
	private static final double UNCONFIRMED = 0.3;

	private LaneMatcher() {}

	/**
	 * @param expected sample lanes the user says there are, 0 for automatic
	 * @param userLanes lanes drawn by the user on the target image, or null
	 */
	public static Map<Role, LaneLayout> match(Map<Role, SignalImage> images, int expected, LaneLayout userLanes) {
		Map<Role, LaneCandidates> found = new EnumMap<>(Role.class);
		for (Role role : PREFERENCE)
			if (images.containsKey(role)) {
				LaneCandidates c = userLanes == null ? LaneFinder.candidates(images.get(role)) : quietly(images.get(role));
				if (c != null) found.put(role, c);
			}
		Role primary = userLanes != null ? (images.containsKey(Role.TARGET) ? Role.TARGET : images.keySet().iterator().next())
			: clearest(found, images);
		SignalImage main = images.get(primary);
		Map<Role, Registration> registrations = new EnumMap<>(Role.class);
		for (Role role : images.keySet())
			registrations.put(role, role == primary ? Registration.identity()
				: found.containsKey(primary) && found.containsKey(role) ? userLanes != null
					? LaneRegistration.estimate(found.get(primary), userLanes, found.get(role), images.get(role).height)
					: LaneRegistration.estimate(found.get(primary), found.get(role), images.get(role).height)
				: LaneRegistration.byProfiles(main, images.get(role)));
		LaneLayout layout = userLanes != null ? userLanes
			: withSupport(found, primary, registrations).inside(lane -> outside(lane, registrations, images, primary)).layout(expected);
		Map<Role, LaneLayout> matched = new EnumMap<>(Role.class);
		for (Role role : images.keySet()) {
			SignalImage img = images.get(role);
			requireInside(layout, registrations.get(role), img, main);
			matched.put(role, role == primary ? layout : layout.registered(registrations.get(role), img.width, img.height));
		}
		return matched;
	}

	/** Lane candidates of an image that may show none (its lanes were drawn by the user): null then. */
	private static LaneCandidates quietly(SignalImage img) {
		try {
			return LaneFinder.candidates(img);
		}
		catch (UserInputException e) {
			return null;
		}
	}

	/**
	 * The image whose lanes are clearest and best confirmed by the other images: each lane's
	 * confidence, counted in full as far as the other images, registered onto it, show the lane too,
	 * and at UNCONFIRMED where none does. Ties go to the target, then the reference.
	 */
	private static Role clearest(Map<Role, LaneCandidates> found, Map<Role, SignalImage> images) {
		Role best = null;
		double bestScore = 0;
		for (Role role : PREFERENCE) {
			if (!found.containsKey(role)) continue;
			LaneCandidates c = found.get(role);
			double pitch = c.pitch > 0 ? c.pitch : 1.3 * c.medianWidth, score = 0;
			Map<Role, Registration> onto = new EnumMap<>(Role.class);
			for (Role other : found.keySet())
				if (other != role) onto.put(other, LaneRegistration.estimate(c, found.get(other), images.get(other).height));
			for (Lane lane : c.observed()) {
				int seen = 0;
				for (Map.Entry<Role, Registration> e : onto.entrySet()) {
					Lane there = nearest(found.get(e.getKey()).observed(), e.getValue().map(lane.centre(), e.getValue().pivotRow));
					if (there != null && Math.abs(there.centre() - e.getValue().map(lane.centre(), e.getValue().pivotRow)) < 0.35 * pitch) seen++;
				}
				score += lane.confidence * (onto.isEmpty() ? 1 : UNCONFIRMED + (1 - UNCONFIRMED) * seen / onto.size());
			}
			if (best == null || score > 1.05 * bestScore) {
				best = role;
				bestScore = score;
			}
		}
		return best;
	}

	/**
	 * The primary image's candidates with the other images' word on each lane: a lane another image
	 * also shows is as confident as the clearest showing of it; a lane no other image shows (when they
	 * show lanes) is doubted.
	 */
	private static LaneCandidates withSupport(Map<Role, LaneCandidates> found, Role primary, Map<Role, Registration> registrations) {
		LaneCandidates main = found.get(primary);
		double pitch = main.pitch > 0 ? main.pitch : 1.3 * main.medianWidth;
		List<Lane> out = new ArrayList<>();
		for (Lane lane : main.samples) {
			if (lane.inferred) {
				out.add(lane);
				continue;
			}
			double best = 0;
			List<String> silent = new ArrayList<>();
			int others = 0;
			for (Map.Entry<Role, LaneCandidates> e : found.entrySet()) {
				if (e.getKey() == primary || e.getValue().observed().isEmpty()) continue;
				others++;
				double x = registrations.get(e.getKey()).map(lane.centre(), registrations.get(e.getKey()).pivotRow);
				Lane seen = nearest(e.getValue().observed(), x);
				if (seen != null && Math.abs(seen.centre() - x) < 0.35 * pitch) best = Math.max(best, seen.confidence);
				else silent.add(e.getValue().imageName);
			}
			if (best > lane.confidence) out.add(lane.withConfidence(best, ""));
			else if (others > 0 && silent.size() == others) out.add(lane.withConfidence(0.6 * lane.confidence,
				join(lane.doubt, "not seen in " + String.join(" or ", quoted(silent)))));
			else out.add(lane);
		}
		return main.withSamples(out);
	}

	private static Lane nearest(List<Lane> lanes, double x) {
		Lane best = null;
		for (Lane lane : lanes)
			if (best == null || Math.abs(lane.centre() - x) < Math.abs(best.centre() - x)) best = lane;
		return best;
	}

	private static List<String> quoted(List<String> names) {
		List<String> out = new ArrayList<>();
		for (String n : names)
			out.add("'" + n + "'");
		return out;
	}

	private static String join(String a, String b) {
		return a.isEmpty() ? b : a + "; " + b;
	}

	/** Which image a lane of the primary image falls outside of once registered (and where), or null. */
	private static String outside(Lane lane, Map<Role, Registration> registrations, Map<Role, SignalImage> images, Role primary) {
		SignalImage main = images.get(primary);
		for (Role role : images.keySet()) {
			if (role == primary) continue;
			Registration r = registrations.get(role);
			SignalImage img = images.get(role);
			if (r.visibleColumns(lane, img.height / 2.0, img.width) < MIN_VISIBLE * lane.width()) return String.format(Locale.ROOT,
				"columns %d-%d of '%s' would lie at columns %.0f to %.0f of '%s', which is %d px wide (registered with %s): "
					+ "not a lane both images hold", lane.left, lane.right, main.name, r.map(lane.left, img.height / 2.0), r.map(
						lane.right + 1, img.height / 2.0) - 1, img.name, img.width, r);
		}
		return null;
	}

	private static void requireInside(LaneLayout layout, Registration r, SignalImage img, SignalImage main) {
		List<Integer> outside = new ArrayList<>();
		Lane first = null;
		for (Lane lane : layout.samples())
			if (r.visibleColumns(lane, img.height / 2.0, img.width) < MIN_VISIBLE * lane.width()) {
				outside.add(lane.number);
				if (first == null) first = lane;
			}
		if (outside.isEmpty()) return;
		double left = r.map(first.left, img.height / 2.0), right = r.map(first.right + 1, img.height / 2.0) - 1;
		throw new UserInputException(String.format(Locale.ROOT, "Lane%s %s of '%s' (lane %d: columns %d-%d) would lie at "
			+ "columns %.0f to %.0f of '%s', which is %d px wide: more than half of %s outside it. '%s' was registered "
			+ "onto '%s' with %s. The images do not show the same lanes: crop them to the same lanes, or draw the lanes "
			+ "as ROIs.", outside.size() > 1 ? "s" : "", outside, main.name, first.number, first.left, first.right, left,
			right, img.name, img.width, outside.size() > 1 ? "them lies" : "it lies", img.name, main.name, r));
	}
}
