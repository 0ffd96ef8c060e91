package org.alsstress.granules;

import java.util.ArrayList;
import java.util.List;

import ij.process.FloatProcessor;

import org.alsstress.imaging.LabelBorders;
import org.alsstress.imaging.LabelImage;
import org.alsstress.imaging.LabelMeasurements;

/**
 * The whole pipeline on one field: nuclei, cells, granules, apoptosis, per-cell readout. Each stage gets a float
 * copy of its channel from the field, which is garbage once the stage is done.
 */
public final class FieldAnalyzer {

	private FieldAnalyzer() {}

	/** @param importedNuclei nucleus labels made elsewhere, or null; @param importedCells cell labels made elsewhere, or null */
	public static FieldAnalysis analyze(FieldImage field, SegmentationSettings settings, LabelImage importedNuclei,
		LabelImage importedCells)
	{
		Nuclei nuclei = importedNuclei != null ? NucleusSegmenter.fromLabels(importedNuclei)
			: NucleusSegmenter.segment(field.nuclei(), settings);
		LabelImage cells;
		if (importedCells != null) {
			cells = CellLabels.matchToNuclei(importedCells, nuclei);
		}
		else {
			FloatProcessor cytoplasm = field.hasCells() ? field.cells() : field.granules();
			List<FloatProcessor> borders = new ArrayList<>();
			if (field.hasCells()) borders.add(field.granules());
			if (field.hasApoptosis()) borders.add(field.apoptosis());
			cells = CellSegmenter.segment(cytoplasm, borders, nuclei, settings);
		}
		GranuleDetection granules = GranuleDetector.detect(field.granules(), cells, nuclei.labels, settings);
		ApoptosisCalls apoptosis = field.hasApoptosis() ? ApoptosisClassifier.fromChannel(field.apoptosis(), cells,
			settings.apoptosisThreshold) : ApoptosisClassifier.fromNuclei(field.nuclei(), nuclei, cells);
		return new FieldAnalysis(field.name, settings, nuclei, cells, granules, apoptosis, cellResults(nuclei, cells,
			granules, apoptosis, settings));
	}

	private static List<CellResult> cellResults(Nuclei nuclei, LabelImage cells, GranuleDetection granules,
		ApoptosisCalls apoptosis, SegmentationSettings settings)
	{
		LabelMeasurements n = LabelMeasurements.measure(nuclei.labels, null);
		LabelMeasurements c = LabelMeasurements.measure(cells, null);
		boolean[] cellOnBorder = LabelBorders.touchingBorder(cells);
		int[] count = new int[nuclei.count + 1], area = new int[nuclei.count + 1];
		for (Granule g : granules.granules)
			if (!g.debris && g.cellId > 0 && g.cellId <= nuclei.count) {
				count[g.cellId]++;
				area[g.cellId] += g.areaPx;
			}
		List<CellResult> results = new ArrayList<>();
		for (int id = 1; id <= nuclei.count; id++) {
			if (!n.exists(id)) continue;
			boolean edge = nuclei.edge[id] || id < cellOnBorder.length && cellOnBorder[id];
			int cellArea = c.exists(id) ? (int) c.area[id] : 0;
			results.add(new CellResult(id, n.centroidX(id) + 0.5, n.centroidY(id) + 0.5, (int) n.area[id], cellArea,
				count[id], area[id], count[id] >= settings.sgPositiveMinGranules, id < apoptosis.apoptotic.length &&
					apoptosis.apoptotic[id], edge, at(granules.levels.diffuse, id), at(granules.levels.noise, id), at(
						apoptosis.signal, id)));
		}
		return results;
	}

	private static double at(double[] values, int i) {
		return i < values.length ? values[i] : Double.NaN;
	}
}
