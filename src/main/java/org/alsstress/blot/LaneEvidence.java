package org.alsstress.blot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the lanes are, as the bands show them: for every band row, the column profile of the row
 * minus the rows just above and below it (so that membrane and tray edges, lane smear and
 * column-wise background cancel), its bumps (the 2-D band blobs of that row), and the sum of the
 * rows' profiles, each scaled to its strongest band and weighted by how many lanes it shows (a row
 * holding only a marker band or a speck of dust counts little).
 */
final class LaneEvidence {
	/** The profile of lanes summed over band rows, scaled so that a typical lane of a full row peaks near 1. */
	final double[] profile;
	final double noise;
	/** Band rows clear enough to count, with their bumps and their weight in the profile (0 for a row unlike the others). */
	final List<RowBlobs> rows;
	/** True when no band row was found and the whole height served (bands fill the image, or no bands). */
	final boolean wholeHeight;

	/** The bumps one band row shows, and the row's weight in {@link #profile}. */
	static final class RowBlobs {
		final BandRow row;
		final List<ProfileBumps.Bump> blobs;
		final double weight;
		final double scale;
		/** Noise SD of the row's contrast profile. */
		final double noise;

		RowBlobs(BandRow row, List<ProfileBumps.Bump> blobs, double weight, double scale, double noise) {
			this.row = row;
			this.blobs = blobs;
			this.weight = weight;
			this.scale = scale;
			this.noise = noise;
		}

		double snr() {
			return scale / Math.max(noise, 1e-12);
		}

		/** Prominence of the strongest blob reaching into the middle half of columns from..to, at least minProminence; 0 without. */
		double strongestIn(int from, int to, double minProminence) {
			int quarter = (to - from) / 4;
			double best = 0;
			for (ProfileBumps.Bump b : blobs)
				if (b.right >= from + quarter && b.left <= to - quarter && b.prominence >= minProminence) best = Math.max(best, b.prominence);
			return best;
		}
	}

	/** Rows whose strongest band rises less than CLEAR_ROW noise SDs count for less, below MIN_SNR not at all. */
	private static final double CLEAR_ROW = 40, MIN_SNR = 8;
	/**
	 * Profiles lose what is broader than this many spacings of the clearest row's blobs (a blotch, a
	 * slope): wide enough to keep a lane that shows as two blobs (darker at its sides).
	 */
	private static final double HAT_SPACINGS = 3;
	/** Rows whose strongest band is fainter than this fraction of the strongest row's count for less. */
	private static final double FAINT_ROW = 0.1;
	/** A lane brighter than this many typical lanes of its row counts as this many. */
	private static final double BRIGHTEST = 3;
	/** Rows of less weight (faint texture, rows unlike the others) show no bands to count. */
	private static final double COUNTED_ROW = 0.002;
	/** A lane's band counts towards a ladder when at least this fraction of the lane's strongest. */
	private static final double LADDER_BAND = 0.1;
	/** A row taller than this many times the rows carrying the lanes is background, not a band. */
	private static final double BAND_HEIGHTS = 3;
	/** A row whose blobs' widths vary by this much (coefficient of variation, plus spacing off the grid) keeps half its weight. */
	private static final double IRREGULAR = 0.35;
	/** A row with this fraction of its signal in the other rows' gaps keeps none of its weight. */
	private static final double GAP_CONTRADICTION = Double.parseDouble(System.getProperty("gapc", "3"));
	/** Gaps between a row's blobs are taken this many columns inside the blobs' edges. */
	private static final int GAP_MARGIN = 2;
	/** Gaps between a row's bands wider than this many of its bands are no gaps between lanes. */
	private static final double GAP_WIDTHS = 2;
	/** Rows whose bands are narrower than this fraction of the clearest row's count for less. */
	private static final double NARROW_BLOBS = 0.5;
	/** A row is a lane's own when at most this share of the other lanes show a band in it. */
	private static final double PRIVATE_SHARE = 0;
	/** A blob counts as a band of the row when it rises this many noise SDs. */
	private static final double CLEAR_BLOB = 10;


