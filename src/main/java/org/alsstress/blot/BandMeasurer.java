package org.alsstress.blot;

import ij.plugin.filter.BackgroundSubtracter;
import ij.process.FloatProcessor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Finds and measures the band of every lane of one image with every background method. */
public final class BandMeasurer {
	private final SignalImage img;
	private final Role role;
	private final double rollingBallRadius;

	/**
	 * @param rollingBallRadius ball radius in pixels; 0 for automatic (the median lane width)
	 */
	public BandMeasurer(SignalImage img, Role role, double rollingBallRadius) {
		this.img = img;
		this.role = role;
		this.rollingBallRadius = rollingBallRadius;
	}

	public List<Band> measure(LaneLayout layout, BandWindow window) {
		int windowTop = window.top(img.height), windowBottom = window.bottom(img.height);
		List<int[]> bounds = new ArrayList<>();
		int minTop = img.height, maxBottom = -1;
		for (Lane lane : layout.samples()) {
			int[] b = BandFinder.find(img.pixels, img.width, img.height, lane, windowTop, windowBottom);
			bounds.add(b);
			if (b != null) {
				minTop = Math.min(minTop, b[0]);
				maxBottom = Math.max(maxBottom, b[2]);
			}
		}
		double radius = rollingBallRadius > 0 ? rollingBallRadius : Math.max(10, layout.medianWidth());
		RollingBall ball = maxBottom < 0 ? null : new RollingBall(minTop, maxBottom, radius);
		List<Band> bands = new ArrayList<>();
		for (int i = 0; i < bounds.size(); i++) {
			Lane lane = layout.samples().get(i);
			int[] b = bounds.get(i);
			bands.add(b == null ? Band.missing(role, lane, "no band found in lane " + lane.number
				+ (window.isWhole() ? "" : " within the band window " + window)) : measureBand(lane, b, ball));
		}
		return bands;
	}

	private Band measureBand(Lane lane, int[] b, RollingBall ball) {
		int top = b[0], peak = b[1], bottom = b[2];
		double[] profile = Profiles.laneProfile(img.pixels, img.width, img.height, lane);
		double[] smooth = Profiles.smooth(profile, BandFinder.SMOOTHING);
		Map<BackgroundMethod, Double> v = new EnumMap<>(BackgroundMethod.class);
		double raw = 0, ballVolume = 0;
		boolean saturated = false;
		for (int y = top; y <= bottom; y++) {
			int left = lane.left(y), right = lane.right(y);
			// a polygon lane's row may be a column off its width: weigh it to the width, as in its profile
			double weight = (double) lane.width() / (right - left + 1);
			for (int x = left; x <= right; x++) {
				float s = img.get(x, y);
				raw += s * weight;
				ballVolume += (s - ball.at(x, y)) * weight;
				if (s >= img.saturationLevel) saturated = true;
			}
		}
		int pixels = (bottom - top + 1) * lane.width();
		v.put(BackgroundMethod.NONE, raw);
		v.put(BackgroundMethod.VALLEY, BandFinder.valleyVolume(profile, smooth, top, bottom));
		v.put(BackgroundMethod.ROLLING_BALL, ballVolume);
		v.put(BackgroundMethod.BORDER_MEDIAN, raw - pixels * borderMedian(lane, top, bottom));
		return Band.measured(role, lane, top, bottom, peak, saturated, v);
	}

	/** Median of the rows just above and below the band, inside the lane. */
	private double borderMedian(Lane lane, int top, int bottom) {
		int border = Math.max(3, (bottom - top + 1) / 6);
		float[] values = new float[2 * border * (lane.right - lane.left + 1)];
		int n = 0;
		for (int y = top - border; y <= bottom + border; y++) {
			if (y >= top && y <= bottom) continue;
			if (y < 0 || y >= img.height) continue;
			for (int x = lane.left(y); x <= lane.right(y); x++)
				values[n++] = img.get(x, y);
		}
		if (n == 0) return 0;
		Arrays.sort(values, 0, n);
		return n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
	}

	/** ImageJ's rolling-ball background over the rows that hold bands (plus a margin), full width. */
	private final class RollingBall {
		private final int top;
		private final float[] background;

		RollingBall(int minTop, int maxBottom, double radius) {
			int margin = (int) Math.ceil(2 * radius);
			top = Math.max(0, minTop - margin);
			int bottom = Math.min(img.height - 1, maxBottom + margin);
			int rows = bottom - top + 1;
			float[] crop = Arrays.copyOfRange(img.pixels, top * img.width, (bottom + 1) * img.width);
			FloatProcessor fp = new FloatProcessor(img.width, rows, crop);
			new BackgroundSubtracter().rollingBallBackground(fp, radius, true, false, false, true, true);
			background = (float[]) fp.getPixels();
		}

		float at(int x, int y) {
			return background[(y - top) * img.width + x];
		}
	}
}
