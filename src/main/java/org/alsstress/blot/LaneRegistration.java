package org.alsstress.blot;

import java.util.ArrayList;
import java.util.List;

/**
 * Registers another image of the same lanes onto the image the lanes were found on. Candidate
 * shifts come from the cross-correlation of the two images' lane-evidence profiles; for each, the
 * lanes each image shows on its own are paired, and the shift with the most (and most confident)
 * pairs wins. The pairs then give shift and scale by least squares, and the band rows of the other
 * image, where there are several, the rotation.
 */
final class LaneRegistration {
	private static final int CANDIDATE_SHIFTS = 6;
	/** Paired lanes are at most this fraction of a lane spacing apart after the shift. */
	private static final double PAIR_DISTANCE = 0.35;
	private static final double MAX_SCALE_CHANGE = 0.1;
	private static final double MAX_ROTATION_DEGREES = 3;
	/** Cost of a shift per lane spacing, in paired lanes: the nearer of two equally good fits wins. */
	private static final double FAR_SHIFT = 0.1;

	private LaneRegistration() {}

	static Registration estimate(LaneCandidates main, LaneCandidates other, int otherHeight) {
		return estimate(main, landmarks(main), other, otherHeight);
	}

	/**
	 * Registration onto lanes the user drew: each drawn lane is compared where it crosses the other
	 * image's main band row (a drawn polygon follows a lane that runs at an angle; the other image's
	 * lanes are seen at its own bands).
	 */
	static Registration estimate(LaneCandidates main, LaneLayout drawn, LaneCandidates other, int otherHeight) {
		int row = (int) Math.round(mainRow(other, otherHeight));
		List<Lane> a = new ArrayList<>();
		for (Lane lane : drawn.samples())
			a.add(new Lane(0, lane.left(row), lane.right(row), false, false));
		return estimate(main, a, other, otherHeight);
	}

	/** The centre row of the image's weightiest band row (mid-height without one). */
	private static double mainRow(LaneCandidates c, int height) {
		LaneEvidence.RowBlobs best = null;
		for (LaneEvidence.RowBlobs r : c.evidence.rows)
			if (!r.row.isWhole() && (best == null || r.weight > best.weight)) best = r;
		return best == null ? height / 2.0 : best.row.centre();
	}

	private static Registration estimate(LaneCandidates main, List<Lane> a, LaneCandidates other, int otherHeight) {
		List<Lane> b = landmarks(other);
		double pitch = main.pitch > 0 ? main.pitch : other.pitch > 0 ? other.pitch : main.medianWidth * 1.3;
		double pivot = main.width / 2.0;
		int maxShift = Math.max(3, Math.min(main.width, other.width) / 3);
		List<Integer> shifts = correlationPeaks(main.evidence.profile, other.evidence.profile, maxShift);
		if (b.isEmpty() || a.isEmpty()) {
			int s = shifts.isEmpty() ? 0 : shifts.get(0);
			return new Registration(s, 1, 0, pivot, otherHeight / 2.0, 0, Double.NaN, "column profiles");
		}
		Fit best = null;
		for (int rank = 0; rank < shifts.size(); rank++) {
			Fit fit = fit(a, b, shifts.get(rank), pitch, pivot);
			fit.score -= 1e-3 * rank;
			if (best == null || fit.score > best.score) best = fit;
		}
		double[] tilt = rotation(best, other, pitch, pivot, otherHeight);
		return new Registration(best.dx + tilt[0], best.scale, tilt[1], pivot, otherHeight / 2.0, best.pairs, best.residual,
			"lanes");
	}

	/** A shift from the images' lane-evidence profiles alone (when one of them shows no lanes of its own). */
	static Registration byProfiles(SignalImage main, SignalImage other) {
		int maxShift = Math.max(3, Math.min(main.width, other.width) / 3);
		List<Integer> shifts = correlationPeaks(LaneEvidence.of(main).profile, LaneEvidence.of(other).profile, maxShift);
		return new Registration(shifts.isEmpty() ? 0 : shifts.get(0), 1, 0, main.width / 2.0, other.height / 2.0, 0, Double.NaN,
			"column profiles");
	}

	/** Lanes with a band of their own, and ladders: the positions both images can show. */
	private static List<Lane> landmarks(LaneCandidates c) {
		List<Lane> out = new ArrayList<>(c.observed());
		out.addAll(c.ladders);
		out.sort((x, y) -> Double.compare(x.centre(), y.centre()));
		return out;
	}

	/** Shifts (columns of the other image minus columns of the main one) at the highest correlation peaks, best first. */
	static List<Integer> correlationPeaks(double[] main, double[] other, int maxShift) {
		double ma = mean(main), mb = mean(other);
		double[] c = new double[2 * maxShift + 1];
		for (int s = -maxShift; s <= maxShift; s++) {
			double sum = 0, na = 0, nb = 0;
			for (int x = Math.max(0, -s); x < main.length && x + s < other.length; x++) {
				double u = main[x] - ma, v = other[x + s] - mb;
				sum += u * v;
				na += u * u;
				nb += v * v;
			}
			c[s + maxShift] = na > 0 && nb > 0 ? sum / Math.sqrt(na * nb) : Double.NEGATIVE_INFINITY;
		}
		List<Integer> peaks = new ArrayList<>();
		for (int i = 0; i < c.length; i++) {
			boolean peak = (i == 0 || c[i] >= c[i - 1]) && (i == c.length - 1 || c[i] > c[i + 1]);
			if (peak && c[i] > Double.NEGATIVE_INFINITY) peaks.add(i);
		}
		peaks.sort((x, y) -> Double.compare(c[y], c[x]));
		List<Integer> out = new ArrayList<>();
		for (int i = 0; i < Math.min(CANDIDATE_SHIFTS, peaks.size()); i++)
			out.add(peaks.get(i) - maxShift);
		if (!out.contains(0)) out.add(0);
		return out;
	}

