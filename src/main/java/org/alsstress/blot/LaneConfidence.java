package org.alsstress.blot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well the image supports each lane, from 0 to 1: its signal against the typical lane's and
 * the noise, its width against the typical width, and its distance to its neighbours against the
 * lane spacing. A lane placed from the spacing alone (no signal of its own) keeps the low fixed
 * confidence it was given. The doubt names every reason that lowered the confidence.
 */
final class LaneConfidence {
	/** Lanes with at least this fraction of the typical lane's signal are fully supported by it. */
	private static final double FULL_SIGNAL = 0.4;
	/** Signal-to-noise of the lane's bump at which the noise stops mattering. */
	private static final double FULL_SNR = 12;

	private LaneConfidence() {}

	/**
	 * @param samples the sample lanes to rate, left to right
	 * @param all every lane found (ladders included), for the neighbours
	 */
	static List<Lane> assess(List<Lane> samples, List<Lane> all, double[] profile, double noise, double pitch,
		double medianWidth, double medianProminence)
	{
		List<Lane> neighbours = new ArrayList<>(all);
		neighbours.sort((a, b) -> Double.compare(a.centre(), b.centre()));
		List<Lane> out = new ArrayList<>();
		for (Lane lane : samples) {
			if (lane.inferred) {
				out.add(lane);
				continue;
			}
			List<String> doubts = new ArrayList<>();
			double prominence = prominence(profile, lane, neighbours);
			double signal = Math.min(1, prominence / (FULL_SIGNAL * medianProminence));
			if (signal < 0.9) doubts.add("faint (" + LaneCandidates.percent(prominence / medianProminence) + " of a typical lane's signal)");
			double snr = Math.min(1, prominence / (FULL_SNR * Math.max(noise, 1e-12)));
			if (snr < 0.9) doubts.add(String.format(Locale.ROOT, "near the noise (signal/noise %.1f)", prominence / noise));
			double ratio = lane.width() / medianWidth;
			double shape = ratio < 0.6 ? ratio / 0.6 : ratio > 1.5 ? 1.5 / ratio : 1;
			if (shape < 0.9) doubts.add(lane.width() + " px wide where lanes are " + Math.round(medianWidth) + " px");
			double spacing = spacing(lane, neighbours, pitch);
			if (spacing < 0.9) doubts.add(spacingDoubt(lane, neighbours, pitch));
			double confidence = Math.max(0.01, signal * snr * shape * spacing);
			out.add(lane.withConfidence(confidence, String.join("; ", doubts)));
		}
		return out;
	}

	/** Height of the lane's profile above the lower gap level on either side, between its neighbours. */
	static double prominence(double[] p, Lane lane, List<Lane> sorted) {
		int from = 0, to = p.length - 1;
		for (Lane other : sorted) {
			if (other.centre() < lane.centre() && other != lane) from = Math.max(from, (int) Math.round(other.centre()));
			if (other.centre() > lane.centre() && other != lane) to = Math.min(to, (int) Math.round(other.centre()));
		}
		double peak = Double.NEGATIVE_INFINITY;
		for (int x = Math.max(0, lane.left); x <= Math.min(p.length - 1, lane.right); x++)
			peak = Math.max(peak, p[x]);
		double left = min(p, from, Math.max(from, lane.left)), right = min(p, Math.min(to, lane.right), to);
		boolean leftEnd = from == 0, rightEnd = to == p.length - 1;
		double base = leftEnd && left > right ? right : rightEnd && right > left ? left : Math.max(left, right);
		return peak - base;
	}

	private static double min(double[] p, int from, int to) {
		double m = Double.POSITIVE_INFINITY;
		for (int x = from; x <= to; x++)
			m = Math.min(m, p[x]);
		return m;
	}

	/** 1 when the nearest neighbour is at least 0.65 spacings away, less when crowded; an outer lane far from all others 0.7. */
	private static double spacing(Lane lane, List<Lane> sorted, double pitch) {
		if (!(pitch > 0) || sorted.size() < 2) return 1;
		double nearest = nearest(lane, sorted);
		if (nearest < 0.65 * pitch) return Math.max(0.05, nearest / (0.65 * pitch));
		boolean outer = lane == sorted.get(0) || lane == sorted.get(sorted.size() - 1);
		return outer && nearest > 1.6 * pitch ? 0.7 : 1;
	}

	private static double nearest(Lane lane, List<Lane> sorted) {
		double nearest = Double.POSITIVE_INFINITY;
		for (Lane other : sorted)
			if (other != lane) nearest = Math.min(nearest, Math.abs(other.centre() - lane.centre()));
		return nearest;
	}

	private static String spacingDoubt(Lane lane, List<Lane> sorted, double pitch) {
		double nearest = nearest(lane, sorted);
		return nearest < 0.65 * pitch
			? String.format(Locale.ROOT, "%.0f px from the next lane where lanes are %.0f px apart", nearest, pitch)
			: String.format(Locale.ROOT, "an outer lane %.0f px from the others where lanes are %.0f px apart", nearest, pitch);
	}
}
