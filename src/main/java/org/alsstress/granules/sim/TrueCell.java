package org.alsstress.granules.sim;

/** A simulated cell; its id is its value in both the nucleus and the cell label image. */
public final class TrueCell {
	public final int id;
	/** Nucleus centroid in ImageJ coordinates (pixel centres at i + 0.5). */
	public final double nucleusX;
	public final double nucleusY;
	public final int nucleusAreaPx;
	public final int cellAreaPx;
	/** The cell's granule-marker expression relative to a typical cell (varies about 5-fold). */
	public final double expression;
	public final boolean apoptotic;
	/** The cell's territory touches the image border (the cell is cut). */
	public final boolean edge;
	public final int granuleCount;

	TrueCell(int id, double nucleusX, double nucleusY, int nucleusAreaPx, int cellAreaPx, double expression,
		boolean apoptotic, boolean edge, int granuleCount)
	{
		this.id = id;
		this.nucleusX = nucleusX;
		this.nucleusY = nucleusY;
		this.nucleusAreaPx = nucleusAreaPx;
		this.cellAreaPx = cellAreaPx;
		this.expression = expression;
		this.apoptotic = apoptotic;
		this.edge = edge;
		this.granuleCount = granuleCount;
	}

	/** Stress-granule positive at the given minimum number of granules. */
	public boolean sgPositive(int minGranules) {
		return granuleCount >= minGranules;
	}

	@Override
	public String toString() {
		return "cell " + id + (apoptotic ? " apoptotic" : "") + (edge ? " edge" : "") + ", " + granuleCount +
			" granules";
	}
}
