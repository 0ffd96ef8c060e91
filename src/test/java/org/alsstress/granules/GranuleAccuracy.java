package org.alsstress.granules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ij.process.ImageProcessor;

import org.alsstress.granules.sim.FieldSimulator;
import org.alsstress.granules.sim.FieldSpec;
import org.alsstress.granules.sim.Scenario;
import org.alsstress.granules.sim.SimulatedField;
import org.alsstress.granules.sim.TrueCell;
import org.alsstress.granules.validation.DetectionScore;
import org.alsstress.granules.validation.FindMaximaBaseline;
import org.alsstress.granules.validation.LabelMatcher;
import org.alsstress.granules.validation.LabelMatching;
import org.alsstress.granules.validation.PointMatcher;
import org.alsstress.granules.validation.PointMatching;

/**
 * The pipeline scored against a simulated field's truth: granules matched one-to-one within 3 px,
 * nuclei at IoU 0.5, per-cell counts of the cells whose nucleus was found (edge cells left out as
 * the pipeline leaves them out), SG-positive percentage and apoptosis calls.
 */
final class GranuleAccuracy {

	static final double MATCH_PX = 3;

	final Scenario scenario;
	final long seed;
	final PointMatching granules;
	final PointMatching baseline;
	final LabelMatching nuclei;
	final int cells;
	final double countAbsError;
	final double countBias;
	final double truePctSg;
	final double pctSg;
	final int apoptosisCorrect;
	final int detectedGranules;

	private GranuleAccuracy(Scenario scenario, long seed, PointMatching granules, PointMatching baseline,
		LabelMatching nuclei, int cells, double countAbsError, double countBias, double truePctSg, double pctSg,
		int apoptosisCorrect, int detectedGranules)
	{
		this.scenario = scenario;
		this.seed = seed;
		this.granules = granules;
		this.baseline = baseline;
		this.nuclei = nuclei;
		this.cells = cells;
		this.countAbsError = countAbsError;
		this.countBias = countBias;
		this.truePctSg = truePctSg;
		this.pctSg = pctSg;
		this.apoptosisCorrect = apoptosisCorrect;
		this.detectedGranules = detectedGranules;
	}

	static SimulatedField field(Scenario scenario, long seed, int size) {
		return FieldSimulator.simulate(scenario, seed, FieldSpec.of(size, size));
	}

	static SegmentationSettings settings(SimulatedField field) {
		SegmentationSettings s = new SegmentationSettings();
		s.pixelSizeUm = field.spec().pixelUm;
		return s;
	}

	static FieldAnalysis analyze(SimulatedField field, boolean withCellAndApoptosis) {
		ImageProcessor cell = withCellAndApoptosis ? field.channel(SimulatedField.CELL_CHANNEL) : null;
		ImageProcessor apoptosis = withCellAndApoptosis ? field.channel(SimulatedField.APOPTOSIS_CHANNEL) : null;
		FieldImage image = new FieldImage("field", field.channel(SimulatedField.NUCLEI_CHANNEL), field.channel(
			SimulatedField.GRANULE_CHANNEL), cell, apoptosis);
		return FieldAnalyzer.analyze(image, settings(field), null, null);
	}

	static GranuleAccuracy score(SimulatedField field, FieldAnalysis a) {
		List<Granule> found = a.granules.granules;
		double[][] points = new double[found.size()][];
		for (int i = 0; i < points.length; i++)
			points[i] = new double[] { found.get(i).x, found.get(i).y };
		PointMatching granules = PointMatcher.match(points, field.granulePoints(), MATCH_PX);
		PointMatching baseline = PointMatcher.match(new FindMaximaBaseline(field.spec().pixelUm).detect(field.channel(
			SimulatedField.GRANULE_CHANNEL)), field.granulePoints(), MATCH_PX);
		LabelMatching nuclei = LabelMatcher.match(field.nucleusLabels(), a.nuclei.labels.toShortProcessor());
		int cells = 0, apoptosisCorrect = 0, trueSg = 0, sg = 0;
		double absError = 0, bias = 0;
		for (TrueCell truth : field.cells()) {
			if (truth.edge) continue;
			int predicted = nuclei.predictedFor(truth.id);
			CellResult c = predicted > 0 ? cell(a, predicted) : null;
			if (c == null || c.edge) continue;
			cells++;
			absError += Math.abs(c.granuleCount - truth.granuleCount);
			bias += c.granuleCount - truth.granuleCount;
			if (c.apoptotic == truth.apoptotic) apoptosisCorrect++;
			if (truth.sgPositive(1)) trueSg++;
			if (c.sgPositive) sg++;
		}
		return new GranuleAccuracy(field.scenario(), field.seed(), granules, baseline, nuclei, cells, cells == 0 ? 0
			: absError / cells, cells == 0 ? 0 : bias / cells, cells == 0 ? 0 : 100.0 * trueSg / cells, cells == 0 ? 0
				: 100.0 * sg / cells, apoptosisCorrect, found.size());
	}

