package org.alsstress.granules.validation;

import java.util.Arrays;

/** Minimum-cost assignment (Hungarian algorithm with potentials, O(n^2 m)) for rectangular cost matrices. */
public final class Assignment {

	private Assignment() {}

	/**
	 * Assigns every row to a different column (or every column to a different row when there are
	 * more rows than columns) so that the summed cost is minimal.
	 *
	 * @return for each row the assigned column, or -1 when the row is left over
	 */
	public static int[] solve(double[][] cost) {
		int rows = cost.length;
		if (rows == 0) return new int[0];
		int columns = cost[0].length;
		if (rows <= columns) return solveWide(cost, rows, columns);
		double[][] transposed = new double[columns][rows];
		for (int i = 0; i < rows; i++)
			for (int j = 0; j < columns; j++)
				transposed[j][i] = cost[i][j];
		int[] byColumn = solveWide(transposed, columns, rows);
		int[] byRow = new int[rows];
		Arrays.fill(byRow, -1);
		for (int j = 0; j < columns; j++)
			byRow[byColumn[j]] = j;
		return byRow;
	}

	/** rows <= columns; 1-based potentials u (rows), v (columns); p[j] = row matched to column j. */
	private static int[] solveWide(double[][] cost, int n, int m) {
		double[] u = new double[n + 1], v = new double[m + 1];
		int[] p = new int[m + 1], way = new int[m + 1];
		for (int i = 1; i <= n; i++) {
			p[0] = i;
			int j0 = 0;
			double[] minv = new double[m + 1];
			Arrays.fill(minv, Double.POSITIVE_INFINITY);
			boolean[] used = new boolean[m + 1];
			do {
				used[j0] = true;
				int i0 = p[j0], j1 = 0;
				double delta = Double.POSITIVE_INFINITY;
				for (int j = 1; j <= m; j++)
					if (!used[j]) {
						double reduced = cost[i0 - 1][j - 1] - u[i0] - v[j];
						if (reduced < minv[j]) {
							minv[j] = reduced;
							way[j] = j0;
						}
						if (minv[j] < delta) {
							delta = minv[j];
							j1 = j;
						}
					}
				for (int j = 0; j <= m; j++)
					if (used[j]) {
						u[p[j]] += delta;
						v[j] -= delta;
					} else minv[j] -= delta;
				j0 = j1;
			} while (p[j0] != 0);
			do {
				int j1 = way[j0];
				p[j0] = p[j1];
				j0 = j1;
			} while (j0 != 0);
		}
		int[] assignment = new int[n];
		Arrays.fill(assignment, -1);
		for (int j = 1; j <= m; j++)
			if (p[j] != 0) assignment[p[j] - 1] = j - 1;
		return assignment;
	}
}
