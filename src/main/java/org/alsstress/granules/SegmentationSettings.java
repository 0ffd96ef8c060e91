package org.alsstress.granules;

/** The pipeline's parameters, in micrometres where they are sizes. */
public final class SegmentationSettings {

	public double pixelSizeUm = 0.13;
	public double granuleMinDiameterUm = 0.3;
	public double granuleMaxDiameterUm = 3.0;
	/** Scales the detection threshold: 2 finds fainter granules, 0.5 only clear ones. */
	public double sensitivity = 1.0;
	public double nucleusDiameterUm = 11;
	public int sgPositiveMinGranules = 1;
	/** Cell mean of the apoptosis channel above which a cell is apoptotic; 0 = automatic. */
	public double apoptosisThreshold = 0;
	public boolean includeEdgeCells = false;
	/** How far a cell may reach beyond its nucleus, in nucleus diameters. */
	public double maxCellReach = 2.0;

	/** Micrometres to pixels. */
	public double px(double um) {
		return um / pixelSizeUm;
	}

	public double pixelAreaUm2() {
		return pixelSizeUm * pixelSizeUm;
	}

	public SegmentationSettings copy() {
		SegmentationSettings s = new SegmentationSettings();
		s.pixelSizeUm = pixelSizeUm;
		s.granuleMinDiameterUm = granuleMinDiameterUm;
		s.granuleMaxDiameterUm = granuleMaxDiameterUm;
		s.sensitivity = sensitivity;
		s.nucleusDiameterUm = nucleusDiameterUm;
		s.sgPositiveMinGranules = sgPositiveMinGranules;
		s.apoptosisThreshold = apoptosisThreshold;
		s.includeEdgeCells = includeEdgeCells;
		s.maxCellReach = maxCellReach;
		return s;
	}
}
