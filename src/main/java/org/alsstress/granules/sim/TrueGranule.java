package org.alsstress.granules.sim;

/**
 * A simulated granule. Coordinates follow ImageJ: pixel (i, j) covers [i, i+1) x [j, j+1), so the
 * centre of pixel (i, j) is (i + 0.5, j + 0.5), as in ImageJ centroids.
 */
public final class TrueGranule {
	public final int id;
	public final double x;
	public final double y;
	public final double diameterUm;
	/** The cell (= nucleus) label the granule lies in. */
	public final int cellId;
	/** Peak over the cell's local diffuse level (noise-free), e.g. 1.5 for a faint granule. */
	public final double relativeIntensity;
	/** Peak only 1.5-2 times the diffuse level. */
	public final boolean faint;
	/** One of a pair of touching granules. */
	public final boolean touching;

	TrueGranule(int id, double x, double y, double diameterUm, int cellId, double relativeIntensity,
		boolean faint, boolean touching)
	{
		this.id = id;
		this.x = x;
		this.y = y;
		this.diameterUm = diameterUm;
		this.cellId = cellId;
		this.relativeIntensity = relativeIntensity;
		this.faint = faint;
		this.touching = touching;
	}

	@Override
	public String toString() {
		return String.format("granule %d (%.1f, %.1f) %.2f um cell %d%s%s", id, x, y, diameterUm, cellId,
			faint ? " faint" : "", touching ? " touching" : "");
	}
}
