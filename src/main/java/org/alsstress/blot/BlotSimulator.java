package org.alsstress.blot;

import ij.ImagePlus;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Renders a blot triple with known band volumes: unequal lane spacing and widths, smile, tilt and
 * per-lane drift, uneven blotchy background, shot and read noise, clipping at the detector maximum,
 * 16-bit imager or 8-bit film style, an optional ladder and optional misalignment between images.
 */
public final class BlotSimulator {
	private static final double EDGE_SOFTNESS = 2.0;
	private static final int LADDER_BANDS = 8;

	private final BlotSimulation s;
	private final Random random;
	private final double bandSigma;
	private final double[] centres;
	private final double[] widths;
	private final double[] drifts;
	/** Relative peak heights (target, reference, loading) per lane, drawn once per lane. */
	private final Map<Integer, double[]> peaks = new HashMap<>();

	private BlotSimulator(BlotSimulation settings) {
		this.s = settings;
		this.random = new Random(settings.seed);
		this.bandSigma = Math.max(2.0, settings.height * 0.012);
		int n = settings.totalLanes();
		centres = new double[n];
		widths = new double[n];
		drifts = new double[n];
		layoutLanes();
	}

	public static SimulatedBlot simulate(BlotSimulation settings) {
		return new BlotSimulator(settings).render();
	}

	private void layoutLanes() {
		int n = centres.length;
		double[] spacing = new double[n];
		double total = 0;
		for (int i = 0; i < n; i++) {
			spacing[i] = 1 + s.spacing_jitter * (2 * random.nextDouble() - 1);
			total += spacing[i];
		}
		double pitch = s.width * 0.94 / total;
		double x = s.width * 0.03;
		for (int i = 0; i < n; i++) {
			double step = spacing[i] * pitch;
			centres[i] = x + step / 2;
			widths[i] = pitch * 0.7 * (1 + s.width_jitter * (2 * random.nextDouble() - 1));
			drifts[i] = s.drift * (2 * random.nextDouble() - 1);
			x += step;
		}
	}

