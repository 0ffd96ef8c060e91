package org.alsstress.granules.domains;

/** A generated granule. Coordinates are ImageJ's: the centre of pixel (i, j) is (i + 0.5, j + 0.5). */
public final class TruthGranule {
	public final int id;
	public final int cellId;
	/** Intensity-weighted centre of the blurred granule's brighter half. */
	public final double x, y;
	public final double diameterUm;
	public final GranuleProfile profile;
	/** Peak over the noise-free diffuse level under the granule (offset removed), e.g. 1.5. */
	public final double contrast;
	/** Peak over the cell's median diffuse cytoplasm level. */
	public final double cellContrast;
	/** Perinuclear cluster this granule belongs to (0 = none). */
	public final int cluster;
	/** Its noise-free peak reaches the top of the range. */
	public final boolean saturated;
	/**
	 * Matched-filter signal-to-noise ratio of the noise-free granule against the local pixel noise (shot noise
	 * with the detector's excess noise, read noise, rounding) and the cytoplasm's fine speckle.
	 */
	public final double snr;
	/** Distance to the nearest other granule's centre (infinite when alone). */
	public final double nearestUm;

	TruthGranule(int id, int cellId, double x, double y, double diameterUm, GranuleProfile profile, double contrast,
		double cellContrast, int cluster, boolean saturated, double snr, double nearestUm)
	{
		this.id = id;
		this.cellId = cellId;
		this.x = x;
		this.y = y;
		this.diameterUm = diameterUm;
		this.profile = profile;
		this.contrast = contrast;
		this.cellContrast = cellContrast;
		this.cluster = cluster;
		this.saturated = saturated;
		this.snr = snr;
		this.nearestUm = nearestUm;
	}

	public boolean inCluster() {
		return cluster > 0;
	}

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT, "granule %d (%.1f, %.1f) %s %.2f um x%.2f cell %d%s", id, x, y,
			profile.key(), diameterUm, contrast, cellId, cluster > 0 ? " cluster " + cluster : "");
	}
}
