package org.alsstress.blot.sim;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

import org.alsstress.blot.Role;

/**
 * One randomly drawn imager-export blot: the lanes on the membrane (in membrane pixels, which are the
 * target image's pixels before its rotation), the band rows, what each lane holds, and how each of the
 * three images was taken. Every number is drawn from wide ranges by {@link #random}; the fields are public so
 * that a run can record them and a test can set them.
 */
public final class ExportLayout {
	public long seed;
	public ExportClass kind;
	public ExportStyle style;
	public int sample_lanes;
	/** Positions (0-based, in the left-to-right order of all lanes) of marker / ladder lanes. */
	public int[] marker_slots;
	public double lane_width, gap;
	/** Per-lane relative jitter of the width and of the position (fraction of the pitch). */
	public double width_jitter, position_jitter;
	public double left_margin, membrane_width, membrane_height;
	/** Band height (full width at half maximum) and how much longer the lower flank is than the upper. */
	public double band_fwhm, band_skew;
	/** Blur of the band's side edges (Gaussian sigma, px) and its bulge: >0 rounded, <0 brighter at the sides. */
	public double edge_blur, band_bulge;
	/** Within a band, the sides sit this many px lower than the centre (a smile), and the lanes this much lower at the gel's sides. */
	public double band_smile, gel_smile;
	/** Random vertical offset of each lane's bands, up to this many px. */
	public double lane_drift;
	/** Band rows (membrane v) of the protein in each role's image. */
	public final Map<Role, Double> row = new EnumMap<>(Role.class);
	/** Cut strips: their top and bottom (membrane v), or null for one whole membrane. */
	public double[][] strips;
	/** Rows of other proteins (cut strips) or unspecific bands, shown in every image; with their relative strength. */
	public double[] other_rows = {}, other_strength = {};
	/** A full-frame export (the whole membrane in a larger frame) or a crop around each image's band row. */
	public boolean full_frame;
	/** Marker / ladder bands: rows (membrane v) and relative strengths. */
	public double[] marker_rows = {}, marker_strength = {};
	/** Gel wells: top of the wells (membrane v) and their brightness relative to the peak; 0 for blots. */
	public double well_row, well_strength;
	/** Gel tray: its rim lies this far outside the gel, this bright relative to the peak. */
	public double tray_margin, tray_strength;
	/** Film sheet: its edge lies this far outside the membrane. */
	public double film_margin;
	/** Per sample lane (0-based): loaded amount of total TBK1, pTBK1/TBK1 ratio, loading-control amount, group. */
	public double[] reference_amount, ratio, loading_amount;
	public String[] group;
	/** A sample lane (0-based) overloaded so that its bands saturate, or -1. */
	public int overloaded_lane = -1;
	/** Groups' true mean ratios: control ratio and fold changes (for the record; lanes vary around them). */
	public double control_ratio;
	public final Map<Role, Shot> shots = new EnumMap<>(Role.class);

	/** What sample lane {@code lane} (0-based) holds of the protein the image of a role shows. */
	public double amount(Role role, int lane) {
		return role == Role.TARGET ? reference_amount[lane] * ratio[lane] : role == Role.REFERENCE ? reference_amount[lane]
			: loading_amount[lane];
	}

	public int totalLanes() {
		return sample_lanes + marker_slots.length;
	}

	public boolean isMarker(int slot) {
		for (int m : marker_slots)
			if (m == slot) return true;
		return false;
	}

	/** A layout of the given class with 2 to 12 sample lanes. */
	public static ExportLayout random(ExportClass kind, long seed) {
		Random r = new Random(seed * 7919 + kind.ordinal());
		return random(kind, 2 + r.nextInt(11), seed);
	}

	public static ExportLayout random(ExportClass kind, int sampleLanes, long seed) {
		if (sampleLanes < 2 || sampleLanes > 40) throw new IllegalArgumentException("sample lanes " + sampleLanes + ": 2 to 40");
		return new Drawer(kind, sampleLanes, seed).draw();
	}

