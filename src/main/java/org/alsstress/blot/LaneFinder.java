package org.alsstress.blot;

import ij.plugin.filter.MaximumFinder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.alsstress.model.UserInputException;

/**
 * Finds lanes from the column profile of the background-flattened image: lanes are the bumps of
 * the profile, bounded where it falls back towards the gap between lanes. Copes with unequal
 * spacing and width, places empty lanes from the spacing of their neighbours, and recognises a
 * ladder as a lane with many more bands than the others.
 */
public final class LaneFinder {
	private static final int EDGE_INCLUDED = 0;
	/** A lane ends where its column profile has fallen to this fraction of its height above the gap. */
	private static final double EDGE_FRACTION = 0.15;
	/** Two humps are one lane when the dip between them keeps this fraction of the lower hump's height. */
	private static final double DIP_FRACTION = 0.25;
	private static final int MIN_LADDER_BANDS = 5;

	private LaneFinder() {}

	/**
	 * @param expected sample lanes the user says there are, or 0 to accept what is found
	 */
	public static LaneLayout find(SignalImage img, int expected) {
		float[] residual = img.flattened();
		List<Lane> lanes = lanesFrom(columnProfile(residual, img), profileNoise(residual, img));
		if (lanes.isEmpty()) throw new UserInputException("No lanes found in '" + img.name
			+ "': the image shows no bands. Check that it is the right image, or draw the lanes as ROIs.");
		lanes = withEmptyLanes(lanes, img.width);
		List<Lane> ladders = new ArrayList<>(), samples = new ArrayList<>();
		boolean[] ladder = ladderLanes(residual, img, lanes);
		for (int i = 0; i < lanes.size(); i++)
			if (ladder[i]) ladders.add(lanes.get(i).asLadder());
			else samples.add(lanes.get(i).numbered(samples.size() + 1));
		if (expected > 0 && samples.size() < expected) samples = extendAtEdges(samples, ladders, expected, img.width);
		if (expected > 0 && samples.size() != expected) throw new UserInputException("Found " + samples.size()
			+ " sample lanes in '" + img.name + "' but lanes=" + expected + ". Set lanes=0 to accept the "
			+ "automatic lanes, or draw the lanes as rectangle ROIs.");
		return new LaneLayout(samples, ladders);
	}

	/** The column profile used for lane finding (mean over rows of the flattened image). */
	static double[] columnProfile(SignalImage img) {
		return columnProfile(img.flattened(), img);
	}

	private static double[] columnProfile(float[] residual, SignalImage img) {
		return Profiles.smooth(Profiles.columnMeans(residual, img.width, img.height, 0, img.height - 1), 1.0);
	}

	/** Noise of the unsmoothed column profile. */
	private static double profileNoise(float[] residual, SignalImage img) {
		return Profiles.noise(Profiles.columnMeans(residual, img.width, img.height, 0, img.height - 1));
	}

	/** A bump of the column profile: a lane candidate, with the profile's valleys on either side. */
	private static final class Bump {
		final int peak, left, right, leftValley, rightValley;
		final double prominence;

		private Bump(double[] p, int peak, int left, int right, int leftValley, int rightValley) {
			this.peak = peak;
			this.left = left;
			this.right = right;
			this.leftValley = leftValley;
			this.rightValley = rightValley;
			double base = Math.max(leftValley == peak ? Double.NEGATIVE_INFINITY : p[leftValley],
				rightValley == peak ? Double.NEGATIVE_INFINITY : p[rightValley]);
			this.prominence = p[peak] - base;
		}

		static Bump at(double[] p, int peak, int leftValley, int rightValley) {
			return new Bump(p, peak, edge(p, peak, -1, leftValley), edge(p, peak, +1, rightValley), leftValley, rightValley);
		}

		int width() {
			return right - left + 1;
		}

		/**
		 * Lanes that are darker at their sides (common on real gels) show two humps; the dip between
		 * them stays far above the gap between lanes.
		 */
		boolean sameLaneAs(Bump next, double[] p, double gap) {
			double lower = Math.min(p[peak], p[next.peak]) - gap;
			return p[rightValley] - gap > DIP_FRACTION * lower;
		}

