package org.alsstress.granules;

import java.util.List;

import org.alsstress.imaging.LabelImage;

/** The granules of a field: their label image (label = granule id) and their measurements. */
public final class GranuleDetection {

	public final LabelImage labels;
	public final List<Granule> granules;
	public final CellLevels levels;

	GranuleDetection(LabelImage labels, List<Granule> granules, CellLevels levels) {
		this.labels = labels;
		this.granules = granules;
		this.levels = levels;
	}
}
