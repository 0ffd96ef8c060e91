package org.alsstress.granules.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Matches detected points to true points one-to-one within a maximum distance so that the number of
 * matched pairs is as large as possible and, among such matchings, their summed distance is smallest.
 * The points are split into groups linked by candidate pairs, and each group is solved exactly with
 * the Hungarian algorithm, so large fields stay fast.
 */
public final class PointMatcher {

	private PointMatcher() {}

	/**
	 * @param detected points as {x, y}
	 * @param truth points as {x, y}
	 * @param maxDistance largest distance of a matched pair (inclusive), in the points' units
	 */
	public static PointMatching match(double[][] detected, double[][] truth, double maxDistance) {
		int n = detected.length, m = truth.length;
		List<List<Integer>> candidates = candidates(detected, truth, maxDistance);
		List<List<Integer>> reverse = new ArrayList<>();
		for (int j = 0; j < m; j++)
			reverse.add(new ArrayList<>());
		for (int i = 0; i < n; i++)
			for (int j : candidates.get(i))
				reverse.get(j).add(i);
		int[] group = new int[n + m];
		Arrays.fill(group, -1);
		int[] detectedToTruth = new int[n], truthToDetected = new int[m];
		Arrays.fill(detectedToTruth, -1);
		Arrays.fill(truthToDetected, -1);
		int pairs = 0;
		double distanceSum = 0;
		for (int start = 0; start < n; start++) {
			if (group[start] >= 0 || candidates.get(start).isEmpty()) continue;
			List<Integer> rows = new ArrayList<>(), columns = new ArrayList<>();
			collect(start, candidates, reverse, group, rows, columns, n);
			double[][] cost = new double[rows.size()][columns.size()];
			// a non-pair costs more than any set of real pairs, so the number of pairs comes first
			double forbidden = (Math.min(rows.size(), columns.size()) + 1) * (maxDistance + 1) + 1;
			for (int r = 0; r < rows.size(); r++)
				for (int c = 0; c < columns.size(); c++) {
					double d = distance(detected[rows.get(r)], truth[columns.get(c)]);
					cost[r][c] = d <= maxDistance ? d : forbidden;
				}
			int[] assigned = Assignment.solve(cost);
			for (int r = 0; r < assigned.length; r++) {
				if (assigned[r] < 0 || cost[r][assigned[r]] >= forbidden) continue;
				int i = rows.get(r), j = columns.get(assigned[r]);
				detectedToTruth[i] = j;
				truthToDetected[j] = i;
				pairs++;
				distanceSum += cost[r][assigned[r]];
			}
		}
		return new PointMatching(detectedToTruth, truthToDetected, pairs == 0 ? Double.NaN : distanceSum / pairs, pairs);
	}

	/** For each detected point, the true points within reach (grid-bucketed). */
	private static List<List<Integer>> candidates(double[][] detected, double[][] truth, double maxDistance) {
		double cell = Math.max(maxDistance, 1e-9);
		java.util.Map<Long, List<Integer>> buckets = new java.util.HashMap<>();
		for (int j = 0; j < truth.length; j++)
			buckets.computeIfAbsent(key(Math.floor(truth[j][0] / cell), Math.floor(truth[j][1] / cell)),
				k -> new ArrayList<>()).add(j);
		List<List<Integer>> result = new ArrayList<>();
		for (double[] p : detected) {
			List<Integer> near = new ArrayList<>();
			double bx = Math.floor(p[0] / cell), by = Math.floor(p[1] / cell);
			for (int dy = -1; dy <= 1; dy++)
				for (int dx = -1; dx <= 1; dx++)
					for (int j : buckets.getOrDefault(key(bx + dx, by + dy), List.of()))
						if (distance(p, truth[j]) <= maxDistance) near.add(j);
			result.add(near);
		}
		return result;
	}

	private static long key(double bx, double by) {
		return ((long) bx << 32) ^ ((long) by & 0xffffffffL);
	}

	/** Breadth-first over candidate pairs: the connected group of detected and true points. */
	private static void collect(int start, List<List<Integer>> candidates, List<List<Integer>> reverse, int[] group,
		List<Integer> rows, List<Integer> columns, int n)
	{
		java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
		queue.add(start);
		group[start] = start;
		while (!queue.isEmpty()) {
			int node = queue.poll();
			if (node < n) {
				rows.add(node);
				for (int j : candidates.get(node))
					if (group[n + j] < 0) {
						group[n + j] = start;
						queue.add(n + j);
					}
			} else {
				int j = node - n;
				columns.add(j);
				for (int i : reverse.get(j))
					if (group[i] < 0) {
						group[i] = start;
						queue.add(i);
					}
			}
		}
	}

	private static double distance(double[] a, double[] b) {
		return Math.hypot(a[0] - b[0], a[1] - b[1]);
	}
}
