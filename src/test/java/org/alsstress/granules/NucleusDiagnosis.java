package org.alsstress.granules;

import java.util.Locale;

import ij.process.ShortProcessor;

import org.alsstress.granules.sim.Scenario;
import org.alsstress.granules.sim.SimulatedField;
import org.alsstress.granules.validation.GranuleAccuracy;
import org.alsstress.granules.validation.LabelMatcher;
import org.alsstress.granules.validation.LabelMatching;

/**
 * Development aid: nuclei F1 at IoU 0.5 per simulated field, and what kind each error is:
 * {@code NucleusDiagnosis firstSeed seeds [scenarios...]}.
 * A true nucleus is missed when nothing overlaps its half, merged when its best prediction covers another
 * true nucleus as much, split when two predictions each hold a fifth of it, else a boundary miss (mask too
 * loose or too tight); unmatched predictions are spurious when they lie mostly on background.
 */
final class NucleusDiagnosis {

	public static void main(String[] args) {
		int first = Integer.parseInt(args[0]), seeds = Integer.parseInt(args[1]);
		Scenario[] scenarios = Scenario.values();
		if (args.length > 2) {
			scenarios = new Scenario[args.length - 2];
			for (int i = 2; i < args.length; i++)
				scenarios[i - 2] = Scenario.parse(args[i]);
		}
		boolean verbose = Boolean.getBoolean("verbose");
		dsb2018(verbose);
		for (Scenario scenario : scenarios) {
			int tp = 0, fp = 0, fn = 0, poor = 0;
			double iouSum = 0, minIoU = 1;
			int[] kinds = new int[6];
			double time = 0;
			StringBuilder perSeed = new StringBuilder();
			for (int seed = first; seed < first + seeds; seed++) {
				SimulatedField field = GranuleAccuracy.field(scenario, seed, 1024);
				SegmentationSettings s = GranuleAccuracy.settings(field);
				long t0 = System.nanoTime();
				Nuclei nuclei = NucleusSegmenter.segment(field.channel(SimulatedField.NUCLEI_CHANNEL)
					.convertToFloatProcessor(), s);
				time += (System.nanoTime() - t0) / 1e6;
				ShortProcessor truth = (ShortProcessor) field.nucleusLabels();
				LabelMatching m = LabelMatcher.match(truth, nuclei.labels.toShortProcessor());
				tp += m.truePositives();
				fp += m.falsePositives();
				fn += m.falseNegatives();
				perSeed.append(String.format(Locale.ROOT, " %d:%.3f", seed, m.f1()));
				for (LabelMatching.Pair p : m.pairs()) {
					iouSum += p.iou;
					minIoU = Math.min(minIoU, p.iou);
					if (p.iou < 0.75) {
						poor++;
						if (verbose) System.out.println(String.format(Locale.ROOT, "  %s%d true %d poor IoU %.3f", scenario
							.key(), seed, p.trueLabel, p.iou));
					}
				}
				classify(truth, nuclei.labels.pixels, nuclei.count, m, kinds, verbose ? scenario.key() + seed : null);
			}
			double f1 = 2.0 * tp / (2.0 * tp + fp + fn);
			System.out.println(String.format(Locale.ROOT,
				"%-9s F1 %.3f (TP %d FP %d FN %d) IoU mean %.3f min %.3f, %d below 0.75; per seed%s | missed %d merged %d split %d tooLoose %d tooTight %d spurious %d | %.0f ms/field",
				scenario.key(), f1, tp, fp, fn, iouSum / tp, minIoU, poor, perSeed, kinds[0], kinds[1], kinds[2], kinds[3], kinds[4], kinds[5], time /
					seeds));
		}
		System.exit(0);
	}

