package org.alsstress.model;

/** The names written in the {@code assay} column of {@code measurements.csv}. */
public final class Assay {

	public static final String TBK1_BLOT = "tbk1_blot";
	public static final String STRESS_GRANULES = "stress_granules";

	private Assay() {}
}
