package org.alsstress.granules.domains;

/** A dust or debris speck: brighter and sharper than any granule of its field, not a granule. */
public final class TruthDebris {
	public final int id;
	/** The cell it lies on (0 = background). */
	public final int cellId;
	public final double x, y;
	public final double diameterUm;

	TruthDebris(int id, int cellId, double x, double y, double diameterUm) {
		this.id = id;
		this.cellId = cellId;
		this.x = x;
		this.y = y;
		this.diameterUm = diameterUm;
	}
}