		Bump mergedWith(Bump next, double[] p) {
			int top = p[next.peak] > p[peak] ? next.peak : peak;
			return new Bump(p, top, left, next.right, leftValley, next.rightValley);
		}
	}

	private static List<Lane> lanesFrom(double[] p, double noise) {
		List<Bump> bumps = bumps(p, noise);
		if (bumps.isEmpty()) return new ArrayList<>();
		double[] widths = new double[bumps.size()], prominences = new double[bumps.size()];
		for (int i = 0; i < bumps.size(); i++) {
			widths[i] = bumps.get(i).width();
			prominences[i] = bumps.get(i).prominence;
		}
		double medianWidth = Profiles.median(widths), medianProminence = Profiles.median(prominences);
		List<Lane> lanes = new ArrayList<>();
		for (Bump b : bumps) {
			boolean atBorder = b.peak <= 2 || b.peak >= p.length - 3;
			double minWidth = atBorder ? 0.5 : 0.3, minProminence = atBorder ? 0.5 : 0.1;
			if (b.width() < minWidth * medianWidth || b.prominence < minProminence * medianProminence) continue;
			lanes.add(new Lane(0, b.left, b.right, false, false));
		}
		return splitMerged(lanes, p.length);
	}

	private static List<Bump> bumps(double[] p, double noise) {
		double[] sorted = p.clone();
		Arrays.sort(sorted);
		double gap = sorted[(int) (0.1 * (sorted.length - 1))];
		double range = sorted[sorted.length - 1] - gap;
		double tolerance = Math.max(6 * noise, 0.1 * range);
		int[] maxima = MaximumFinder.findMaxima(p, tolerance, EDGE_INCLUDED);
		Arrays.sort(maxima);
		List<Bump> bumps = new ArrayList<>();
		for (int k = 0; k < maxima.length; k++) {
			int peak = maxima[k];
			int leftValley = k == 0 ? 0 : Profiles.argMin(p, maxima[k - 1], peak);
			int rightValley = k == maxima.length - 1 ? p.length - 1 : Profiles.argMin(p, peak, maxima[k + 1]);
			Bump bump = Bump.at(p, peak, leftValley, rightValley);
			Bump previous = bumps.isEmpty() ? null : bumps.get(bumps.size() - 1);
			if (previous != null && previous.sameLaneAs(bump, p, gap)) bumps.set(bumps.size() - 1, previous.mergedWith(bump, p));
			else bumps.add(bump);
		}
		return bumps;
	}

	/**
	 * Two lanes without a gap between them look like one bump twice as wide: split it. An outermost
	 * lane that runs into the image border has no gap beyond it either: a background rising towards
	 * the border widens it, so it is cut to the usual width from its inner edge instead.
	 */
	private static List<Lane> splitMerged(List<Lane> lanes, int width) {
		double medianWidth = new LaneLayout(lanes, List.of()).medianWidth();
		double pitch = pitch(lanes);
		if (!(pitch > 0)) return lanes;
		List<Lane> out = new ArrayList<>();
		int usual = (int) Math.round(medianWidth);
		for (Lane lane : lanes) {
			boolean wide = lane.width() > 1.6 * medianWidth, wideAtBorder = lane.width() > 1.25 * medianWidth;
			if (wideAtBorder && lane.right == width - 1 && lane != lanes.get(0)) {
				out.add(new Lane(0, lane.left, lane.left + usual - 1, false, false));
				continue;
			}
			if (wideAtBorder && lane.left == 0 && lane != lanes.get(lanes.size() - 1)) {
				out.add(new Lane(0, lane.right - usual + 1, lane.right, false, false));
				continue;
			}
			int parts = lane.width() > 1.6 * medianWidth ? (int) Math.max(2, Math.round(lane.width() / pitch)) : 1;
			double step = (double) lane.width() / parts;
			for (int i = 0; i < parts; i++) {
				int left = (int) Math.round(lane.left + i * step);
				int right = (int) Math.round(lane.left + (i + 1) * step) - 1;
				out.add(new Lane(0, left, parts == 1 ? lane.right : right, false, false));
			}
		}
		return out;
	}


