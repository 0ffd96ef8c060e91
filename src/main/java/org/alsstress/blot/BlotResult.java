package org.alsstress.blot;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Lanes and bands of every image of a blot triple. */
public final class BlotResult {
	public final Map<Role, SignalImage> images;
	public final Map<Role, LaneLayout> layouts;
	public final Map<Role, List<Band>> bands;
	/** The background method whose volume is "the" volume. */
	public final BackgroundMethod method;

	BlotResult(Map<Role, SignalImage> images, Map<Role, LaneLayout> layouts, Map<Role, List<Band>> bands,
		BackgroundMethod method)
	{
		this.images = Collections.unmodifiableMap(images);
		this.layouts = Collections.unmodifiableMap(layouts);
		this.bands = Collections.unmodifiableMap(bands);
		this.method = method;
	}

	public int laneCount() {
		return layouts.values().iterator().next().count();
	}

	public boolean has(Role role) {
		return images.containsKey(role);
	}

	/** The band of a sample lane (1-based) in the image of a role. */
	public Band band(Role role, int lane) {
		return bands.get(role).get(lane - 1);
	}

	/** The chosen volume of a lane's band, NaN when the role is absent or no band was found. */
	public double volume(Role role, int lane) {
		return has(role) ? band(role, lane).volume(method) : Double.NaN;
	}
}