	private SimulatedBlot render() {
		List<LaneTruth> lanes = planLanes();
		Map<Role, ImagePlus> images = new EnumMap<>(Role.class);
		Map<Role, double[]> shifts = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			double dx = s.misalignment * (2 * random.nextDouble() - 1);
			double dy = s.misalignment * (2 * random.nextDouble() - 1);
			shifts.put(role, new double[] {dx, dy});
			images.put(role, renderImage(role, lanes, dx, dy));
		}
		double ladderCentre = s.ladder ? centres[0] : Double.NaN;
		return new SimulatedBlot(s, images, shifts, lanes, ladderCentre);
	}

	private List<LaneTruth> planLanes() {
		List<LaneTruth> lanes = new ArrayList<>();
		int first = s.ladder ? 1 : 0;
		int controls = s.sample_lanes / 2;
		for (int k = 0; k < s.sample_lanes; k++) {
			int lane = k + 1;
			boolean dilution = s.amounts_ug != null;
			String group = dilution ? "dilution" : (k < controls ? "control" : "ALS");
			int replicate = dilution ? 1 : (k < controls ? k + 1 : k - controls + 1);
			double amount = dilution ? s.amounts_ug[k] : Double.NaN;
			lanes.add(new LaneTruth(lane, centres[first + k], widths[first + k], group + "_" + replicate, group,
				replicate, amount));
		}
		return lanes;
	}

	private double[] lanePeaks(LaneTruth t) {
		return peaks.computeIfAbsent(t.lane, lane -> {
			double loading;
			boolean dilution = !Double.isNaN(t.amountUg);
			if (dilution) {
				double a = t.amountUg, lim = s.linear_limit_ug;
				double effective = a <= lim ? a : lim + (a - lim) * 0.25;
				loading = effective / lim;
			} else loading = 0.6 + 0.8 * random.nextDouble();
			double groupRatio = "ALS".equals(t.group) ? s.control_ratio * s.fold_change : s.control_ratio;
			double ratio = groupRatio * (1 + s.ratio_variation * random.nextGaussian());
			ratio = Math.max(0.1 * groupRatio, ratio);
			double reference = dilution ? loading : loading * (0.85 + 0.3 * random.nextDouble());
			double target = reference * (dilution ? groupRatio : ratio);
			double actin = loading * 1.2;
			if (s.isEmpty(lane)) return new double[] {0, 0, 0};
			if (s.isSaturated(lane)) {
				double boost = 1.3 * s.fullScale() / s.typicalPeak() / Math.max(target, reference);
				return new double[] {target * boost, reference * boost, actin};
			}
			return new double[] {target, reference, actin};
		});
	}

	private double meanWidth() {
		double sum = 0;
		for (double w : widths)
			sum += w;
		return sum / widths.length;
	}

	private double bandRow(Role role) {
		return s.height * (role == Role.LOADING ? 0.62 : 0.35);
	}

	/** Vertical band position at column x (blot coordinates) for a lane. */
	private double bandCentre(double y0, int laneIndex, double x) {
		double u = (x - s.width / 2.0) / (s.width / 2.0);
		return y0 + drifts[laneIndex] + s.smile * (1 - u * u) + s.tilt * (x / s.width - 0.5);
	}

	private ImagePlus renderImage(Role role, List<LaneTruth> lanes, double dx, double dy) {
		int w = s.width, h = s.height;
		double[] signal = background(dx, dy);
		double bg = s.backgroundLevel();
		double peakScale = s.typicalPeak();
		int first = s.ladder ? 1 : 0;
		if (s.ladder) renderLadder(signal, dx, dy, peakScale);
		for (LaneTruth t : lanes) {
			int li = first + t.lane - 1;
			// the same amount of protein spread over a wider lane gives the same volume
			double amplitude = lanePeaks(t)[role.ordinal()] * peakScale * meanWidth() / widths[li];
			double y0 = bandRow(role);
			double volume = renderBand(signal, li, y0, bandSigma, amplitude, dx, dy);
			t.volumes.put(role, volume);
			t.bandCentreY.put(role, bandCentre(y0, li, centres[li]));
			if (role == Role.TARGET && s.unspecific_band > 0)
				renderBand(signal, li, y0 + 10 * bandSigma, bandSigma, amplitude * s.unspecific_band, dx, dy);
		}
		addNoiseAndClip(signal, bg);
		for (LaneTruth t : lanes) {
			int li = first + t.lane - 1;
			t.saturated.put(role, t.volume(role) > 0 && coreClipped(signal, li, bandRow(role), dx, dy));
		}
		ImageProcessor ip = s.film ? new ByteProcessor(w, h) : new ShortProcessor(w, h);
		boolean dark = s.film || s.inverted_export;
		for (int i = 0; i < signal.length; i++) {
			double v = Math.round(signal[i]);
			ip.setf(i, (float) (dark ? s.fullScale() - v : v));
		}
		return new ImagePlus(role.key(), ip);
	}

	private void renderLadder(double[] signal, double dx, double dy, double peakScale) {
		for (int b = 0; b < LADDER_BANDS; b++) {
			double y0 = s.height * (0.08 + 0.84 * b / (LADDER_BANDS - 1));
			double amplitude = peakScale * (0.3 + 0.4 * ((b * 37) % 10) / 10.0);
			renderBand(signal, 0, y0, bandSigma * 0.6, amplitude, dx, dy);
		}
	}

	/** Adds one band to the signal and returns its rendered volume (sum of added values). */
	private double renderBand(double[] signal, int li, double y0, double sigma, double amplitude, double dx, double dy) {
		if (amplitude <= 0) return 0;
		double[] volume = {0};
		visitBand(li, y0, sigma, dx, dy, (i, shape) -> {
			signal[i] += amplitude * shape;
			volume[0] += amplitude * shape;
		});
		return volume[0];
	}

	/** True when a pixel of the band's core ended at the detector maximum. */
	private boolean coreClipped(double[] signal, int li, double y0, double dx, double dy) {
		boolean[] clipped = {false};
		double max = s.fullScale();
		visitBand(li, y0, bandSigma, dx, dy, (i, shape) -> {
			if (shape > 0.05 && signal[i] >= max) clipped[0] = true;
		});
		return clipped[0];
	}

	private interface BandPixel {
		void at(int index, double shape);
	}

	/** Visits every pixel of a band with its relative height (1 at the band's crest). */
	private void visitBand(int li, double y0, double sigma, double dx, double dy, BandPixel visitor) {
		int w = s.width, h = s.height;
		double left = centres[li] - widths[li] / 2, right = centres[li] + widths[li] / 2;
		// a skewed lane sits this far right at the band's rows
		double skew = s.lane_skew * (y0 + drifts[li] - h / 2.0);
		int x0 = (int) Math.floor(left - 6 * EDGE_SOFTNESS + dx + skew), x1 = (int) Math.ceil(right + 6 * EDGE_SOFTNESS + dx + skew);
		for (int x = Math.max(0, x0); x <= Math.min(w - 1, x1); x++) {
			double yc = bandCentre(y0, li, x - dx - skew) + dy;
			int ya = (int) Math.floor(yc - 5 * sigma), yb = (int) Math.ceil(yc + 5 * sigma);
			for (int y = Math.max(0, ya); y <= Math.min(h - 1, yb); y++) {
				double bx = s.lane_skew == 0 ? x - dx : x - dx - s.lane_skew * (y - dy - h / 2.0);
				double u = (bx - centres[li]) / (widths[li] / 2);
				double fx = (1 + s.dumbbell * Math.min(1, u * u)) / (1 + Math.exp(-(bx - left) / EDGE_SOFTNESS))
					/ (1 + Math.exp((bx - right) / EDGE_SOFTNESS));
				double d = (y - (bandCentre(y0, li, bx) + dy)) / sigma;
				visitor.at(y * w + x, fx * Math.exp(-0.5 * d * d));
			}
		}
	}

	private double[] background(double dx, double dy) {
		int w = s.width, h = s.height;
		double bg = s.backgroundLevel();
		Random layout = new Random(s.seed * 31 + 7);
		double gx = s.gradient * (2 * layout.nextDouble() - 1), gy = s.gradient * (2 * layout.nextDouble() - 1);
		int n = s.blotches;
		double[] bx = new double[n], by = new double[n], br = new double[n], ba = new double[n];
		for (int i = 0; i < n; i++) {
			bx[i] = layout.nextDouble() * w;
			by[i] = layout.nextDouble() * h;
			br[i] = (0.08 + 0.25 * layout.nextDouble()) * Math.min(w, h);
			ba[i] = s.blotch_amplitude * (2 * layout.nextDouble() - 1);
		}
		double[] signal = new double[w * h];
		for (int y = 0; y < h; y++) {
			double yy = y - dy;
			for (int x = 0; x < w; x++) {
				double xx = x - dx;
				double v = 1 + gx * (xx / w - 0.5) + gy * (yy / h - 0.5);
				for (int i = 0; i < n; i++) {
					double ex = (xx - bx[i]) / br[i], ey = (yy - by[i]) / br[i];
					double r2 = ex * ex + ey * ey;
					if (r2 < 9) v += ba[i] * Math.exp(-0.5 * r2);
				}
				signal[y * w + x] = bg * Math.max(0.05, v);
			}
		}
		return signal;
	}

	private void addNoiseAndClip(double[] signal, double bg) {
		double read = s.noise * bg;
		double gain = s.film ? 0.02 : 1.0;
		double max = s.fullScale();
		for (int i = 0; i < signal.length; i++) {
			double v = signal[i];
			double sd = Math.sqrt(read * read + gain * v);
			signal[i] = Math.min(max, Math.max(0, v + sd * random.nextGaussian()));
		}
	}
}
