package org.alsstress.granules;

/** Per cell (indexed by cell id): the diffuse level of the granule marker above background and the noise of the detector's response. */
public final class CellLevels {

	/** Median granule-marker intensity of the cytoplasm minus the field's background. */
	public final double[] diffuse;
	/** Robust standard deviation (MAD) of the background-corrected response in the cytoplasm. */
	public final double[] noise;
	/** Median of that response in the cytoplasm: the level granules are measured from. */
	public final double[] baseline;
	/** The field's background (outside the cells). */
	public final double background;

	CellLevels(double[] diffuse, double[] noise, double[] baseline, double background) {
		this.diffuse = diffuse;
		this.noise = noise;
		this.baseline = baseline;
		this.background = background;
	}
}