	private static double mean(double[] v) {
		double s = 0;
		for (double x : v)
			s += x;
		return v.length == 0 ? 0 : s / v.length;
	}

	/** Lanes paired at one shift, and the shift and scale they give. */
	private static final class Fit {
		double dx, scale = 1, residual, score;
		int pairs;
		final List<double[]> matched = new ArrayList<>();
	}

	private static Fit fit(List<Lane> a, List<Lane> b, int shift, double pitch, double pivot) {
		Fit f = new Fit();
		boolean[] used = new boolean[b.size()];
		for (Lane la : a) {
			int best = -1;
			double bestDistance = PAIR_DISTANCE * pitch;
			for (int j = 0; j < b.size(); j++) {
				double d = Math.abs(la.centre() + shift - b.get(j).centre());
				if (!used[j] && d < bestDistance) {
					bestDistance = d;
					best = j;
				}
			}
			if (best < 0) continue;
			used[best] = true;
			f.matched.add(new double[] {la.centre(), b.get(best).centre(), Math.min(la.confidence, b.get(best).confidence)});
		}
		f.pairs = f.matched.size();
		f.dx = shift;
		if (f.pairs == 0) return f;
		leastSquares(f, pivot);
		// each pair counts as far as it fits the fitted mapping; far shifts need more pairs to win
		for (double[] m : f.matched) {
			double miss = Math.abs(m[1] - (pivot + f.dx + f.scale * (m[0] - pivot))) / (PAIR_DISTANCE * pitch);
			f.score += (m[2] + 0.05) * Math.max(0, 1 - miss) * Math.max(0, 1 - miss);
		}
		f.score -= FAR_SHIFT * Math.abs(f.dx) / pitch;
		return f;
	}

	/** other = pivot + dx + scale (x - pivot); the scale only from pairs that span the lanes. */
	private static void leastSquares(Fit f, double pivot) {
		int n = f.matched.size();
		double sx = 0, sy = 0, sxx = 0, sxy = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (double[] m : f.matched) {
			double x = m[0] - pivot, y = m[1] - pivot;
			sx += x;
			sy += y;
			sxx += x * x;
			sxy += x * y;
			min = Math.min(min, m[0]);
			max = Math.max(max, m[0]);
		}
		double var = sxx - sx * sx / n;
		double scale = n >= 3 && var > 0 ? (sxy - sx * sy / n) / var : 1;
		if (Math.abs(scale - 1) > MAX_SCALE_CHANGE || n < 3) scale = 1;
		f.scale = scale;
		f.dx = (sy - scale * sx) / n;
		double ss = 0;
		for (double[] m : f.matched) {
			double r = m[1] - (pivot + f.dx + scale * (m[0] - pivot));
			ss += r * r;
		}
		f.residual = Math.sqrt(ss / n);
	}

	/**
	 * The rotation, from how far the other image's band rows are offset from the mapped lanes, row by
	 * row: needs two rows of three or more bands at least a fifth of the height apart. Returns the
	 * extra shift at mid-height and the shear; both 0 without such rows.
	 */
	private static double[] rotation(Fit fit, LaneCandidates other, double pitch, double pivot, int height) {
		List<double[]> rowOffsets = new ArrayList<>();
		for (LaneEvidence.RowBlobs row : other.evidence.rows) {
			if (row.weight < 0.5 || row.row.isWhole()) continue;
			double sum = 0;
			int n = 0;
			for (ProfileBumps.Bump blob : row.blobs) {
				if (blob.prominence < 0.25 * row.scale) continue;
				double nearest = Double.NaN;
				for (double[] m : fit.matched) {
					double mapped = pivot + fit.dx + fit.scale * (m[0] - pivot), d = blob.centre() - mapped;
					if (Double.isNaN(nearest) || Math.abs(d) < Math.abs(nearest)) nearest = d;
				}
				if (!Double.isNaN(nearest) && Math.abs(nearest) < PAIR_DISTANCE * pitch) {
					sum += nearest;
					n++;
				}
			}
			if (n >= 3) rowOffsets.add(new double[] {row.row.centre(), sum / n, n});
		}
		double[] none = {0, 0};
		if (rowOffsets.size() < 2) return none;
		double sw = 0, sy = 0, so = 0, syy = 0, syo = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (double[] r : rowOffsets) {
			double w = r[2];
			sw += w;
			sy += w * r[0];
			so += w * r[1];
			syy += w * r[0] * r[0];
			syo += w * r[0] * r[1];
			min = Math.min(min, r[0]);
			max = Math.max(max, r[0]);
		}
		if (max - min < 0.2 * height) return none;
		double var = syy - sy * sy / sw;
		double shear = var > 0 ? (syo - sy * so / sw) / var : 0;
		if (Math.abs(Math.toDegrees(Math.atan(shear))) > MAX_ROTATION_DEGREES) return none;
		double atMiddle = so / sw + shear * (height / 2.0 - sy / sw);
		return new double[] {atMiddle, shear};
	}
}