	/** Draws the numbers of one layout. */
	private static final class Drawer {
		private final ExportLayout l = new ExportLayout();
		private final Random r;
		private final boolean hard;

		Drawer(ExportClass kind, int sampleLanes, long seed) {
			l.seed = seed;
			l.kind = kind;
			l.sample_lanes = sampleLanes;
			r = new Random(seed * 1_000_003L + kind.ordinal() * 7_777L + sampleLanes);
			hard = kind == ExportClass.HARD_16BIT;
			l.style = kind == ExportClass.FILM ? ExportStyle.FILM : kind == ExportClass.DNA_GEL ? ExportStyle.DNA_GEL
				: r.nextDouble() < 0.7 ? ExportStyle.CHEMILUMINESCENCE : ExportStyle.FLUORESCENCE;
		}

		double uniform(double a, double b) {
			return a + (b - a) * r.nextDouble();
		}

		double logUniform(double a, double b) {
			return Math.exp(uniform(Math.log(a), Math.log(b)));
		}

		double plusMinus(double a) {
			return uniform(-a, a);
		}

		ExportLayout draw() {
			markers();
			lanes();
			rows();
			amounts();
			for (Role role : Role.values())
				l.shots.put(role, shot(role));
			// one imager, one file format for the three images (a colour scan may still be saved as PNG)
			String extension = l.style == ExportStyle.FILM ? (r.nextBoolean() ? "png" : "tif") : l.style
				== ExportStyle.DNA_GEL ? (r.nextDouble() < 0.7 ? "png" : "tif") : "tif";
			for (Shot s : l.shots.values())
				s.extension = s.rgb ? "png" : extension;
			frames();
			for (Role role : Role.values()) {
				hideMarkersWithFewBands(role);
				keepWeakestBandVisible(role);
			}
			return l;
		}

		/**
		 * A marker lane showing one or two bands in a crop looks like a sample lane, to anybody: such an image shows
		 * no marker (as a chemiluminescence image of a pre-stained ladder often does not).
		 */
		private void hideMarkersWithFewBands(Role role) {
			Shot s = l.shots.get(role);
			int shown = 0;
			for (double v : l.marker_rows) {
				double y = s.placement.imageY(l.membrane_width / 2, v);
				boolean onStrip = l.strips == null;
				if (l.strips != null) for (double[] strip : l.strips)
					onStrip |= v > strip[0] + 1 && v < strip[1] - 1;
				if (onStrip && y > 2 && y < s.height - 2) shown++;
			}
			if (shown < 4) s.marker_visibility = 0;
		}

		/**
		 * The weakest band of an image stands out of the noise at its crest (by 4 standard deviations, 4 grey levels
		 * in 8-bit) - a blot a user would call good: less noise, or for 8-bit images more exposure, when it would not.
		 */
		private void keepWeakestBandVisible(Role role) {
			Shot s = l.shots.get(role);
			double max = 0, min = Double.MAX_VALUE;
			for (int i = 0; i < l.sample_lanes; i++) {
				double a = l.amount(role, i);
				if (i != l.overloaded_lane) max = Math.max(max, a);
				if (a > 0) min = Math.min(min, a);
			}
			if (max <= 0) return;
			double weakest = Math.min(1, min / max);
			if (l.style == ExportStyle.FILM) {
				// density step of the weakest crest against grain on the background's density, and in grey levels
				for (int k = 0; k < 20; k++) {
					double bg = s.fog + s.dmax * (1 - Math.exp(-s.membrane_background / s.density_scale));
					double d = s.fog + s.dmax * (1 - Math.exp(-(s.membrane_background + weakest) / s.density_scale)) - bg;
					double levels = 255 * (Math.pow(10, -bg / s.gamma) - Math.pow(10, -(bg + d) / s.gamma));
					if (levels >= 4 && d >= 4 * s.grain * bg) break;
					s.density_scale *= 0.85;
					s.grain *= 0.85;
				}
				return;
			}
			double crest = weakest * s.peak;
			if (l.style == ExportStyle.DNA_GEL && crest < 4) s.peak = Math.min(250, 4 / weakest);
			crest = weakest * s.peak;
			double shot = s.peak_noise * s.peak;
			double sd = Math.sqrt(s.read_noise * s.read_noise + shot * shot * (s.membrane_background + crest) / s.peak);
			if (crest < 4 * sd) {
				s.read_noise *= crest / (4 * sd);
				s.peak_noise *= crest / (4 * sd);
			}
		}