	/** The DSB2018 crop of RealImagesTest, with its settings. */
	private static void dsb2018(boolean verbose) {
		ij.ImagePlus image = ij.IJ.openImage(RealImagesTest.class.getResource("dsb2018/dsb2018_nuclei_img.tif").getPath());
		ij.ImagePlus truth = ij.IJ.openImage(RealImagesTest.class.getResource("dsb2018/dsb2018_nuclei_labels.tif")
			.getPath());
		SegmentationSettings settings = new SegmentationSettings();
		settings.pixelSizeUm = 1;
		settings.nucleusDiameterUm = 16;
		long t0 = System.nanoTime();
		Nuclei nuclei = NucleusSegmenter.segment(image.getProcessor().convertToFloatProcessor(), settings);
		double ms = (System.nanoTime() - t0) / 1e6;
		ShortProcessor t = truth.getProcessor().convertToShortProcessor(false);
		LabelMatching m = LabelMatcher.match(t, nuclei.labels.toShortProcessor());
		int[] kinds = new int[6];
		classify(t, nuclei.labels.pixels, nuclei.count, m, kinds, verbose ? "dsb" : null);
		System.out.println(String.format(Locale.ROOT,
			"dsb2018   F1 %.3f (TP %d FP %d FN %d) | missed %d merged %d split %d tooLoose %d tooTight %d spurious %d | %.0f ms",
			m.f1(), m.truePositives(), m.falsePositives(), m.falseNegatives(), kinds[0], kinds[1], kinds[2], kinds[3],
			kinds[4], kinds[5], ms));
	}

	private static void classify(ShortProcessor truth, int[] predicted, int predictedCount, LabelMatching m,
		int[] kinds, String tag)
	{
		short[] t = (short[]) truth.getPixels();
		int nt = 0;
		for (short v : t)
			nt = Math.max(nt, v & 0xffff);
		int np = predictedCount;
		int[] ta = new int[nt + 1], pa = new int[np + 1];
		java.util.Map<Long, Integer> ov = new java.util.HashMap<>();
		for (int i = 0; i < t.length; i++) {
			int a = t[i] & 0xffff, b = predicted[i];
			ta[a]++;
			pa[b]++;
			if (a > 0 && b > 0) ov.merge((long) a << 32 | b, 1, Integer::sum);
		}
		boolean[] tMatched = new boolean[nt + 1], pMatched = new boolean[np + 1];
		for (LabelMatching.Pair p : m.pairs()) {
			tMatched[p.trueLabel] = true;
			pMatched[p.predictedLabel] = true;
		}
		int[][] best = new int[nt + 1][2];
		int[] bestP = new int[nt + 1], secondOv = new int[nt + 1], bestOv = new int[nt + 1];
		int[] pBestOv = new int[np + 1], pSecondOv = new int[np + 1];
		for (java.util.Map.Entry<Long, Integer> e : ov.entrySet()) {
			int a = (int) (e.getKey() >> 32), b = (int) (long) e.getKey(), o = e.getValue();
			if (o > bestOv[a]) {
				secondOv[a] = bestOv[a];
				bestOv[a] = o;
				bestP[a] = b;
			}
			else if (o > secondOv[a]) secondOv[a] = o;
			if (o > pBestOv[b]) {
				pSecondOv[b] = pBestOv[b];
				pBestOv[b] = o;
			}
			else if (o > pSecondOv[b]) pSecondOv[b] = o;
		}
		for (int a = 1; a <= nt; a++) {
			if (ta[a] == 0 || tMatched[a]) continue;
			int kind;
			int b = bestP[a];
			if (bestOv[a] < 0.5 * ta[a] && secondOv[a] < 0.2 * ta[a]) kind = bestOv[a] < 0.2 * ta[a] ? 0 : 4;
			else if (secondOv[a] >= 0.2 * ta[a]) kind = 2;
			else if (b > 0 && pSecondOv[b] >= 0.2 * pa[b]) kind = 1;
			else kind = pa[b] > ta[a] ? 3 : 4;
			kinds[kind]++;
			if (tag != null) System.out.println(String.format(Locale.ROOT, "  %s true %d area %d best %d (%d px of %d) %s",
				tag, a, ta[a], b, bestOv[a], b > 0 ? pa[b] : 0, new String[] {"missed", "merged", "split", "tooLoose",
					"tooTight"}[kind]));
		}
		for (int b = 1; b <= np; b++)
			if (pa[b] > 0 && !pMatched[b] && pBestOv[b] < 0.5 * pa[b]) {
				kinds[5]++;
				if (tag != null) System.out.println(String.format(Locale.ROOT, "  %s spurious pred %d area %d", tag, b, pa[b]));
			}
	}
}
