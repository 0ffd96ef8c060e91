package org.alsstress.blot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The linear-range check of a dilution series: signal against loaded amount. The linear range is
 * the longest run of the lowest amounts (at least three lanes) whose straight-line fit has
 * R^2 >= 0.98 and no lane more than 10 % off the line; higher amounts are outside it.
 */
public final class LinearRange {
	public static final double MIN_R_SQUARED = 0.98;
	public static final double MAX_RELATIVE_RESIDUAL = 0.10;

	public final Role role;
	public final int lanes;
	/** R^2 of the straight line through all lanes. */
	public final double rSquaredAll;
	/** Slope, intercept and R^2 of the fit over the linear range. */
	public final double slope;
	public final double intercept;
	public final double rSquared;
	/** The largest amount inside the linear range (NaN when even the lowest three are not linear). */
	public final double linearUpToUg;
	public final List<Integer> lanesOutside;

	private LinearRange(Role role, int lanes, double rSquaredAll, double slope, double intercept, double rSquared,
		double linearUpToUg, List<Integer> lanesOutside)
	{
		this.role = role;
		this.lanes = lanes;
		this.rSquaredAll = rSquaredAll;
		this.slope = slope;
		this.intercept = intercept;
		this.rSquared = rSquared;
		this.linearUpToUg = linearUpToUg;
		this.lanesOutside = lanesOutside;
	}

	/** @param points {lane, amount, volume} of every lane with an amount and a measured band */
	public static LinearRange fit(Role role, List<double[]> points) {
		List<double[]> sorted = new ArrayList<>(points);
		sorted.sort(Comparator.comparingDouble(p -> p[1]));
		double all = regression(sorted, sorted.size()).getRSquare();
		int best = 0;
		for (int n = 3; n <= sorted.size(); n++)
			if (linear(sorted, n)) best = n;
		SimpleRegression fit = regression(sorted, Math.max(best, Math.min(2, sorted.size())));
		List<Integer> outside = new ArrayList<>();
		for (int i = best; i < sorted.size(); i++)
			outside.add((int) sorted.get(i)[0]);
		return new LinearRange(role, sorted.size(), all, fit.getSlope(), fit.getIntercept(), best == 0 ? Double.NaN : fit.getRSquare(),
			best == 0 ? Double.NaN : sorted.get(best - 1)[1], outside);
	}

	private static boolean linear(List<double[]> sorted, int n) {
		SimpleRegression fit = regression(sorted, n);
		if (!(fit.getRSquare() >= MIN_R_SQUARED)) return false;
		for (int i = 0; i < n; i++) {
			double predicted = fit.predict(sorted.get(i)[1]);
			if (Math.abs(sorted.get(i)[2] - predicted) > MAX_RELATIVE_RESIDUAL * Math.abs(predicted)) return false;
		}
		return true;
	}

	private static SimpleRegression regression(List<double[]> sorted, int n) {
		SimpleRegression r = new SimpleRegression();
		for (int i = 0; i < n; i++)
			r.addData(sorted.get(i)[1], sorted.get(i)[2]);
		return r;
	}
}