		private void markers() {
			int n = l.sample_lanes;
			if (l.style == ExportStyle.DNA_GEL) {
				double p = r.nextDouble();
				l.marker_slots = p < 0.45 ? new int[] {0} : p < 0.75 ? new int[] {0, n + 1} : p < 0.9 ? new int[] {n}
					: new int[] {0, 1 + r.nextInt(n)};
				return;
			}
			double p = r.nextDouble();
			l.marker_slots = p < 0.35 ? new int[0] : p < 0.7 ? new int[] {0} : p < 0.8 ? new int[] {n} : p < 0.92
				? new int[] {0, n + 1} : new int[] {1 + r.nextInt(Math.max(1, n - 1))};
		}

		private void lanes() {
			int total = l.totalLanes();
			double width = logUniform(8, 80);
			double gap = Math.max(3, width * logUniform(0.08, 1.0));
			double maxPitch = 1800.0 / total;
			if (width + gap > maxPitch) {
				double shrink = maxPitch / (width + gap);
				width = Math.max(8, width * shrink);
				gap = Math.max(3, maxPitch - width);
			}
			l.lane_width = width;
			l.gap = gap;
			l.width_jitter = uniform(0, hard ? 0.08 : 0.04);
			l.position_jitter = uniform(0, hard ? 0.05 : 0.025);
			double pitch = width + gap;
			l.left_margin = pitch * uniform(l.style == ExportStyle.DNA_GEL ? 0.6 : 0.25, 1.6);
			l.membrane_width = l.left_margin + total * pitch - gap + pitch * uniform(0.25, 1.6);
			l.band_fwhm = Math.max(3, width * logUniform(0.15, 0.7));
			l.band_skew = uniform(1, hard ? 2.5 : 1.8);
			l.edge_blur = uniform(0.4, Math.min(1.8, Math.max(0.5, 0.12 * width)));
			l.band_bulge = uniform(-0.3, 0.3);
			l.band_smile = plusMinus(0.2) * l.band_fwhm;
			l.gel_smile = (l.style == ExportStyle.DNA_GEL ? uniform(0, 0.6) : uniform(0, 0.15)) * l.band_fwhm;
			l.lane_drift = uniform(0, hard ? 0.25 : 0.1) * l.band_fwhm;
		}

