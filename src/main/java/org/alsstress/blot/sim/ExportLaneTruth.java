package org.alsstress.blot.sim;

import java.util.EnumMap;
import java.util.Map;

import org.alsstress.blot.Role;

/** Ground truth of one sample lane of a simulated imager export, per image. */
public final class ExportLaneTruth {
	/** Sample lane number, 1-based from the left, markers not counted. */
	public final int lane;
	/** Position among all lanes (markers included), 0-based. */
	public final int slot;
	public final String sample, group;
	public final int replicate;
	/** Lane width and centre on the membrane (membrane pixels). */
	public final double width, centreU;
	/** The loaded pTBK1/TBK1 ratio (the biology, before the images' exposure and response). */
	public final double amountRatio;
	final Map<Role, Double> volume = new EnumMap<>(Role.class);
	final Map<Role, Boolean> saturated = new EnumMap<>(Role.class);
	final Map<Role, double[]> centre = new EnumMap<>(Role.class);

	ExportLaneTruth(int lane, int slot, String sample, String group, int replicate, double width, double centreU,
		double amountRatio)
	{
		this.lane = lane;
		this.slot = slot;
		this.sample = sample;
		this.group = group;
		this.replicate = replicate;
		this.width = width;
		this.centreU = centreU;
		this.amountRatio = amountRatio;
	}

	/**
	 * The band's volume in the image's band-signal units (raw values, inverted over the full scale for dark
	 * bands): the noise-free image with the band minus the image without it, summed over the band's pixels.
	 */
	public double volume(Role role) {
		return volume.getOrDefault(role, 0.0);
	}

	/** A pixel of the band's core reached the image's clipping value (full scale, or black for dark bands). */
	public boolean saturated(Role role) {
		return saturated.getOrDefault(role, false);
	}

	/** Lane centre x in the image of a role, at the band's row. */
	public double centreX(Role role) {
		return centre.get(role)[0];
	}

	/** The band's centre row in the image of a role, at the lane centre. */
	public double bandY(Role role) {
		return centre.get(role)[1];
	}

	/** The pTBK1/TBK1 ratio the images hold: target volume over reference volume. */
	public double ratio() {
		return volume(Role.TARGET) / volume(Role.REFERENCE);
	}

	/** True when the lane has bands in target and reference and neither is saturated: its ratio can be measured. */
	public boolean measurable() {
		return volume(Role.REFERENCE) > 0 && volume(Role.TARGET) > 0 && !saturated(Role.TARGET) && !saturated(Role.REFERENCE);
	}
}
