package org.alsstress.granules.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ij.process.ImageProcessor;

import org.alsstress.granules.domains.DomainField;
import org.alsstress.granules.domains.TruthCell;
import org.alsstress.granules.domains.TruthDebris;
import org.alsstress.granules.domains.TruthGranule;
import org.alsstress.model.DataTable;

/**
 * Scores what Segment Stress Granules wrote for one generated field (its rows of granules.csv and
 * cells.csv and its nucleus label image) against the field's truth, knowing nothing of how it was found.
 * <ul>
 * <li>Granules: one-to-one within 0.4 um (at least 2 px) of the true centre, over the whole true cells
 * (nucleus in the image, not cut by the border) and the background; detections in cut cells are left out.
 * A detection on a debris speck is a false granule ("debris counted"); a detection the results mark as
 * debris (a {@code debris} column that is true) is not a granule and, on a speck, is "debris flagged".</li>
 * <li>Nuclei: one-to-one at IoU 0.5.</li>
 * <li>Cells: each whole true cell whose nucleus was found is compared with the found cell of that nucleus
 * (its {@code granule_count}, {@code sg_positive}, {@code apoptotic}) unless that cell is marked as cut.</li>
 * </ul>
 */
public final class DomainScorer {
	public static final double MATCH_UM = 0.4, MIN_MATCH_PX = 2;
	public static final String DEBRIS_COLUMN = "debris";

	private DomainScorer() {}

	public static double matchPx(double pixelUm) {
		return Math.max(MIN_MATCH_PX, MATCH_UM / pixelUm);
	}

	/**
	 * @param granuleRows the field's rows of granules.csv (columns x_px, y_px, optional debris)
	 * @param cellRows the field's rows of cells.csv (cell_id, granule_count, sg_positive, apoptotic, edge)
	 * @param nuclei the nucleus label image written for the field
	 */
	public static DomainTally score(DomainField field, DataTable granuleRows, DataTable cellRows, ImageProcessor nuclei) {
		DomainTally t = new DomainTally();
		t.fields = 1;
		int w = field.cellLabels().getWidth();
		short[] truthCells = (short[]) field.cellLabels().getPixels();
		Map<Integer, TruthCell> byId = new HashMap<>();
		for (TruthCell c : field.cells())
			byId.put(c.id, c);

		// granules and debris
		List<TruthGranule> granules = new ArrayList<>();
		for (TruthGranule g : field.granules())
			if (scorable(byId.get(g.cellId))) granules.add(g);
		List<TruthDebris> debris = new ArrayList<>();
		for (TruthDebris d : field.debris())
			if (d.cellId == 0 || scorable(byId.get(d.cellId))) debris.add(d);
		List<double[]> counted = new ArrayList<>(), flagged = new ArrayList<>();
		boolean hasFlag = granuleRows.hasColumn(DEBRIS_COLUMN);
		for (int r = 0; r < granuleRows.rowCount(); r++) {
			double x = granuleRows.getDouble(r, "x_px"), y = granuleRows.getDouble(r, "y_px");
			int ix = (int) Math.floor(x), iy = (int) Math.floor(y);
			if (ix < 0 || iy < 0 || ix >= w || iy >= field.cellLabels().getHeight()) continue;
			int label = truthCells[iy * w + ix];
			if (label != 0 && !scorable(byId.get(label))) continue;
			(hasFlag && granuleRows.getBoolean(r, DEBRIS_COLUMN) ? flagged : counted).add(new double[] { x, y });
		}
		double radius = matchPx(field.recipe.pixelUm);
		double[][] targets = new double[granules.size() + debris.size()][];
		for (int k = 0; k < granules.size(); k++)
			targets[k] = new double[] { granules.get(k).x, granules.get(k).y };
		for (int k = 0; k < debris.size(); k++)
			targets[granules.size() + k] = new double[] { debris.get(k).x, debris.get(k).y };
		PointMatching m = PointMatcher.match(counted.toArray(new double[0][]), targets, radius);
		for (int k = 0; k < granules.size(); k++) {
			boolean found = m.detectionOf(k) >= 0;
			if (found) t.truePositives++;
			else t.falseNegatives++;
			int snr = DomainTally.snrBin(granules.get(k).snr);
			t.snrTotal[snr]++;
			if (found) t.snrFound[snr]++;
			if (granules.get(k).contrast < 2 && granules.get(k).snr > 10) {
				t.faintVisibleTotal++;
				if (found) t.faintVisibleFound++;
			}
			if (granules.get(k).inCluster()) {
				t.clusteredTotal++;
				if (found) t.clusteredFound++;
			}
			int bin = DomainTally.contrastBin(granules.get(k).contrast);
			if (bin >= 0) {
				t.contrastTotal[bin]++;
				if (found) t.contrastFound[bin]++;
			}
		}
		t.falsePositives = counted.size() - t.truePositives;
		t.debris = debris.size();
		for (int k = 0; k < debris.size(); k++)
			if (m.detectionOf(granules.size() + k) >= 0) t.debrisCounted++;
		double[][] specks = new double[debris.size()][];
		for (int k = 0; k < debris.size(); k++)
			specks[k] = targets[granules.size() + k];
		t.debrisFlagged = PointMatcher.match(flagged.toArray(new double[0][]), specks, radius).truePositives();

		// nuclei and cells
		LabelMatching n = LabelMatcher.match(field.nucleusLabels(), nuclei);
		t.nucleiTruePositives = n.truePositives();
		t.nucleiFalsePositives = n.falsePositives();
		t.nucleiFalseNegatives = n.falseNegatives();
		Map<Integer, Integer> rowOf = new HashMap<>();
		for (int r = 0; r < cellRows.rowCount(); r++)
			rowOf.put((int) cellRows.getDouble(r, "cell_id"), r);
		for (TruthCell c : field.cells()) {
			if (!c.scorable()) continue;
			Integer row = rowOf.get(n.predictedFor(c.id));
			if (row == null || cellRows.getBoolean(row, "edge")) {
				t.unscoredCells++;
				continue;
			}
			int measured = (int) Math.round(cellRows.getDouble(row, "granule_count"));
			int bin = DomainTally.countBin(c.granuleCount);
			t.cells++;
			t.binCells[bin]++;
			t.binError[bin] += measured - c.granuleCount;
			t.binAbsError[bin] += Math.abs(measured - c.granuleCount);
			t.binTruth[bin] += c.granuleCount;
			if (!c.stressed) {
				t.unstressedCells++;
				t.falseGranulesInUnstressed += measured;
			}
			if (c.granuleCount >= 1) t.trueSgPositive++;
			if (cellRows.getBoolean(row, "sg_positive")) t.measuredSgPositive++;
			if (c.apoptotic) t.trueApoptotic++;
			if (cellRows.getBoolean(row, "apoptotic") == c.apoptotic) t.apoptosisCorrect++;
		}
		return t;
	}

	private static boolean scorable(TruthCell c) {
		return c != null && c.scorable();
	}
}
