package org.alsstress.blot;

import java.util.ArrayList;
import java.util.List;

import org.alsstress.model.UserInputException;

/**
 * Finds the lanes of one image from its bands: band rows and their blobs first
 * ({@link LaneEvidence}), then lanes at the bumps of the rows' summed column profile, checked
 * against the lane spacing (two lanes merged into one are split, lanes without signal between
 * others are placed from the spacing), a lane with many more bands than the others recognised as a
 * ladder or marker, and a confidence for every lane. The user's lane count, when given, picks the
 * lanes best supported and most consistent in spacing ({@link LaneSelection}).
 */
public final class LaneFinder {
	private LaneFinder() {}

	/**
	 * @param expected sample lanes the user says there are, or 0 to accept what is found
	 */
	public static LaneLayout find(SignalImage img, int expected) {
		return candidates(img).layout(expected);
	}

	/** Every lane the image suggests, with its confidence: the input of the selection. */
	static LaneCandidates candidates(SignalImage img) {
		LaneCandidates c = LaneCandidates.of(img);
		if (c.observed().isEmpty()) throw new UserInputException("No lanes found in '" + img.name
			+ "': the image shows no bands. Check that it is the right image, or draw the lanes as ROIs.");
		return c;
	}

	/** The column profile of lane evidence of an image (bands' rows against their flanks). */
	static double[] columnProfile(SignalImage img) {
		return LaneEvidence.of(img).profile;
	}

	static double pitch(List<Lane> lanes) {
		if (lanes.size() < 2) return Double.NaN;
		List<Lane> sorted = new ArrayList<>(lanes);
		sorted.sort((a, b) -> Double.compare(a.centre(), b.centre()));
		double[] d = new double[sorted.size() - 1];
		for (int i = 1; i < sorted.size(); i++)
			d[i - 1] = sorted.get(i).centre() - sorted.get(i - 1).centre();
		return Profiles.median(d);
	}
}
