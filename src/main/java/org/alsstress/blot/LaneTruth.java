package org.alsstress.blot;

import java.util.EnumMap;
import java.util.Map;

/** Ground truth of one simulated sample lane, in the unshifted blot coordinates. */
public class LaneTruth {
	public final int lane;
	public final double centre;
	public final double width;
	public final String sample;
	public final String group;
	public final int replicate;
	public final double amountUg;
	final Map<Role, Double> volumes = new EnumMap<>(Role.class);
	final Map<Role, Boolean> saturated = new EnumMap<>(Role.class);
	final Map<Role, Double> bandCentreY = new EnumMap<>(Role.class);

	LaneTruth(int lane, double centre, double width, String sample, String group, int replicate, double amountUg) {
		this.lane = lane;
		this.centre = centre;
		this.width = width;
		this.sample = sample;
		this.group = group;
		this.replicate = replicate;
		this.amountUg = amountUg;
	}

	/** Integrated band signal above background as rendered (before noise and clipping). */
	public double volume(Role role) {
		return volumes.getOrDefault(role, 0.0);
	}

	public boolean saturated(Role role) {
		return saturated.getOrDefault(role, false);
	}

	/** Band centre row at the lane centre, in the unshifted blot coordinates. */
	public double bandY(Role role) {
		return bandCentreY.getOrDefault(role, Double.NaN);
	}

	public double ratio() {
		return volume(Role.TARGET) / volume(Role.REFERENCE);
	}
}
