package org.alsstress.blot.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.alsstress.blot.validation.QuantifyRun.Found;
import org.alsstress.blot.validation.QuantifyRun.Told;

/** How the command did on one layout, told nothing, told the lane count and given the sample sheet. */
public final class LayoutOutcome {
	public final Families.Layout layout;
	public final List<ValidationBlot.Lane> truth;
	public final Map<Told, QuantifyRun> runs = new EnumMap<>(Told.class);

	public LayoutOutcome(Families.Layout layout, List<ValidationBlot.Lane> truth) {
		this.layout = layout;
		this.truth = truth;
	}

	/** A found lane lies on a true lane when its centre is within half the lane's width (and 2 px) of the truth. */
	static boolean on(Found found, ValidationBlot.Lane lane) {
		return Math.abs(found.centreX - lane.centreX) <= Math.max(2, 0.5 * lane.width);
	}

	public boolean countRight(Told told) {
		QuantifyRun run = runs.get(told);
		return run != null && !run.failed() && run.lanes.size() == truth.size();
	}

	/** The right number of lanes, each on its true lane. */
	public boolean lanesRight(Told told) {
		if (!countRight(told)) return false;
		List<Found> found = runs.get(told).lanes;
		for (int i = 0; i < truth.size(); i++)
			if (!on(found.get(i), truth.get(i))) return false;
		return true;
	}

	public boolean failed(Told told) {
		QuantifyRun run = runs.get(told);
		return run == null || run.failed();
	}

	/** The found lane on a true lane, or null. */
	private static Found match(List<Found> found, ValidationBlot.Lane lane) {
		Found best = null;
		for (Found f : found)
			if (on(f, lane) && (best == null || Math.abs(f.centreX - lane.centreX) < Math.abs(best.centreX - lane.centreX)))
				best = f;
		return best;
	}

	/**
	 * |measured / true - 1| of the pTBK1/TBK1 ratio of every measurable true lane that a found lane lies on, in the
	 * run given the sample sheet (a lane measured as nothing counts as 100 %).
	 */
	public List<Double> ratioErrors() {
		List<Double> errors = new ArrayList<>();
		if (failed(Told.SAMPLE_SHEET)) return errors;
		List<Found> found = runs.get(Told.SAMPLE_SHEET).lanes;
		for (ValidationBlot.Lane t : truth) {
			if (!t.measurable) continue;
			Found f = match(found, t);
			if (f == null) continue;
			double e = Math.abs(f.ratio / t.ratio - 1);
			errors.add(Double.isFinite(e) ? e : 1.0);
		}
		return errors;
	}

	/**
	 * |measured / true - 1| of the ALS-over-control fold change, over the lanes the command used that are
	 * measurable in the truth; NaN when either group has none.
	 */
	public double foldChangeError() {
		if (failed(Told.SAMPLE_SHEET)) return Double.NaN;
		double[] measured = new double[2], truthSum = new double[2];
		int[] n = new int[2];
		for (ValidationBlot.Lane t : truth) {
			int g = t.group.equals("control") ? 0 : t.group.equals("ALS") ? 1 : -1;
			if (g < 0 || !t.measurable) continue;
			Found f = match(runs.get(Told.SAMPLE_SHEET).lanes, t);
			if (f == null || !f.used || !Double.isFinite(f.normalizedRatio)) continue;
			measured[g] += f.normalizedRatio;
			truthSum[g] += t.ratio;
			n[g]++;
		}
		if (n[0] == 0 || n[1] == 0) return Double.NaN;
		double m = (measured[1] / n[1]) / (measured[0] / n[0]), t = (truthSum[1] / n[1]) / (truthSum[0] / n[0]);
		return Math.abs(m / t - 1);
	}

	/**
	 * How far the images' own ratios are from the loaded amounts' (|image/loaded - 1| per measurable lane, both
	 * divided by their geometric mean over the layout, as a fold change is): what exposure gradients, bubbles and
	 * a non-linear response do before any measuring. Empty when the loaded amounts are not known.
	 */
	public List<Double> responseDeviations() {
		double image = 0, loaded = 0;
		int n = 0;
		for (ValidationBlot.Lane t : truth)
			if (t.measurable && Double.isFinite(t.loadedRatio) && t.loadedRatio > 0) {
				image += Math.log(t.ratio);
				loaded += Math.log(t.loadedRatio);
				n++;
			}
		List<Double> out = new ArrayList<>();
		for (ValidationBlot.Lane t : truth)
			if (t.measurable && Double.isFinite(t.loadedRatio) && t.loadedRatio > 0) out.add(Math.abs(Math.exp(Math.log(t.ratio)
				- image / n - Math.log(t.loadedRatio) + loaded / n) - 1));
		return out;
	}

	/** The first failure message of any run, or empty. */
	public String firstFailure() {
		for (Map.Entry<Told, QuantifyRun> e : runs.entrySet())
			if (e.getValue().failed()) return e.getKey().name().toLowerCase(java.util.Locale.ROOT) + ": " + e.getValue().failure;
		return "";
	}
}