	private LaneEvidence(double[] profile, double noise, List<RowBlobs> rows, boolean wholeHeight) {
		this.profile = profile;
		this.noise = noise;
		this.rows = rows;
		this.wholeHeight = wholeHeight;
	}

	/** The lanes the band rows show; the whole height's when no band row shows two lanes or more. */
	static LaneEvidence of(SignalImage img) {
		List<RowBlobs> rows = new ArrayList<>();
		List<double[]> profiles = new ArrayList<>();
		for (BandRow row : BandRows.find(img))
			measure(row, contrast(img, row), img, rows, profiles);
		boolean lanes = false;
		for (RowBlobs r : rows)
			lanes |= strongBlobs(r) >= 2;
		return lanes ? combine(rows, profiles, img, false) : wholeHeight(img);
	}

	/**
	 * The lanes the whole height shows: its column profile less what is broader than half the
	 * image, and the flattened image's column profile. On a full frame this is supporting evidence
	 * only (it also shows margins, membrane edges and smears); it serves alone when bands fill the
	 * image.
	 */
	static LaneEvidence wholeHeight(SignalImage img) {
		List<RowBlobs> rows = new ArrayList<>();
		List<double[]> profiles = new ArrayList<>();
		BandRow whole = BandRow.whole(img.width, img.height);
		double[] means = Profiles.columnMeans(img.pixels, img.width, img.height, 0, img.height - 1);
		measure(whole, Profiles.topHat(means, Math.max(3, img.width / 2)), img, rows, profiles);
		// the flattened image keeps only lanes narrower than its background blocks
		double width = rows.isEmpty() ? 0 : medianBlobWidth(rows.get(0));
		if (CoarseBackground.blockSize(img) >= 1.5 * width)
			measure(whole, Profiles.columnMeans(img.flattened(), img.width, img.height, 0, img.height - 1), img, rows, profiles);
		return combine(rows, profiles, img, true);
	}

	private static double medianBlobWidth(RowBlobs r) {
		List<Double> w = new ArrayList<>();
		for (ProfileBumps.Bump b : r.blobs)
			if (b.prominence >= 0.25 * r.scale) w.add((double) b.width());
		return w.isEmpty() ? 0 : Profiles.median(w.stream().mapToDouble(Double::doubleValue).toArray());
	}

	private static LaneEvidence combine(List<RowBlobs> rows, List<double[]> profiles, SignalImage img, boolean whole) {
		if (rows.isEmpty()) return new LaneEvidence(new double[img.width], 0, List.of(), true);
		double[] base = baseWeights(rows, img.height);
		int reference = 0;
		for (int k = 1; k < rows.size(); k++)
			if (base[k] * strongBlobs(rows.get(k)) > base[reference] * strongBlobs(rows.get(reference))) reference = k;
		double pitch = blobSpacing(rows.get(reference));
		// rows of blobs much narrower than the clearest row's (specks of dust, hot pixels) count for little
		double laneWidth = medianBlobWidth(rows.get(reference));
		for (int k = 0; k < rows.size() && laneWidth > 0; k++) {
			double f = Math.min(1, medianBlobWidth(rows.get(k)) / (NARROW_BLOBS * laneWidth));
			base[k] *= f * f;
		}
		List<double[]> hats = new ArrayList<>();
		for (int k = 0; k < rows.size(); k++)
			hats.add(normalised(pitch > 0 ? Profiles.topHat(profiles.get(k), (int) Math.round(HAT_SPACINGS * pitch)) : profiles.get(k),
				rows.get(k)));
		List<boolean[]> gaps = new ArrayList<>();
		for (RowBlobs r : rows)
			gaps.add(gaps(r, img.width));
		double[] sum = new double[img.width];
		List<RowBlobs> weighted = new ArrayList<>();
		for (int k = 0; k < rows.size(); k++) {
			RowBlobs r = rows.get(k);
			double weight = base[k] < 0.005 ? 0 : base[k] * agreement(k, hats, gaps, base);
			add(sum, hats.get(k), weight);
			weighted.add(new RowBlobs(r.row, r.blobs, weight, r.scale, r.noise));
		}
		return new LaneEvidence(sum, Profiles.noise(sum), weighted, whole);
	}