		/** Band rows, cut strips, other proteins and markers, top to bottom on the membrane. */
		private void rows() {
			double h = l.band_fwhm;
			boolean cut = l.style != ExportStyle.DNA_GEL && r.nextDouble() < (hard ? 0.35 : 0.1);
			if (cut) {
				int k = 2 + r.nextInt(3);
				l.strips = new double[k][];
				double[] centre = new double[k];
				double v = h * uniform(0.5, 2);
				for (int i = 0; i < k; i++) {
					double height = h * uniform(2.5, 6);
					l.strips[i] = new double[] {v, v + height};
					centre[i] = v + height * uniform(0.35, 0.65);
					v += height + uniform(2, 12);
				}
				l.membrane_height = v + h * uniform(0.5, 2);
				int tbk1 = r.nextInt(k), actin = (tbk1 + 1 + r.nextInt(k - 1)) % k;
				l.row.put(Role.TARGET, centre[tbk1]);
				l.row.put(Role.REFERENCE, centre[tbk1]);
				l.row.put(Role.LOADING, centre[actin]);
				l.other_rows = new double[k - 2];
				l.other_strength = new double[k - 2];
				for (int i = 0, j = 0; i < k; i++)
					if (i != tbk1 && i != actin) {
						l.other_rows[j] = centre[i];
						l.other_strength[j++] = logUniform(0.2, 2);
					}
			}
			else {
				l.membrane_height = h * uniform(8, 45);
				double hm = l.membrane_height;
				double tbk1 = hm * uniform(0.15, 0.45);
				l.row.put(Role.TARGET, tbk1);
				l.row.put(Role.REFERENCE, tbk1 + plusMinus(0.3) * h);
				l.row.put(Role.LOADING, hm * uniform(0.55, 0.85));
				if (r.nextDouble() < (hard ? 0.4 : 0.1) && l.style != ExportStyle.DNA_GEL) {
					// an unspecific band, clearly weaker than the weakest real band
					l.other_rows = new double[] {tbk1 + (r.nextBoolean() ? 1 : -1) * h * uniform(2.5, 6)};
					l.other_strength = new double[] {uniform(0.03, 0.12)};
				}
			}
			if (l.membrane_height > 1400) l.membrane_height = 1400;
			int markerBands = l.style == ExportStyle.DNA_GEL ? 10 + r.nextInt(9) : 6 + r.nextInt(7);
			l.marker_rows = new double[markerBands];
			l.marker_strength = new double[markerBands];
			double top = l.membrane_height * uniform(0.03, 0.12), bottom = l.membrane_height * uniform(0.85, 0.97);
			for (int i = 0; i < markerBands; i++) {
				// migration is roughly linear in log(size): bands crowd towards the top
				double t = (double) i / (markerBands - 1);
				l.marker_rows[i] = top + (bottom - top) * Math.pow(t, uniform(0.9, 1.3)) + plusMinus(0.3) * h;
				l.marker_strength[i] = logUniform(0.3, 2.0) * (l.style == ExportStyle.DNA_GEL && r.nextDouble() < 0.2 ? 2 : 1);
			}
			if (l.style == ExportStyle.DNA_GEL) {
				l.well_row = l.membrane_height * uniform(0.0, 0.03) + 2;
				l.well_strength = uniform(0.05, 0.5);
				l.tray_margin = uniform(3, 30);
				l.tray_strength = uniform(0.05, 0.4);
				for (Role role : Role.values())
					l.row.put(role, Math.max(l.row.get(role), l.well_row + 4 * h));
			}
			if (l.style == ExportStyle.FILM) l.film_margin = uniform(10, 80);
		}

		private void amounts() {
			int n = l.sample_lanes;
			l.reference_amount = new double[n];
			l.ratio = new double[n];
			l.loading_amount = new double[n];
			l.group = new String[n];
			int groups = n >= 4 && r.nextDouble() < 0.2 ? 3 : 2;
			boolean alternating = r.nextDouble() < 0.3;
			String[] names = {"control", "ALS", "KO"};
			double[] groupRatio = new double[groups];
			l.control_ratio = uniform(0.3, 1.5);
			groupRatio[0] = l.control_ratio;
			for (int g = 1; g < groups; g++)
				groupRatio[g] = l.control_ratio * logUniform(0.25, 4);
			double cv = uniform(0.03, 0.2);
			double low = hard || l.style == ExportStyle.FILM ? 0.3 : 0.5;
			for (int i = 0; i < n; i++) {
				int g = alternating ? i % groups : Math.min(groups - 1, i * groups / n);
				l.group[i] = names[g];
				l.loading_amount[i] = uniform(low, 1.4);
				l.reference_amount[i] = l.loading_amount[i] * uniform(0.85, 1.15);
				l.ratio[i] = groupRatio[g] * Math.exp(cv * r.nextGaussian());
			}
			if (n >= 4 && r.nextDouble() < 0.04) {
				int empty = 1 + r.nextInt(n - 2);
				l.reference_amount[empty] = 0;
				l.loading_amount[empty] = 0;
			}
			if ((hard || l.style == ExportStyle.FILM) && r.nextDouble() < 0.15) {
				int lane = r.nextInt(n);
				double boost = uniform(3, 6);
				l.reference_amount[lane] *= boost;
				l.loading_amount[lane] *= boost;
				l.overloaded_lane = lane;
			}
		}

