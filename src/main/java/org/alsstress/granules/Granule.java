package org.alsstress.granules;

/** One detected granule; coordinates are ImageJ's (the centre of pixel (i, j) is at i + 0.5, j + 0.5). */
public final class Granule {

	/** Its value in the granule label image. */
	public final int id;
	/** The cell it lies in (0 = none). */
	public final int cellId;
	public final double x;
	public final double y;
	public final int areaPx;
	public final double meanIntensity;
	public final double integratedIntensity;
	/** Mean intensity over the cell's diffuse level, both above the background (1 = as the diffuse cytoplasm). */
	public final double relativeIntensity;
	/** Peak of the background-corrected response over the cell's noise. */
	public final double signalToNoise;
	/** A speck far brighter than any granule (dust, debris): listed, but not counted as a granule. */
	public final boolean debris;

	public Granule(int id, int cellId, double x, double y, int areaPx, double meanIntensity, double integratedIntensity,
		double relativeIntensity, double signalToNoise)
	{
		this(id, cellId, x, y, areaPx, meanIntensity, integratedIntensity, relativeIntensity, signalToNoise, false);
	}

	public Granule(int id, int cellId, double x, double y, int areaPx, double meanIntensity, double integratedIntensity,
		double relativeIntensity, double signalToNoise, boolean debris)
	{
		this.id = id;
		this.cellId = cellId;
		this.x = x;
		this.y = y;
		this.areaPx = areaPx;
		this.meanIntensity = meanIntensity;
		this.integratedIntensity = integratedIntensity;
		this.relativeIntensity = relativeIntensity;
		this.signalToNoise = signalToNoise;
		this.debris = debris;
	}

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT, "granule %d (%.1f, %.1f) %d px in cell %d", id, x, y, areaPx, cellId);
	}
}
