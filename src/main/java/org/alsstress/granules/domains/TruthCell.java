package org.alsstress.granules.domains;

/** A generated cell; its id is its value in the nucleus and the cell label image. */
public final class TruthCell {
	public final int id;
	/** Nucleus centroid (ImageJ coordinates); NaN when the nucleus lies outside the image. */
	public final double nucleusX, nucleusY;
	public final int nucleusAreaPx, cellAreaPx;
	/** The cell's territory touches the image border. */
	public final boolean edge;
	public final boolean stressed, apoptotic, fragmented;
	public final int granuleCount, clusteredGranules;
	/** Median noise-free diffuse granule-marker level of its cytoplasm, in data units above the offset. */
	public final double diffuseLevel;
	/** Its granule-marker expression relative to the field's middle cell. */
	public final double expression;

	TruthCell(int id, double nucleusX, double nucleusY, int nucleusAreaPx, int cellAreaPx, boolean edge,
		boolean stressed, boolean apoptotic, boolean fragmented, int granuleCount, int clusteredGranules,
		double diffuseLevel, double expression)
	{
		this.id = id;
		this.nucleusX = nucleusX;
		this.nucleusY = nucleusY;
		this.nucleusAreaPx = nucleusAreaPx;
		this.cellAreaPx = cellAreaPx;
		this.edge = edge;
		this.stressed = stressed;
		this.apoptotic = apoptotic;
		this.fragmented = fragmented;
		this.granuleCount = granuleCount;
		this.clusteredGranules = clusteredGranules;
		this.diffuseLevel = diffuseLevel;
		this.expression = expression;
	}

	/** A whole cell with its nucleus in the image: the cells a user's counts are about. */
	public boolean scorable() {
		return !edge && nucleusAreaPx > 0;
	}

	@Override
	public String toString() {
		return "cell " + id + (apoptotic ? " apoptotic" : "") + (stressed ? " stressed" : "") + (edge ? " edge" : "") +
			", " + granuleCount + " granules";
	}
}
