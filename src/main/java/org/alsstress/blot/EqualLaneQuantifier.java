package org.alsstress.blot;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The plain approach for comparison: the user's lane count splits the image into equal-width
 * lanes (as equal rectangles drawn by hand), then the same valley-to-valley measurement.
 */
public final class EqualLaneQuantifier {
	private EqualLaneQuantifier() {}

	public static BlotResult quantify(Map<Role, SignalImage> images, int lanes) {
		Map<Role, LaneLayout> layouts = new EnumMap<>(Role.class);
		Map<Role, List<Band>> bands = new EnumMap<>(Role.class);
		for (Map.Entry<Role, SignalImage> e : images.entrySet()) {
			LaneLayout layout = equalLanes(lanes, e.getValue().width);
			layouts.put(e.getKey(), layout);
			bands.put(e.getKey(), new BandMeasurer(e.getValue(), e.getKey(), 0).measure(layout, BandWindow.whole()));
		}
		return new BlotResult(images, layouts, bands, BackgroundMethod.VALLEY);
	}

	static LaneLayout equalLanes(int lanes, int width) {
		List<int[]> columns = new ArrayList<>();
		for (int i = 0; i < lanes; i++)
			columns.add(new int[] {(int) Math.round((double) i * width / lanes), (int) Math.round((double) (i + 1) * width / lanes) - 1});
		return LaneLayout.fromColumns(columns);
	}
}
