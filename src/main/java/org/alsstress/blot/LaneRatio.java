package org.alsstress.blot;

import org.alsstress.model.SampleInfo;

/** The per-lane result: volumes of the three roles, pTBK1/TBK1 and its normalisation. */
public final class LaneRatio {
	public final int lane;
	public final SampleInfo sample;
	public final double target;
	public final double reference;
	public final double loading;
	/** target / reference. */
	public final double ratio;
	/** ratio divided by the mean ratio of the usable control lanes. */
	public final double normalizedRatio;
	public final boolean saturated;
	/** Why the lane is left out of the statistics, or empty when it is used. */
	public final String note;
	/** How well the images support the lane (0 to 1), and why it is doubtful (empty when it is not). */
	public final double laneConfidence;
	public final String laneNote;

	LaneRatio(int lane, SampleInfo sample, double target, double reference, double loading,
		double normalizedRatio, boolean saturated, String note, Lane geometry)
	{
		this.lane = lane;
		this.sample = sample;
		this.target = target;
		this.reference = reference;
		this.loading = loading;
		this.ratio = target / reference;
		this.normalizedRatio = normalizedRatio;
		this.saturated = saturated;
		this.note = note;
		this.laneConfidence = geometry.confidence;
		this.laneNote = geometry.doubt;
	}

	/** Unsaturated, with both bands found: fit for the group statistics. */
	public boolean usable() {
		return note.isEmpty();
	}

	/** target / loading, NaN without a loading control. */
	public double targetPerLoading() {
		return target / loading;
	}

	public double referencePerLoading() {
		return reference / loading;
	}
}