		private Shot shot(Role role) {
			Shot s = new Shot();
			s.seed = r.nextLong();
			switch (l.style) {
				case CHEMILUMINESCENCE:
					double p = r.nextDouble();
					s.detector_max = p < 0.7 ? 65535 : p < 0.85 ? 16383 : 4095;
					s.peak = s.detector_max * (hard ? uniform(0.04, 0.85) : uniform(0.12, 0.8));
					s.frame_level = s.detector_max * uniform(0.001, 0.02);
					s.membrane_background = s.peak * uniform(0.01, hard ? 0.35 : 0.2);
					s.peak_noise = 1 / (hard ? logUniform(10, 200) : logUniform(30, 400));
					s.read_noise = s.peak * uniform(0.001, 0.01);
					s.hot_pixel_fraction = uniform(0, 2e-4);
					s.inverted = r.nextDouble() < 0.2;
					s.marker_visibility = r.nextDouble() < 0.6 ? uniform(0.3, 1.5) : 0;
					break;
				case FLUORESCENCE:
					s.detector_max = 65535;
					s.peak = s.detector_max * (hard ? uniform(0.02, 0.85) : uniform(0.05, 0.8));
					s.frame_level = uniform(0, 300);
					s.membrane_background = s.peak * uniform(0.005, hard ? 0.15 : 0.08);
					s.peak_noise = 1 / logUniform(hard ? 20 : 50, 500);
					s.read_noise = s.peak * uniform(0.0005, 0.005);
					s.marker_visibility = r.nextDouble() < 0.8 ? uniform(0.3, 2) : 0;
					break;
				case FILM:
					s.detector_max = 255;
					s.peak = 1;
					s.fog = uniform(0.05, 0.25);
					s.dmax = uniform(2, 3.2);
					double peakDensity = uniform(0.3, 1.3);
					s.density_scale = -1 / Math.log(1 - peakDensity / s.dmax);
					s.gamma = uniform(1, 2.2);
					s.membrane_background = uniform(0.02, 0.2);
					s.frame_level = 0;
					s.grain = uniform(0.01, 0.05);
					s.scanner_noise = uniform(0.3, 1.2);
					s.read_noise = 0;
					s.peak_noise = 0;
					s.marker_visibility = r.nextDouble() < 0.3 ? uniform(0.3, 1) : 0;
					s.rgb = r.nextDouble() < 0.2;
					break;
				case DNA_GEL:
					s.detector_max = 255;
					s.peak = 255 * uniform(0.3, 0.85);
					s.frame_level = uniform(1, 12);
					s.membrane_background = uniform(8, 40);
					s.gamma = uniform(1, 1.25);
					s.peak_noise = 1 / logUniform(20, 150);
					s.read_noise = uniform(0.5, 3);
					s.marker_visibility = uniform(0.6, 1.4);
					break;
				default:
					throw new IllegalStateException();
			}
			double slope = hard ? 0.6 : l.style == ExportStyle.DNA_GEL ? 0.3 : 0.15;
			s.gradient_u = plusMinus(slope);
			s.gradient_v = plusMinus(slope);
			s.gradient_radial = l.style == ExportStyle.DNA_GEL ? -uniform(0, 0.4) : plusMinus(slope / 2);
			s.edge_glow = r.nextDouble() < (hard ? 0.5 : 0.2) ? uniform(0.2, 2) : 0;
			s.bubbles = hard ? r.nextInt(7) : r.nextDouble() < 0.3 ? 1 : 0;
			s.blotches = hard ? r.nextInt(5) : 0;
			s.dust_density = hard || l.style == ExportStyle.FILM ? uniform(2, 60) : uniform(0, 5);
			return s;
		}

