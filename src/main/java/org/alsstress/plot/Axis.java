package org.alsstress.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A linear axis from data values to pixels, with round tick values. */
public final class Axis {

	private final double min;
	private final double max;
	private final double pixelStart;
	private final double pixelEnd;
	private final double step;

	private Axis(double min, double max, double pixelStart, double pixelEnd, double step) {
		this.min = min;
		this.max = max;
		this.pixelStart = pixelStart;
		this.pixelEnd = pixelEnd;
		this.step = step;
	}

	/**
	 * An axis covering the data range widened to round tick values.
	 *
	 * @param includeZero start at zero for positive data (bar-like quantities)
	 */
	public static Axis covering(double dataMin, double dataMax, double pixelStart,
		double pixelEnd, boolean includeZero)
	{
		double lo = dataMin, hi = dataMax;
		if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
			lo = 0;
			hi = 1;
		}
		if (includeZero) {
			lo = Math.min(lo, 0);
			hi = Math.max(hi, 0);
		}
		if (hi - lo < 1e-12) {
			double pad = Math.abs(hi) > 0 ? Math.abs(hi) * 0.1 : 1;
			lo -= pad;
			hi += pad;
		}
		double step = niceStep((hi - lo) / 5);
		return new Axis(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, pixelStart,
			pixelEnd, step);
	}

	static double niceStep(double rough) {
		double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
		double fraction = rough / magnitude;
		double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5
			? 5 : 10;
		return nice * magnitude;
	}

	public double toPixel(double value) {
		return pixelStart + (value - min) / (max - min) * (pixelEnd - pixelStart);
	}

	public double min() {
		return min;
	}

	public double max() {
		return max;
	}

	public List<Double> ticks() {
		List<Double> ticks = new ArrayList<>();
		for (double v = min; v <= max + step * 1e-9; v += step)
			ticks.add(Math.abs(v) < step * 1e-9 ? 0 : v);
		return ticks;
	}

	public String label(double tick) {
		if (step >= 1 && Math.abs(tick) < 1e7) return String.format(Locale.ROOT, "%.0f", tick);
		int decimals = Math.max(0, java.math.BigDecimal.valueOf(step).stripTrailingZeros().scale());
		if (Math.abs(tick) >= 1e7 || (tick != 0 && Math.abs(tick) < 1e-4)) return String.format(
			Locale.ROOT, "%.2g", tick);
		return String.format(Locale.ROOT, "%." + decimals + "f", tick);
	}
}
