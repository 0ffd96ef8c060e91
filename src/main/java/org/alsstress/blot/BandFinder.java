package org.alsstress.blot;

import ij.plugin.filter.MaximumFinder;

import java.util.Arrays;

/**
 * Finds the band of a lane from the lane's own vertical profile, so that bands that smile, tilt or
 * drift from lane to lane are followed. The band is the candidate peak with the largest
 * valley-to-valley volume inside the search window, bounded at the valleys on either side.
 */
final class BandFinder {
	private static final int EDGE_INCLUDED = 0;
	private static final int MAX_CANDIDATES = 8;
	private static final int MAX_FLANK_RATIO = 2;
	/** Gaussian SD (rows) of the smoothing used to find valleys and baselines. */
	static final double SMOOTHING = 1.5;

	private BandFinder() {}

	/** Rows [top, peak, bottom] of the band, or null when the lane shows none. */
	static int[] find(float[] pixels, int width, int height, Lane lane, int windowTop, int windowBottom) {
		double[] profile = Profiles.laneProfile(pixels, width, height, lane);
		double[] smooth = Profiles.smooth(profile, SMOOTHING);
		double noise = Profiles.noise(profile);
		double[] window = Arrays.copyOfRange(smooth, windowTop, windowBottom + 1);
		double[] sorted = window.clone();
		Arrays.sort(sorted);
		double range = sorted[sorted.length - 1] - sorted[0];
		if (!(range > 0)) return null;
		int[] maxima = MaximumFinder.findMaxima(window, Math.max(5 * noise, 0.02 * range), EDGE_INCLUDED);
		double valleyTolerance = Math.max(3 * noise, 0.02 * range);
		int[] best = null;
		double bestVolume = 0;
		for (int k = 0; k < Math.min(MAX_CANDIDATES, maxima.length); k++) {
			int peak = windowTop + maxima[k];
			int top = Profiles.valley(smooth, peak, -1, windowTop, valleyTolerance);
			int bottom = Profiles.valley(smooth, peak, +1, windowBottom, valleyTolerance);
			// a flank running on along a background slope is cut at twice the other flank's length
			int above = peak - top, below = bottom - peak;
			if (above > MAX_FLANK_RATIO * below) top = Profiles.argMin(smooth, peak - MAX_FLANK_RATIO * below, peak);
			if (below > MAX_FLANK_RATIO * above) bottom = Profiles.argMin(smooth, peak, peak + MAX_FLANK_RATIO * above);
			if (bottom - top < 2) continue;
			double volume = valleyVolume(profile, smooth, top, bottom);
			double heightAboveBase = smooth[peak] - baseline(smooth, top, bottom, peak);
			if (volume > bestVolume && heightAboveBase > 5 * noise) {
				bestVolume = volume;
				best = new int[] {top, peak, bottom};
			}
		}
		return best;
	}


	/** Volume above the straight line joining the profile's valleys (smoothed, to damp noise). */
	static double valleyVolume(double[] profile, double[] smooth, int top, int bottom) {
		double sum = 0;
		for (int y = top; y <= bottom; y++)
			sum += profile[y] - baseline(smooth, top, bottom, y);
		return sum;
	}

	private static double baseline(double[] smooth, int top, int bottom, int y) {
		double t = bottom == top ? 0 : (double) (y - top) / (bottom - top);
		return smooth[top] + t * (smooth[bottom] - smooth[top]);
	}

	/** Number of clearly separate bands in a lane (a ladder has many). */
	static int countBands(float[] residual, int width, int height, Lane lane) {
		double[] profile = Profiles.laneProfile(residual, width, height, lane);
		double[] smooth = Profiles.smooth(profile, SMOOTHING);
		double[] sorted = smooth.clone();
		Arrays.sort(sorted);
		double range = sorted[sorted.length - 1] - sorted[sorted.length / 2];
		double tolerance = Math.max(6 * Profiles.noise(profile), 0.1 * range);
		return MaximumFinder.findMaxima(smooth, tolerance, EDGE_INCLUDED).length;
	}
}