		/** The frame of each image and where the membrane lies in it: full frame or a crop around its band row. */
		private void frames() {
			l.full_frame = r.nextDouble() < 0.6;
			double wm = l.membrane_width, hm = l.membrane_height;
			boolean cut = l.strips != null;
			double maxAngle = cut ? Math.toDegrees(Math.atan(0.3 * l.band_fwhm / wm)) : hard ? 4 : l.style == ExportStyle.FILM ? 3
				: l.style == ExportStyle.DNA_GEL ? 1.5 : 0.7;
			double angle = plusMinus(maxAngle);
			int width, height;
			double dx, dy;
			double outside = l.style == ExportStyle.FILM ? l.film_margin : l.style == ExportStyle.DNA_GEL ? l.tray_margin + 8 : 0;
			if (l.full_frame) {
				double left = outside + wm * uniform(0, 0.4), right = outside + wm * uniform(0, 0.4);
				double top = outside + hm * uniform(0.02, 0.5), bottom = outside + hm * uniform(0.02, 0.5);
				width = (int) Math.ceil(left + wm + right);
				height = (int) Math.ceil(top + hm + bottom);
				dx = left;
				dy = top;
			}
			else {
				double rowFraction = uniform(0.25, 1);
				width = (int) Math.ceil(wm * uniform(0.9, 1.15));
				height = (int) Math.max(12, Math.ceil(2.5 * l.band_fwhm / rowFraction));
				dx = (width - wm) / 2;
				dy = 0; // set per role below
			}
			Placement target = new Placement(dx, dy, angle, 1, wm / 2, hm / 2);
			for (Role role : Role.values()) {
				Shot s = l.shots.get(role);
				double shift = hard ? 30 : l.style == ExportStyle.FILM ? 20 : l.style == ExportStyle.DNA_GEL ? 10 : 6;
				double turn = hard ? 1.5 : l.style == ExportStyle.FILM ? 2 : l.style == ExportStyle.DNA_GEL ? 0.5 : 0.3;
				double zoom = hard ? 0.03 : 0.01;
				Placement p = role == Role.TARGET ? target : target.then(plusMinus(shift), plusMinus(shift), cut ? 0
					: plusMinus(turn), 1 + plusMinus(zoom));
				s.width = width;
				s.height = height;
				if (hard && role != Role.TARGET && r.nextDouble() < 0.3) {
					s.width = (int) Math.round(width * uniform(0.92, 1.08));
					s.height = (int) Math.round(height * uniform(0.92, 1.08));
				}
				if (!l.full_frame) {
					// a crop centred (give or take) on this image's own band row
					double y = p.imageY(wm / 2, l.row.get(role));
					p = p.then(0, s.height * (0.5 + plusMinus(0.15)) - y, 0, 1);
				}
				s.placement = p;
				fit(s, role);
			}
		}

		/** Grows a frame (and shifts the membrane in it) until every lane's band of this image lies inside. */
		private void fit(Shot s, Role role) {
			double half = l.lane_width * 0.7 + 2;
			double v0 = l.row.get(role) - 1.5 * l.band_fwhm - l.lane_drift - Math.abs(l.band_smile) - l.gel_smile;
			double v1 = l.row.get(role) + 2.5 * l.band_skew * l.band_fwhm + l.lane_drift + Math.abs(l.band_smile);
			double first = l.left_margin - half, last = l.left_margin + l.totalLanes() * (l.lane_width + l.gap) + half;
			double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
			for (double u : new double[] {first, last})
				for (double v : new double[] {v0, v1}) {
					double x = s.placement.imageX(u, v), y = s.placement.imageY(u, v);
					minX = Math.min(minX, x);
					maxX = Math.max(maxX, x);
					minY = Math.min(minY, y);
					maxY = Math.max(maxY, y);
				}
			double shiftX = minX < 2 ? 2 - minX : 0, shiftY = minY < 2 ? 2 - minY : 0;
			s.placement = s.placement.then(shiftX, shiftY, 0, 1);
			s.width = (int) Math.max(s.width + shiftX, Math.ceil(maxX + shiftX + 3));
			s.height = (int) Math.max(s.height + shiftY, Math.ceil(maxY + shiftY + 3));
		}
	}
}