	private static int edge(double[] p, int peak, int direction, int limit) {
		double threshold = p[limit] + EDGE_FRACTION * (p[peak] - p[limit]);
		int i = peak;
		while (i != limit && p[i + direction] > threshold)
			i += direction;
		return i;
	}

	static double pitch(List<Lane> lanes) {
		if (lanes.size() < 2) return Double.NaN;
		double[] d = new double[lanes.size() - 1];
		for (int i = 1; i < lanes.size(); i++)
			d[i - 1] = lanes.get(i).centre() - lanes.get(i - 1).centre();
		return Profiles.median(d);
	}

	/** Gaps of about two or more lane spacings hold lanes without signal. */
	private static List<Lane> withEmptyLanes(List<Lane> lanes, int imageWidth) {
		double pitch = pitch(lanes);
		if (!(pitch > 0)) return lanes;
		int halfWidth = (int) Math.round(new LaneLayout(lanes, List.of()).medianWidth() / 2);
		List<Lane> out = new ArrayList<>();
		for (int i = 0; i < lanes.size(); i++) {
			if (i > 0) {
				double a = lanes.get(i - 1).centre(), b = lanes.get(i).centre();
				int missing = (int) Math.round((b - a) / pitch) - 1;
				for (int m = 1; m <= missing; m++)
					out.add(inferredLane(a + (b - a) * m / (missing + 1), halfWidth, imageWidth));
			}
			out.add(lanes.get(i));
		}
		return out;
	}

	private static Lane inferredLane(double centre, int halfWidth, int imageWidth) {
		int c = (int) Math.round(centre);
		return new Lane(0, Math.max(0, c - halfWidth), Math.min(imageWidth - 1, c + halfWidth), false, true);
	}

	/** When the user says there are more lanes, the missing ones sit beyond the outermost found lanes. */
	private static List<Lane> extendAtEdges(List<Lane> samples, List<Lane> ladders, int expected, int imageWidth) {
		List<Lane> all = new ArrayList<>(samples);
		all.addAll(ladders);
		all.sort((a, b) -> Double.compare(a.centre(), b.centre()));
		double pitch = pitch(all);
		if (!(pitch > 0)) return samples;
		int halfWidth = (int) Math.round(new LaneLayout(samples, List.of()).medianWidth() / 2);
		List<Lane> out = new ArrayList<>(samples);
		while (out.size() < expected) {
			double leftRoom = all.get(0).centre(), rightRoom = imageWidth - 1 - all.get(all.size() - 1).centre();
			boolean right = rightRoom >= leftRoom;
			double room = right ? rightRoom : leftRoom;
			if (room < 0.6 * pitch) break;
			double centre = right ? all.get(all.size() - 1).centre() + pitch : all.get(0).centre() - pitch;
			Lane lane = inferredLane(centre, halfWidth, imageWidth);
			if (right) all.add(lane);
			else all.add(0, lane);
			out.add(lane);
		}
		out.sort((a, b) -> Double.compare(a.centre(), b.centre()));
		List<Lane> numbered = new ArrayList<>();
		for (Lane lane : out)
			numbered.add(lane.numbered(numbered.size() + 1));
		return numbered;
	}

	/** A ladder shows many separate bands where sample lanes show one or two. */
	private static boolean[] ladderLanes(float[] residual, SignalImage img, List<Lane> lanes) {
		int[] bands = new int[lanes.size()];
		for (int i = 0; i < lanes.size(); i++) {
			Lane lane = lanes.get(i);
			bands[i] = lane.inferred ? 0 : BandFinder.countBands(residual, img.width, img.height, lane);
		}
		int[] sorted = bands.clone();
		Arrays.sort(sorted);
		int typical = sorted[sorted.length / 2];
		boolean[] ladder = new boolean[lanes.size()];
		for (int i = 0; i < lanes.size(); i++)
			ladder[i] = lanes.size() > 2 && bands[i] >= Math.max(MIN_LADDER_BANDS, 2 * typical + 1);
		return ladder;
	}
}