	/**
	 * A row's profile in units of its typical band (the median height of its clear blobs), cut at a
	 * few typical bands, so that one very bright lane does not drown the others.
	 */
	private static double[] normalised(double[] p, RowBlobs r) {
		List<Double> heights = new ArrayList<>();
		for (ProfileBumps.Bump b : r.blobs)
			if (b.prominence >= CLEAR_BLOB * r.noise && b.prominence >= 0.1 * r.scale) heights.add(b.prominence);
		double typical = heights.isEmpty() ? r.scale : Profiles.median(heights.stream().mapToDouble(Double::doubleValue).toArray());
		double[] out = new double[p.length];
		for (int x = 0; x < p.length; x++)
			out[x] = Math.min(BRIGHTEST, p[x] / typical);
		return out;
	}

	private static void add(double[] sum, double[] p, double weight) {
		for (int x = 0; x < sum.length; x++)
			sum[x] += weight * p[x];
	}

	/**
	 * How much a row's lanes agree with the other rows': 1 less the share of its signal that falls
	 * into the gaps between the other rows' lanes (weighted by their weights). Every row shows the
	 * same lanes, or some of them (a row with a marker band alone contradicts none); a blotch or a
	 * stretch of texture puts its signal where the others have gaps. 1 when no other row has gaps.
	 */
	private static double agreement(int k, List<double[]> hats, List<boolean[]> gaps, double[] base) {
		double[] own = hats.get(k);
		double total = 0;
		for (double v : own)
			total += Math.max(0, v);
		if (!(total > 0)) return 0;
		double contradiction = 0, weight = 0;
		for (int j = 0; j < hats.size(); j++) {
			boolean[] g = gaps.get(j);
			if (j == k || g == null || base[j] < 0.005) continue;
			double inGaps = 0;
			for (int x = 0; x < own.length; x++)
				if (g[x]) inGaps += Math.max(0, own[x]);
			contradiction += base[j] * inGaps / total;
			weight += base[j];
		}
		return weight < 0.5 ? 1 : Math.max(0, 1 - GAP_CONTRADICTION * contradiction / weight);
	}

	/** The columns between a row's consecutive strong blobs (shrunk by a few columns), or null with fewer than two. */
	private static boolean[] gaps(RowBlobs r, int width) {
		List<ProfileBumps.Bump> strong = new ArrayList<>();
		for (ProfileBumps.Bump b : r.blobs)
			if (b.prominence >= 0.25 * r.scale && b.prominence >= CLEAR_BLOB * r.noise) strong.add(b);
		if (strong.size() < 3) return null;
		double[] widths = new double[strong.size()];
		for (int i = 0; i < widths.length; i++)
			widths[i] = strong.get(i).width();
		// a wide space between two bands (an empty stretch, two specks of dust) says nothing about lanes
		double widest = GAP_WIDTHS * Profiles.median(widths);
		boolean[] g = new boolean[width];
		for (int i = 1; i < strong.size(); i++)
			if (strong.get(i).left - strong.get(i - 1).right <= widest)
				for (int x = strong.get(i - 1).right + GAP_MARGIN; x <= strong.get(i).left - GAP_MARGIN; x++)
					g[x] = true;
		return g;
	}

	/**
	 * Each row's weight before agreement: its share of the most blobs any clear row shows, its
	 * signal against the noise, and its strength against the strongest row with lanes, squared
	 * (rows of faint texture, a camera's pattern or the grain of a gel, count for nothing however
	 * many blobs they show). Strength is the band's signal summed over the row's rows, so that a tall
	 * row (the whole height) and a thin one compare fairly.
	 */
	private static double[] baseWeights(List<RowBlobs> rows, int height) {
		double strongest = 0;
		for (RowBlobs r : rows)
			if (strongBlobs(r) >= 2) strongest = Math.max(strongest, strength(r, height));
		double[] amplitude = new double[rows.size()];
		int most = 1;
		for (int k = 0; k < rows.size(); k++) {
			double f = strongest > 0 ? Math.min(1, strength(rows.get(k), height) / (FAINT_ROW * strongest)) : 1;
			amplitude[k] = f * f;
			if (amplitude[k] >= 0.5 && snrFactor(rows.get(k)) >= 0.5) most = Math.max(most, strongBlobs(rows.get(k)));
		}
		double[] w = new double[rows.size()];
		for (int k = 0; k < w.length; k++)
			w[k] = Math.min(1, (double) strongBlobs(rows.get(k)) / most) * snrFactor(rows.get(k)) * amplitude[k]
				* regularity(rows.get(k));
		return w;
	}

