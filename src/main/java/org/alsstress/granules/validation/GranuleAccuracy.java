package org.alsstress.granules.validation;

import java.util.List;
import java.util.Locale;

import ij.process.ImageProcessor;

import org.alsstress.granules.CellResult;
import org.alsstress.granules.FieldAnalysis;
import org.alsstress.granules.FieldAnalyzer;
import org.alsstress.granules.FieldImage;
import org.alsstress.granules.Granule;
import org.alsstress.granules.SegmentationSettings;
import org.alsstress.granules.sim.FieldSimulator;
import org.alsstress.granules.sim.FieldSpec;
import org.alsstress.granules.sim.Scenario;
import org.alsstress.granules.sim.SimulatedField;
import org.alsstress.granules.sim.TrueCell;

/**
 * The pipeline scored against a simulated field's truth: granules matched one-to-one within 3 px, nuclei
 * at IoU 0.5, per-cell counts of the cells whose nucleus was found (edge cells left out as the pipeline
 * leaves them out), false granules in those cells, SG-positive percentage and apoptosis calls.
 */
public final class GranuleAccuracy {

	public static final double MATCH_PX = 3;

	public final Scenario scenario;
	public final long seed;
	public final PointMatching granules;
	public final PointMatching baseline;
	public final LabelMatching nuclei;
	/** Cells scored: true non-edge cells whose nucleus was found and whose found cell is not an edge cell. */
	public final int cells;
	public final double countAbsError;
	public final double countBias;
	/** Detected granules in the scored cells that match no true granule. */
	public final int falseGranules;
	public final int trueSgPositive;
	public final int sgPositive;
	public final int apoptosisCorrect;
	public final int detectedGranules;

	private GranuleAccuracy(Scenario scenario, long seed, PointMatching granules, PointMatching baseline,
		LabelMatching nuclei, int cells, double countAbsError, double countBias, int falseGranules, int trueSgPositive,
		int sgPositive, int apoptosisCorrect, int detectedGranules)
	{
		this.scenario = scenario;
		this.seed = seed;
		this.granules = granules;
		this.baseline = baseline;
		this.nuclei = nuclei;
		this.cells = cells;
		this.countAbsError = countAbsError;
		this.countBias = countBias;
		this.falseGranules = falseGranules;
		this.trueSgPositive = trueSgPositive;
		this.sgPositive = sgPositive;
		this.apoptosisCorrect = apoptosisCorrect;
		this.detectedGranules = detectedGranules;
	}

	/** A square simulated field. */
	public static SimulatedField field(Scenario scenario, long seed, int size) {
		return FieldSimulator.simulate(scenario, seed, FieldSpec.of(size, size));
	}

	public static SegmentationSettings settings(SimulatedField field) {
		SegmentationSettings s = new SegmentationSettings();
		s.pixelSizeUm = field.spec().pixelUm;
		return s;
	}

	/** The pipeline on a simulated field, with its cell and apoptosis channels or without them. */
	public static FieldAnalysis analyze(SimulatedField field, boolean withCellAndApoptosis) {
		ImageProcessor cell = withCellAndApoptosis ? field.channel(SimulatedField.CELL_CHANNEL) : null;
		ImageProcessor apoptosis = withCellAndApoptosis ? field.channel(SimulatedField.APOPTOSIS_CHANNEL) : null;
		FieldImage image = new FieldImage("field", field.channel(SimulatedField.NUCLEI_CHANNEL), field.channel(
			SimulatedField.GRANULE_CHANNEL), cell, apoptosis);
		return FieldAnalyzer.analyze(image, settings(field), null, null);
	}

	/** Simulates, analyses (all four channels) and scores one field. */
	public static GranuleAccuracy of(Scenario scenario, long seed, int size) {
		SimulatedField field = field(scenario, seed, size);
		return score(field, analyze(field, true));
	}

	public static GranuleAccuracy score(SimulatedField field, FieldAnalysis a) {
		List<Granule> found = a.granules.granules;
		double[][] points = new double[found.size()][];
		for (int i = 0; i < points.length; i++)
			points[i] = new double[] { found.get(i).x, found.get(i).y };
		PointMatching granules = PointMatcher.match(points, field.granulePoints(), MATCH_PX);
		PointMatching baseline = PointMatcher.match(new FindMaximaBaseline(field.spec().pixelUm).detect(field.channel(
			SimulatedField.GRANULE_CHANNEL)), field.granulePoints(), MATCH_PX);
		LabelMatching nuclei = LabelMatcher.match(field.nucleusLabels(), a.nuclei.labels.toShortProcessor());
		int maxId = 0;
		for (CellResult c : a.cellResults)
			maxId = Math.max(maxId, c.id);
		boolean[] scored = new boolean[maxId + 1];
		int cells = 0, apoptosisCorrect = 0, trueSg = 0, sg = 0;
		double absError = 0, bias = 0;
		for (TrueCell truth : field.cells()) {
			if (truth.edge) continue;
			int predicted = nuclei.predictedFor(truth.id);
			CellResult c = predicted > 0 ? cell(a, predicted) : null;
			if (c == null || c.edge) continue;
			scored[c.id] = true;
			cells++;
			absError += Math.abs(c.granuleCount - truth.granuleCount);
			bias += c.granuleCount - truth.granuleCount;
			if (c.apoptotic == truth.apoptotic) apoptosisCorrect++;
			if (truth.sgPositive(a.settings.sgPositiveMinGranules)) trueSg++;
			if (c.sgPositive) sg++;
		}
		int falseGranules = 0;
		for (int i = 0; i < found.size(); i++) {
			int cell = found.get(i).cellId;
			if (cell > 0 && cell <= maxId && scored[cell] && granules.truthOf(i) < 0) falseGranules++;
		}
		return new GranuleAccuracy(field.scenario(), field.seed(), granules, baseline, nuclei, cells, cells == 0 ? 0
			: absError / cells, cells == 0 ? 0 : bias / cells, falseGranules, trueSg, sg, apoptosisCorrect, found.size());
	}

	private static CellResult cell(FieldAnalysis a, int id) {
		for (CellResult c : a.cellResults)
			if (c.id == id) return c;
		return null;
	}

	public double falseGranulesPerCell() {
		return cells == 0 ? 0 : (double) falseGranules / cells;
	}

	public double truePctSg() {
		return cells == 0 ? 0 : 100.0 * trueSgPositive / cells;
	}

	public double pctSg() {
		return cells == 0 ? 0 : 100.0 * sgPositive / cells;
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%s seed %d: granule F1 %.3f (P %.3f R %.3f, %d found) baseline F1 %.3f; " +
			"nuclei F1 %.3f; %d cells MAE %.2f bias %+.2f; %%SG+ %.1f (truth %.1f); apoptosis %d/%d; " +
			"false granules/cell %.2f", scenario.key(), seed, granules.f1(), granules.precision(), granules.recall(),
			detectedGranules, baseline.f1(), nuclei.f1(), cells, countAbsError, countBias, pctSg(), truePctSg(),
			apoptosisCorrect, cells, falseGranulesPerCell());
	}
}
