package org.alsstress.granules;

/** Per cell (indexed by cell id): the diffuse level of the granule marker above background and the detector's null model. */
public final class CellLevels {

	/** Median granule-marker intensity of the cytoplasm minus the field's background. */
	public final double[] diffuse;
	/** The null SD of the detector's response at the cell's diffuse level: detector noise times the texture factor. */
	public final double[] noise;
	/** How much wider the response spreads in the cell than the detector's noise alone makes it (1 = no texture). */
	public final double[] texture;
	/** The field's background (outside the cells). */
	public final double background;

	CellLevels(double[] diffuse, double[] noise, double[] texture, double background) {
		this.diffuse = diffuse;
		this.noise = noise;
		this.texture = texture;
		this.background = background;
	}
}
