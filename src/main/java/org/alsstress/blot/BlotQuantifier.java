package org.alsstress.blot;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Quantifies a blot triple: lanes matched across images, then each lane's band in each image. */
public final class BlotQuantifier {

	/** How to quantify; defaults are automatic lanes, whole-lane search and valley-to-valley. */
	public static final class Options {
		/** Sample lanes the user says there are, 0 for automatic. */
		public int lanes = 0;
		public BackgroundMethod background = BackgroundMethod.VALLEY;
		/** Rolling-ball radius in pixels, 0 for the median lane width. */
		public double rollingBallRadius = 0;
		public final Map<Role, BandWindow> windows = new EnumMap<>(Role.class);
		/** Lanes drawn by the user on the target image, or null for automatic lanes. */
		public LaneLayout userLanes = null;

		BandWindow window(Role role) {
			return windows.getOrDefault(role, BandWindow.whole());
		}
	}

	private BlotQuantifier() {}

	public static BlotResult quantify(Map<Role, SignalImage> images, Options options) {
		Map<Role, LaneLayout> layouts = LaneMatcher.match(images, options.lanes, options.userLanes);
		images.values().forEach(SignalImage::forgetFlattened);
		Map<Role, List<Band>> bands = new EnumMap<>(Role.class);
		for (Map.Entry<Role, SignalImage> e : images.entrySet()) {
			BandMeasurer measurer = new BandMeasurer(e.getValue(), e.getKey(), options.rollingBallRadius);
			bands.put(e.getKey(), measurer.measure(layouts.get(e.getKey()), options.window(e.getKey())));
		}
		return new BlotResult(images, layouts, bands, options.background);
	}
}
