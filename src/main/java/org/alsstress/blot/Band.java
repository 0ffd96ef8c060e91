package org.alsstress.blot;

import java.util.EnumMap;
import java.util.Map;

/** The band measured in one lane of one image, or the reason none was found. */
public final class Band {
	public final Role role;
	public final Lane lane;
	public final boolean found;
	public final int top;
	public final int bottom;
	public final int peak;
	public final boolean saturated;
	/** Why there is no band, or empty. */
	public final String note;
	private final Map<BackgroundMethod, Double> volumes;

	private Band(Role role, Lane lane, boolean found, int top, int bottom, int peak, boolean saturated,
		String note, Map<BackgroundMethod, Double> volumes)
	{
		this.role = role;
		this.lane = lane;
		this.found = found;
		this.top = top;
		this.bottom = bottom;
		this.peak = peak;
		this.saturated = saturated;
		this.note = note;
		this.volumes = new EnumMap<>(volumes);
	}

	static Band measured(Role role, Lane lane, int top, int bottom, int peak, boolean saturated,
		Map<BackgroundMethod, Double> volumes)
	{
		return new Band(role, lane, true, top, bottom, peak, saturated, "", volumes);
	}

	static Band missing(Role role, Lane lane, String note) {
		return new Band(role, lane, false, -1, -1, -1, false, note, new EnumMap<>(BackgroundMethod.class));
	}

	/** Integrated signal above the background of the given method; NaN without a band. */
	public double volume(BackgroundMethod method) {
		return volumes.getOrDefault(method, Double.NaN);
	}

	/** The background integrated under the band by a method (raw volume minus the method's volume). */
	public double background(BackgroundMethod method) {
		return volume(BackgroundMethod.NONE) - volume(method);
	}
}
