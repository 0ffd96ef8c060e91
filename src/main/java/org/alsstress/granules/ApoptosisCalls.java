package org.alsstress.granules;

/** Which cells are apoptotic, and how that was decided. */
public final class ApoptosisCalls {

	public static final String CHANNEL_AUTO = "apoptosis channel, automatic threshold";
	public static final String CHANNEL_MANUAL = "apoptosis channel, manual threshold";
	public static final String CONDENSATION = "nuclear condensation (no apoptosis channel)";

	/** {@code apoptotic[cellId]}. */
	public final boolean[] apoptotic;
	/** Per cell: the apoptosis channel's mean over the cell, or NaN without the channel. */
	public final double[] signal;
	public final String method;
	/** The threshold used on {@link #signal} (NaN for the condensation rule or when no split was found). */
	public final double threshold;
	/** Why the automatic threshold was not used, or empty. */
	public final String note;

	ApoptosisCalls(boolean[] apoptotic, double[] signal, String method, double threshold, String note) {
		this.apoptotic = apoptotic;
		this.signal = signal;
		this.method = method;
		this.threshold = threshold;
		this.note = note;
	}
}
