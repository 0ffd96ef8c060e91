package org.alsstress.blot;

import ij.plugin.filter.MaximumFinder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bumps of a column profile: lanes (or one row's band blobs), each bounded where the profile
 * has fallen back towards the gap beside it. Two humps are one lane when the dip between them stays
 * high (a band darker at its sides), or, once the lane spacing is known, when they are much closer
 * than one spacing; humps a spacing apart stay two lanes however shallow the gap between them.
 */
final class ProfileBumps {
	private static final int EDGE_INCLUDED = 0;
	/** A lane ends where its profile has fallen to this fraction of its height above the gap. */
	private static final double EDGE_FRACTION = 0.15;
	/** Humps whose dip keeps this fraction of the lower hump's height are one lane whatever the spacing. */
	private static final double SHALLOW_DIP = 0.6;
	/** Humps closer than this fraction of the spacing are one lane unless the dip nearly reaches the gap. */
	private static final double CLOSE = 0.6;
	private static final double CLOSE_DIP = 0.2;

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

	/**
	 * @param p the smoothed profile
	 * @param noise noise SD of the unsmoothed profile
	 * @param pitch the lane spacing, or NaN when unknown
	 */
	static List<Bump> find(double[] p, double noise, double pitch) {
		double[] sorted = p.clone();
		Arrays.sort(sorted);
		double gap = sorted[(int) (0.1 * (sorted.length - 1))];
		double range = sorted[sorted.length - 1] - gap;
		if (!(range > 0)) return new ArrayList<>();
		double tolerance = Math.max(6 * noise, 0.1 * range);
		int[] maxima = MaximumFinder.findMaxima(p, tolerance, EDGE_INCLUDED);
		Arrays.sort(maxima);
		// peak, left valley, right valley, first and last hump's peak
		List<int[]> humps = new ArrayList<>();
		for (int k = 0; k < maxima.length; k++) {
			int peak = maxima[k];
			int leftValley = k == 0 ? Profiles.argMin(p, 0, peak) : Profiles.argMin(p, maxima[k - 1], peak);
			int rightValley = k == maxima.length - 1 ? Profiles.argMin(p, peak, p.length - 1) : Profiles.argMin(p, peak, maxima[k + 1]);
			int[] hump = {peak, leftValley, rightValley, peak, peak};
			int[] previous = humps.isEmpty() ? null : humps.get(humps.size() - 1);
			if (previous != null && sameLane(previous, hump, p, gap, pitch))
				humps.set(humps.size() - 1, new int[] {p[peak] > p[previous[0]] ? peak : previous[0], previous[1], rightValley,
					previous[3], peak});
			else humps.add(hump);
		}
		List<Bump> bumps = new ArrayList<>();
		for (int[] h : humps)
			bumps.add(bump(p, h));
		return bumps;
	}

	private static boolean sameLane(int[] a, int[] b, double[] p, double gap, double pitch) {
		double lower = Math.min(p[a[4]], p[b[0]]) - gap, dip = p[a[2]] - gap;
		if (dip > SHALLOW_DIP * lower) return true;
		return pitch > 0 && b[0] - a[4] < CLOSE * pitch && dip > CLOSE_DIP * lower;
	}

	private static Bump bump(double[] p, int[] hump) {
		int peak = hump[0], leftValley = hump[1], rightValley = hump[2];
		// a valley at the profile's end may be high (background rising into the border): the inner one counts
		boolean leftEnd = leftValley == 0, rightEnd = rightValley == p.length - 1;
		double vl = p[leftValley], vr = p[rightValley];
		double base = leftEnd && vl > vr ? vr : rightEnd && vr > vl ? vl : Math.max(vl, vr);
		int left = edge(p, hump[3], -1, leftValley, p[peak]), right = edge(p, hump[4], +1, rightValley, p[peak]);
		return new Bump(peak, left, right, leftValley, rightValley, p[peak] - base);
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