	/**
	 * How regular a row's strong blobs are, 1 for lanes of one width at whole multiples of one
	 * spacing, towards 0 for blobs of every width anywhere (a blotch, texture); 1 for a single blob.
	 */
	static double regularity(RowBlobs r) {
		List<ProfileBumps.Bump> strong = new ArrayList<>();
		for (ProfileBumps.Bump b : r.blobs)
			if (b.prominence >= 0.25 * r.scale && b.prominence >= CLEAR_BLOB * r.noise) strong.add(b);
		if (strong.size() < 2) return 1;
		double[] widths = new double[strong.size()], spacings = new double[strong.size() - 1];
		for (int i = 0; i < strong.size(); i++) {
			widths[i] = strong.get(i).width();
			if (i > 0) spacings[i - 1] = strong.get(i).centre() - strong.get(i - 1).centre();
		}
		double spacing = Profiles.median(spacings), off = 0;
		for (double d : spacings)
			off += Math.abs(d / spacing - Math.max(1, Math.round(d / spacing)));
		double irregular = spread(widths) + off / spacings.length;
		return 1 / (1 + (irregular / IRREGULAR) * (irregular / IRREGULAR));
	}

	private static double spread(double[] v) {
		double mean = 0, ss = 0;
		for (double x : v)
			mean += x / v.length;
		for (double x : v)
			ss += (x - mean) * (x - mean);
		return mean > 0 ? Math.sqrt(ss / v.length) / mean : 0;
	}

	private static double strength(RowBlobs r, int height) {
		return r.scale * r.row.ribbonHeight(height);
	}

	/** Measures a row's contrast profile: its blobs, strength and noise (never below what the pixels' noise allows). */
	private static void measure(BandRow row, double[] raw, SignalImage img, List<RowBlobs> rows, List<double[]> profiles) {
		double[] p = Profiles.smooth(raw, 1.0);
		double noise = Math.max(Profiles.noise(raw), img.pixelNoise() / Math.sqrt(row.height()));
		List<ProfileBumps.Bump> blobs = ProfileBumps.find(p, noise);
		double scale = 0;
		for (ProfileBumps.Bump b : blobs)
			scale = Math.max(scale, b.prominence);
		RowBlobs r = new RowBlobs(row, blobs, 0, scale, noise);
		if (blobs.isEmpty() || r.snr() < MIN_SNR) return;
		rows.add(r);
		profiles.add(p);
	}

	/** How well a row shows lanes: its strong blobs, discounted when its bands are near the noise. */
	private static double quality(RowBlobs r) {
		return strongBlobs(r) * snrFactor(r);
	}

	private static double snrFactor(RowBlobs r) {
		return Math.max(0, Math.min(1, (r.snr() - MIN_SNR) / (CLEAR_ROW - MIN_SNR)));
	}

	/** Median distance between the centres of consecutive strong blobs, NaN with fewer than two. */
	private static double blobSpacing(RowBlobs r) {
		List<Double> centres = new ArrayList<>();
		for (ProfileBumps.Bump b : r.blobs)
			if (b.prominence >= 0.25 * r.scale) centres.add(b.centre());
		if (centres.size() < 2) return Double.NaN;
		double[] d = new double[centres.size() - 1];
		for (int i = 1; i < centres.size(); i++)
			d[i - 1] = centres.get(i) - centres.get(i - 1);
		return Profiles.median(d);
	}