	private static CellResult cell(FieldAnalysis a, int id) {
		for (CellResult c : a.cellResults)
			if (c.id == id) return c;
		return null;
	}

	double falseGranulesPerCell() {
		return cells == 0 ? 0 : (double) granules.falsePositives() / cells;
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%s seed %d: granule F1 %.3f (P %.3f R %.3f, %d found) baseline F1 %.3f; " +
			"nuclei F1 %.3f; %d cells MAE %.2f bias %+.2f; %%SG+ %.1f (truth %.1f); apoptosis %d/%d; FP/cell %.2f",
			scenario.key(), seed, granules.f1(), granules.precision(), granules.recall(), detectedGranules, baseline.f1(),
			nuclei.f1(), cells, countAbsError, countBias, pctSg, truePctSg, apoptosisCorrect, cells,
			falseGranulesPerCell());
	}

	/** Prints the scores of some seeds per scenario: {@code GranuleAccuracy [size] [firstSeed] [seeds] [scenarios...]}. */
	public static void main(String[] args) {
		int size = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
		int first = args.length > 1 ? Integer.parseInt(args[1]) : 1;
		int seeds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
		List<Scenario> scenarios = new ArrayList<>();
		for (int i = 3; i < args.length; i++)
			scenarios.add(Scenario.parse(args[i]));
		if (scenarios.isEmpty()) scenarios = List.of(Scenario.values());
		boolean withChannels = !Boolean.getBoolean("granules.noChannels");
		for (Scenario scenario : scenarios) {
			List<PointMatching> all = new ArrayList<>();
			for (int seed = first; seed < first + seeds; seed++) {
				SimulatedField field = field(scenario, seed, size);
				long t = System.nanoTime();
				FieldAnalysis a = analyze(field, withChannels);
				double seconds = (System.nanoTime() - t) / 1e9;
				GranuleAccuracy acc = score(field, a);
				String qc = System.getProperty("granules.qc");
				if (qc != null) try {
					QcOverlay.write(new FieldImage("f", field.channel(1), field.channel(2), null, null).granules(), a, java.nio.file.Paths.get(qc, scenario.key() + seed + ".png"));
				}
				catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
				all.add(acc.granules);
				System.out.println(acc + String.format(Locale.ROOT, " (%.2f s)", seconds));
				if (Boolean.getBoolean("granules.features")) {
					for (int gi = 0; gi < a.granules.granules.size(); gi++) {
						Granule g = a.granules.granules.get(gi);
						double n = a.granules.levels.noise[g.cellId], d = a.granules.levels.diffuse[g.cellId];
						System.out.println(String.format(Locale.ROOT, "F,%s,%d,%d,%.3f,%.3f,%d,%.3f", scenario.key(), seed,
							acc.granules.truthOf(gi) >= 0 ? 1 : 0, g.signalToNoise, g.signalToNoise * n / d, g.areaPx,
							g.relativeIntensity));
					}
				}
				if (Boolean.getBoolean("granules.missed")) {
					int[] n = new int[4], hit = new int[4];
					for (int ti = 0; ti < field.granules().size(); ti++) {
						org.alsstress.granules.sim.TrueGranule g = field.granules().get(ti);
						int cat = g.faint ? 0 : g.touching ? 1 : g.diameterUm < 0.5 ? 2 : 3;
						n[cat]++;
						if (acc.granules.detectionOf(ti) >= 0) hit[cat]++;
					}
					System.out.println("  recall faint " + hit[0] + "/" + n[0] + " touching " + hit[1] + "/" + n[1] + " small " + hit[2] + "/" + n[2] + " other " + hit[3] + "/" + n[3]);
				}
			}
			System.out.println(scenario.key() + " pooled granule F1 " + String.format(Locale.ROOT, "%.3f", DetectionScore
				.sum(all).f1()));
		}
		System.exit(0);
	}
}
