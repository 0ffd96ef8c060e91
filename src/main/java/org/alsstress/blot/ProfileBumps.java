package org.alsstress.blot;

import ij.plugin.filter.MaximumFinder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bumps of a column profile: lanes (or one row's band blobs), each bounded where the profile
 * has fallen back towards the gap beside it. A lane whose band is darker at its sides (or curved)
 * shows two humps; the dip between them is shallower than the gaps between lanes. {@link #lanes}
 * therefore tries every split of the dips into gaps and dips within a lane (by a natural break in
 * their depths) and keeps the grouping whose lanes are the most regular in width and spacing.
 */
final class ProfileBumps {
	private static final int EDGE_INCLUDED = 0;
	/** A lane ends where its profile has fallen to this fraction of its height above the gap. */
	private static final double EDGE_FRACTION = 0.15;
	/** Humps whose dip keeps this fraction of the lower hump's height are always one lane. */
	private static final double SHALLOW_DIP = 0.8;
	/** Dips fall into two groups (gaps, dips within lanes) only when their depths break by this much. */
	private static final double NATURAL_BREAK = 0.12;
	/** Weight of the cost of joining across dips against the irregularity of widths and spacings. */
	private static final double JOIN_COST = 0.1;

	private ProfileBumps() {}

	/** A bump: its peak, its edges, the valleys on either side and its height above the higher valley. */
	static final class Bump {
		final int peak, left, right, leftValley, rightValley;
		final double prominence;

		Bump(int peak, int left, int right, int leftValley, int rightValley, double prominence) {
			this.peak = peak;
			this.left = left;
			this.right = right;
			this.leftValley = leftValley;
			this.rightValley = rightValley;
			this.prominence = prominence;
		}

		int width() {
			return right - left + 1;
		}

		double centre() {
			return 0.5 * (left + right);
		}

		@Override
		public String toString() {
			return "bump " + left + ".." + right + " peak " + peak + " prominence " + (float) prominence;
		}
	}

	/** A run of humps taken as one bump: highest peak, outer valleys, first and last hump's peak. */
	private static final class Humps {
		int peak, leftValley, rightValley, first, last;

		Humps(int peak, int leftValley, int rightValley) {
			this.peak = peak;
			this.leftValley = leftValley;
			this.rightValley = rightValley;
			this.first = peak;
			this.last = peak;
		}

		Humps join(Humps next, double[] p) {
			Humps h = new Humps(p[next.peak] > p[peak] ? next.peak : peak, leftValley, next.rightValley);
			h.first = first;
			h.last = next.last;
			return h;
		}
	}

	/**
	 * The profile's bumps, humps joined only across very shallow dips.
	 *
	 * @param p the smoothed profile
	 * @param noise noise SD of the unsmoothed profile
	 */
	static List<Bump> find(double[] p, double noise) {
		double gap = gapLevel(p);
		List<Humps> humps = humps(p, noise, gap);
		List<Bump> out = new ArrayList<>();
		for (Humps h : group(humps, p, gap, new boolean[Math.max(0, humps.size() - 1)]))
			out.add(bump(p, h));
		return out;
	}

	/**
	 * The profile's lanes: its humps grouped as regularly as their dips allow. The groupings tried
	 * are the humps as they are, every split of the dips at a natural break in their depths, and
	 * joining every other dip (a lane darker at both sides shows two humps, so humps alternate: two
	 * in a lane, then a gap). Each is scored by the irregularity of its lanes' widths and spacings
	 * plus a cost for every dip it joins across, the more the deeper the dip.
	 */
	static List<Bump> lanes(double[] p, double noise) {
		double gap = gapLevel(p);
		List<Humps> humps = humps(p, noise, gap);
		double[] dips = new double[Math.max(0, humps.size() - 1)];
		for (int i = 0; i < dips.length; i++)
			dips[i] = dip(humps.get(i), humps.get(i + 1), p, gap);
		List<boolean[]> joins = new ArrayList<>();
		joins.add(new boolean[dips.length]);
		double[] sorted = dips.clone();
		Arrays.sort(sorted);
		for (int i = 1; i < sorted.length; i++) {
			if (sorted[i] - sorted[i - 1] < NATURAL_BREAK) continue;
			double threshold = 0.5 * (sorted[i] + sorted[i - 1]);
			boolean[] j = new boolean[dips.length];
			for (int k = 0; k < dips.length; k++)
				j[k] = dips[k] > threshold;
			joins.add(j);
		}
		for (int parity = 0; parity < 2 && dips.length >= 3; parity++) {
			boolean[] j = new boolean[dips.length];
			double joined = 0, kept = 0;
			for (int k = 0; k < dips.length; k++) {
				j[k] = k % 2 == parity;
				if (j[k]) joined += dips[k] / ((dips.length - parity + 1) / 2);
				else kept += dips[k] / ((dips.length + parity) / 2);
			}
			// only where the dips joined are clearly shallower than those kept: two humps a lane, then a gap
			if (joined - kept > NATURAL_BREAK) joins.add(j);
		}
		List<Humps> best = null;
		double bestScore = Double.POSITIVE_INFINITY;
		for (boolean[] j : joins) {
			List<Humps> grouped = group(humps, p, gap, j);
			double score = irregularity(grouped, p) + JOIN_COST * joinCost(dips, j);
			if (best == null || score < bestScore) {
				best = grouped;
				bestScore = score;
			}
		}
		List<Bump> out = new ArrayList<>();
		for (Humps h : best == null ? humps : best)
			out.add(bump(p, h));
		return out;
	}

	/** Mean of (1 - depth) over the dips joined across: joining across a dip that reaches the gap costs most. */
	private static double joinCost(double[] dips, boolean[] join) {
		double sum = 0;
		int n = 0;
		for (int k = 0; k < dips.length; k++)
			if (join[k] && dips[k] <= SHALLOW_DIP) {
				sum += 1 - Math.max(0, Math.min(1, dips[k]));
				n++;
			}
		return n == 0 ? 0 : sum / n;
	}

	private static double gapLevel(double[] p) {
		double[] sorted = p.clone();
		Arrays.sort(sorted);
		return sorted[(int) (0.1 * (sorted.length - 1))];
	}

	private static List<Humps> humps(double[] p, double noise, double gap) {
		double range = Arrays.stream(p).max().orElse(0) - gap;
		if (!(range > 0)) return new ArrayList<>();
		double tolerance = Math.max(6 * noise, 0.1 * range);
		int[] maxima = MaximumFinder.findMaxima(p, tolerance, EDGE_INCLUDED);
		Arrays.sort(maxima);
		List<Humps> humps = new ArrayList<>();
		for (int k = 0; k < maxima.length; k++) {
			int peak = maxima[k];
			int leftValley = k == 0 ? Profiles.argMin(p, 0, peak) : Profiles.argMin(p, maxima[k - 1], peak);
			int rightValley = k == maxima.length - 1 ? Profiles.argMin(p, peak, p.length - 1) : Profiles.argMin(p, peak, maxima[k + 1]);
			humps.add(new Humps(peak, leftValley, rightValley));
		}
		return humps;
	}

	/** Depth of the dip between two humps: its height above the gap level as a fraction of the lower hump's. */
	private static double dip(Humps a, Humps b, double[] p, double gap) {
		double lower = Math.min(p[a.last], p[b.first]) - gap;
		return lower > 0 ? (p[a.rightValley] - gap) / lower : 0;
	}

	/** Humps joined across very shallow dips and across the dips marked (dip k lies between hump k and k + 1). */
	private static List<Humps> group(List<Humps> humps, double[] p, double gap, boolean[] join) {
		List<Humps> out = new ArrayList<>();
		for (int k = 0; k < humps.size(); k++) {
			Humps h = humps.get(k);
			Humps previous = out.isEmpty() ? null : out.get(out.size() - 1);
			boolean joined = previous != null && (join[k - 1] || dip(humps.get(k - 1), h, p, gap) > SHALLOW_DIP);
			if (joined) out.set(out.size() - 1, previous.join(h, p));
			else out.add(h);
		}
		return out;
	}

	/** Coefficient of variation of the widths plus that of the spacings of the bumps (infinite for one bump). */
	private static double irregularity(List<Humps> humps, double[] p) {
		if (humps.size() < 2) return Double.POSITIVE_INFINITY;
		double[] widths = new double[humps.size()], centres = new double[humps.size()];
		for (int i = 0; i < humps.size(); i++) {
			Bump b = bump(p, humps.get(i));
			widths[i] = b.width();
			centres[i] = b.centre();
		}
		double[] spacings = new double[centres.length - 1];
		for (int i = 1; i < centres.length; i++)
			spacings[i - 1] = centres[i] - centres[i - 1];
		return variation(widths) + (spacings.length < 2 ? 0 : variation(spacings));
	}

	private static double variation(double[] v) {
		double mean = Arrays.stream(v).average().orElse(0), ss = 0;
		for (double x : v)
			ss += (x - mean) * (x - mean);
		return mean > 0 ? Math.sqrt(ss / v.length) / mean : Double.POSITIVE_INFINITY;
	}

	private static Bump bump(double[] p, Humps h) {
		// a valley at the profile's end may be high (background rising into the border): the inner one counts
		boolean leftEnd = h.leftValley == 0, rightEnd = h.rightValley == p.length - 1;
		double vl = p[h.leftValley], vr = p[h.rightValley];
		double base = leftEnd && vl > vr ? vr : rightEnd && vr > vl ? vl : Math.max(vl, vr);
		int left = edge(p, h.first, -1, h.leftValley, p[h.peak]), right = edge(p, h.last, +1, h.rightValley, p[h.peak]);
		return new Bump(h.peak, left, right, h.leftValley, h.rightValley, p[h.peak] - base);
	}

	/** Walks from the outermost hump's peak towards the valley to where the profile has fallen to a small fraction of its height above that valley. */
	private static int edge(double[] p, int peak, int direction, int valley, double top) {
		double threshold = p[valley] + EDGE_FRACTION * (top - p[valley]);
		int i = peak;
		while (i != valley && p[i + direction] > threshold)
			i += direction;
		return i;
	}
}