	/** Pearson correlation of two profiles over the columns where either is non-zero. */
	static double correlation(double[] a, double[] b) {
		double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
		int n = 0;
		for (int x = 0; x < a.length; x++) {
			if (a[x] == 0 && b[x] == 0) continue;
			sa += a[x];
			sb += b[x];
			saa += a[x] * a[x];
			sbb += b[x] * b[x];
			sab += a[x] * b[x];
			n++;
		}
		if (n < 3) return 0;
		double va = saa - sa * sa / n, vb = sbb - sb * sb / n;
		return va > 0 && vb > 0 ? (sab - sa * sb / n) / Math.sqrt(va * vb) : 0;
	}

	/** Blobs at least a quarter as prominent as the row's strongest, and clear of the noise. */
	private static int strongBlobs(RowBlobs r) {
		int n = 0;
		for (ProfileBumps.Bump b : r.blobs)
			if (b.prominence >= 0.25 * r.scale && b.prominence >= CLEAR_BLOB * r.noise) n++;
		return n;
	}

	/**
	 * Column profile of a band row minus its flanks: in each column the mean over the row's rows
	 * minus the lower of the means just above and just below (past the bands' tails). Columns beyond
	 * the row's extent are 0; where neither flank lies inside the image, the flattened image is used.
	 */
	static double[] contrast(SignalImage img, BandRow row) {
		double[] out = new double[img.width];
		float[] flat = null;
		for (int x = row.left; x <= row.right; x++) {
			// a band's half-height rows and as much again above and below: a band that curves within its lane stays inside
			int half = row.bottom(x) - row.top(x) + 1;
			int top = Math.max(0, row.top(x) - half), bottom = Math.min(img.height - 1, row.bottom(x) + half), h = bottom - top + 1;
			int gap = (int) Math.ceil(0.2 * h), flank = Math.max(2, (int) Math.ceil(0.3 * h));
			double inner = columnMean(img.pixels, img.width, x, top, bottom);
			double above = columnMean(img.pixels, img.width, x, Math.max(0, top - gap - flank), top - gap - 1);
			double below = columnMean(img.pixels, img.width, x, bottom + gap + 1, Math.min(img.height - 1, bottom + gap + flank));
			double base = Double.isNaN(above) ? below : Double.isNaN(below) ? above : Math.min(above, below);
			if (Double.isNaN(base)) {
				if (flat == null) flat = img.flattened();
				out[x] = columnMean(flat, img.width, x, top, bottom);
			}
			else out[x] = inner - base;
		}
		return out;
	}

	/** Mean of column x over rows from..to, NaN when the range is empty. */
	private static double columnMean(float[] pixels, int width, int x, int from, int to) {
		if (to < from) return Double.NaN;
		double sum = 0;
		for (int y = from, i = from * width + x; y <= to; y++, i += width)
			sum += pixels[i];
		return sum / (to - from + 1);
	}

	/**
	 * Number of band rows in which the lane shows a band (a ladder or marker shows in many): a blob
	 * in the middle of the lane, clear of the noise and at least a tenth as strong as the lane's
	 * strongest band. Rows much taller than the rows that carry the lanes (a blotch of background),
	 * and rows without weight, do not count.
	 */
	int rowsWithBlobIn(Lane lane) {
		List<Double> heights = new ArrayList<>();
		for (RowBlobs r : rows)
			if (!r.row.isWhole() && r.weight >= 0.1) heights.add((double) r.row.height());
		double tallest = heights.isEmpty() ? Double.POSITIVE_INFINITY
			: BAND_HEIGHTS * Profiles.median(heights.stream().mapToDouble(Double::doubleValue).toArray());
		double strongest = 0;
		double[] inLane = new double[rows.size()];
		for (int k = 0; k < rows.size(); k++) {
			RowBlobs r = rows.get(k);
			if (r.row.isWhole() || r.row.height() > tallest || r.weight < COUNTED_ROW) continue;
			inLane[k] = r.strongestIn(lane.left, lane.right, CLEAR_BLOB * r.noise);
			strongest = Math.max(strongest, inLane[k]);
		}
		int n = 0;
		for (double v : inLane)
			if (v > 0 && v >= LADDER_BAND * strongest) n++;
		return n;
	}

