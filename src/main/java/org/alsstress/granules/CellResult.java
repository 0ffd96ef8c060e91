package org.alsstress.granules;

/** One cell's readout (a row of cells.csv); its id is its value in the nucleus and cell label images. */
public final class CellResult {

	public final int id;
	public final double nucleusX;
	public final double nucleusY;
	public final int nucleusAreaPx;
	public final int cellAreaPx;
	public final int granuleCount;
	public final int granuleAreaPx;
	public final boolean sgPositive;
	public final boolean apoptotic;
	public final boolean edge;
	/** Diffuse granule-marker level above background, and the detector's noise in this cell. */
	public final double diffuseLevel;
	public final double noise;
	/** Mean apoptosis-channel signal (NaN without the channel). */
	public final double apoptosisSignal;

	CellResult(int id, double nucleusX, double nucleusY, int nucleusAreaPx, int cellAreaPx, int granuleCount,
		int granuleAreaPx, boolean sgPositive, boolean apoptotic, boolean edge, double diffuseLevel, double noise,
		double apoptosisSignal)
	{
		this.id = id;
		this.nucleusX = nucleusX;
		this.nucleusY = nucleusY;
		this.nucleusAreaPx = nucleusAreaPx;
		this.cellAreaPx = cellAreaPx;
		this.granuleCount = granuleCount;
		this.granuleAreaPx = granuleAreaPx;
		this.sgPositive = sgPositive;
		this.apoptotic = apoptotic;
		this.edge = edge;
		this.diffuseLevel = diffuseLevel;
		this.noise = noise;
		this.apoptosisSignal = apoptosisSignal;
	}
}
