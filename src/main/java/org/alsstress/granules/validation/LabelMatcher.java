package org.alsstress.granules.validation;

import ij.process.ImageProcessor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Matches the objects of two label images (0 = background, any other value one object) one-to-one
 * where their intersection over union reaches a threshold; with the usual threshold of 0.5 and
 * above, each object can overlap that much with at most one other, and ties at exactly 0.5 are
 * resolved by an optimal assignment on IoU.
 */
public final class LabelMatcher {

	private LabelMatcher() {}

	public static LabelMatching match(ImageProcessor truth, ImageProcessor predicted) {
		return match(truth, predicted, 0.5);
	}

	public static LabelMatching match(ImageProcessor truth, ImageProcessor predicted, double minIoU) {
		if (truth.getWidth() != predicted.getWidth() || truth.getHeight() != predicted.getHeight())
			throw new IllegalArgumentException("label images differ in size: " + truth.getWidth() + "x" + truth
				.getHeight() + " vs " + predicted.getWidth() + "x" + predicted.getHeight());
		Map<Integer, Integer> trueArea = new TreeMap<>(), predictedArea = new TreeMap<>();
		Map<Long, Integer> overlap = new HashMap<>();
		for (int i = 0; i < truth.getPixelCount(); i++) {
			int t = label(truth, i), p = label(predicted, i);
			if (t != 0) trueArea.merge(t, 1, Integer::sum);
			if (p != 0) predictedArea.merge(p, 1, Integer::sum);
			if (t != 0 && p != 0) overlap.merge(((long) t << 32) | (p & 0xffffffffL), 1, Integer::sum);
		}
		List<int[]> candidates = new ArrayList<>();
		List<Double> ious = new ArrayList<>();
		for (Map.Entry<Long, Integer> e : overlap.entrySet()) {
			int t = (int) (e.getKey() >> 32), p = (int) (long) e.getKey();
			double iou = e.getValue() / (double) (trueArea.get(t) + predictedArea.get(p) - e.getValue());
			if (iou >= minIoU) {
				candidates.add(new int[] {t, p});
				ious.add(iou);
			}
		}
		return new LabelMatching(assign(candidates, ious), trueArea.size(), predictedArea.size());
	}

	/** The most pairs, then the highest summed IoU, among the candidate pairs. */
	private static List<LabelMatching.Pair> assign(List<int[]> candidates, List<Double> ious) {
		List<Integer> trues = new ArrayList<>(), preds = new ArrayList<>();
		for (int[] c : candidates) {
			if (!trues.contains(c[0])) trues.add(c[0]);
			if (!preds.contains(c[1])) preds.add(c[1]);
		}
		List<LabelMatching.Pair> pairs = new ArrayList<>();
		if (candidates.isEmpty()) return pairs;
		if (candidates.size() == trues.size() && candidates.size() == preds.size()) {
			for (int k = 0; k < candidates.size(); k++)
				pairs.add(new LabelMatching.Pair(candidates.get(k)[0], candidates.get(k)[1], ious.get(k)));
		} else {
			double[][] cost = new double[trues.size()][preds.size()];
			double[][] iou = new double[trues.size()][preds.size()];
			for (double[] row : cost)
				java.util.Arrays.fill(row, 2.0 * (candidates.size() + 1));
			for (int k = 0; k < candidates.size(); k++) {
				int r = trues.indexOf(candidates.get(k)[0]), c = preds.indexOf(candidates.get(k)[1]);
				cost[r][c] = 1 - ious.get(k);
				iou[r][c] = ious.get(k);
			}
			int[] assigned = Assignment.solve(cost);
			for (int r = 0; r < assigned.length; r++)
				if (assigned[r] >= 0 && iou[r][assigned[r]] > 0) pairs.add(new LabelMatching.Pair(trues.get(r), preds.get(
					assigned[r]), iou[r][assigned[r]]));
		}
		pairs.sort((a, b) -> Integer.compare(a.trueLabel, b.trueLabel));
		return pairs;
	}

	private static int label(ImageProcessor ip, int i) {
		return ip.getBitDepth() == 32 ? Math.round(ip.getf(i)) : ip.get(i);
	}
}