	/**
	 * Band rows in which this lane shows a band, as wide as half the lane, and (almost) no other lane
	 * does: a marker or ladder lane shows its bands at heights where the sample lanes have none, even
	 * in a crop or band window that holds only a few of them.
	 */
	int privateRows(Lane lane, List<Lane> lanes) {
		List<Double> heights = new ArrayList<>();
		for (RowBlobs r : rows)
			if (!r.row.isWhole() && r.weight >= 0.1) heights.add((double) r.row.height());
		double tallest = heights.isEmpty() ? Double.POSITIVE_INFINITY
			: BAND_HEIGHTS * Profiles.median(heights.stream().mapToDouble(Double::doubleValue).toArray());
		int n = 0;
		for (RowBlobs r : rows) {
			if (r.row.isWhole() || r.row.height() > tallest) continue;
			if (!hasWideBlob(r, lane)) continue;
			int others = 0;
			for (Lane other : lanes)
				if (other != lane && hasWideBlob(r, other)) others++;
			if (others <= PRIVATE_SHARE * (lanes.size() - 1)) n++;
		}
		return n;
	}

	/**
	 * The fraction of the rows most lanes share (a band in at least half of them, the protein rows)
	 * in which this lane shows a band too; 1 without such rows. A sample lane has the protein's band
	 * in most of them, a marker only where one of its bands happens to fall.
	 */
	double sharedRowsHit(Lane lane, List<Lane> lanes) {
		int shared = 0, hit = 0;
		for (RowBlobs r : rows) {
			if (r.row.isWhole() || r.weight < 0.1) continue;
			int with = 0;
			for (Lane other : lanes)
				if (hasWideBlob(r, other)) with++;
			if (with < 0.5 * lanes.size()) continue;
			shared++;
			if (hasWideBlob(r, lane)) hit++;
		}
		return shared == 0 ? 1 : (double) hit / shared;
	}

	private static boolean hasWideBlob(RowBlobs r, Lane lane) {
		int quarter = (lane.right - lane.left) / 4, covered = 0;
		for (ProfileBumps.Bump b : r.blobs)
			// (a row's profile is 0 beyond its extent: bumps reaching out there are no bands)
			if (b.left >= r.row.left - GAP_MARGIN && b.right <= r.row.right + GAP_MARGIN && b.right >= lane.left + quarter && b.left <= lane.right - quarter && b.prominence >= CLEAR_BLOB * r.noise
				&& b.prominence >= 0.1 * r.scale) covered += Math.min(b.right, lane.right) - Math.max(b.left, lane.left) + 1;
		// a band darker at its sides (or cut by a bubble) shows as two blobs
		return covered >= 0.4 * lane.width();
	}

	/**
	 * The lane spacing from the autocorrelation of the profile: the first strong peak past the
	 * lanes' own width (NaN when the profile shows no repeat).
	 */
	double pitch() {
		return pitchOf(profile);
	}

	static double pitchOf(double[] p) {
		int n = p.length;
		double mean = Arrays.stream(p).average().orElse(0);
		int maxLag = n / 2;
		if (maxLag < 4) return Double.NaN;
		double[] a = new double[maxLag + 1];
		for (int lag = 0; lag <= maxLag; lag++) {
			double s = 0;
			for (int x = 0; x + lag < n; x++)
				s += (p[x] - mean) * (p[x + lag] - mean);
			a[lag] = s / (n - lag);
		}
		int start = 1;
		while (start < maxLag && a[start] > 0)
			start++;
		double best = 0;
		for (int lag = start; lag < maxLag; lag++)
			best = Math.max(best, a[lag]);
		if (!(best > 0)) return Double.NaN;
		for (int lag = Math.max(start, 2); lag < maxLag; lag++)
			if (a[lag] >= 0.5 * best && a[lag] >= a[lag - 1] && a[lag] >= a[lag + 1]) return refine(a, lag);
		return Double.NaN;
	}

	/** Sub-sample peak position by a parabola through the peak and its neighbours. */
	private static double refine(double[] a, int i) {
		double d = a[i - 1] - 2 * a[i] + a[i + 1];
		return d == 0 ? i : i + 0.5 * (a[i - 1] - a[i + 1]) / d;
	}
}
