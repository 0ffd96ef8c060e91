package org.alsstress.granules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.alsstress.imaging.LabelImage;

/** Everything the pipeline found in one field. */
public final class FieldAnalysis {

	public final String image;
	public final SegmentationSettings settings;
	public final Nuclei nuclei;
	public final LabelImage cells;
	public final GranuleDetection granules;
	public final ApoptosisCalls apoptosis;
	public final List<CellResult> cellResults;

	FieldAnalysis(String image, SegmentationSettings settings, Nuclei nuclei, LabelImage cells,
		GranuleDetection granules, ApoptosisCalls apoptosis, List<CellResult> cellResults)
	{
		this.image = image;
		this.settings = settings;
		this.nuclei = nuclei;
		this.cells = cells;
		this.granules = granules;
		this.apoptosis = apoptosis;
		this.cellResults = Collections.unmodifiableList(new ArrayList<>(cellResults));
	}

	/** The same readout without the label images (to keep folder runs small in memory). */
	public FieldAnalysis withoutPixels() {
		return new FieldAnalysis(image, settings, new Nuclei(null, nuclei.count, nuclei.edge), null,
			new GranuleDetection(null, granules.granules, granules.levels), apoptosis, cellResults);
	}

	/** The cells that enter the per-image statistics: all but edge cells, unless edge cells are included. */
	public List<CellResult> countedCells() {
		List<CellResult> counted = new ArrayList<>();
		for (CellResult c : cellResults)
			if (settings.includeEdgeCells || !c.edge) counted.add(c);
		return counted;
	}

	public int sgPositiveCells() {
		int n = 0;
		for (CellResult c : countedCells())
			if (c.sgPositive) n++;
		return n;
	}

	public int apoptoticCells() {
		int n = 0;
		for (CellResult c : countedCells())
			if (c.apoptotic) n++;
		return n;
	}

	public double pctSgPositive() {
		int n = countedCells().size();
		return n == 0 ? Double.NaN : 100.0 * sgPositiveCells() / n;
	}

	public double pctApoptotic() {
		int n = countedCells().size();
		return n == 0 ? Double.NaN : 100.0 * apoptoticCells() / n;
	}

	/**
	 * The field's granules, debris left out: those of every cell, counted or not (the sum of their granule_count),
	 * and those in no cell that has a readout.
	 */
	public int granuleTotal() {
		int n = 0;
		for (Granule g : granules.granules)
			if (!g.debris) n++;
		return n;
	}

	public double granulesPerCell() {
		List<CellResult> counted = countedCells();
		if (counted.isEmpty()) return Double.NaN;
		double sum = 0;
		for (CellResult c : counted)
			sum += c.granuleCount;
		return sum / counted.size();
	}
}
