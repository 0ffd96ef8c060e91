package org.alsstress.blot;

import ij.plugin.filter.MaximumFinder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the rows that hold bands before any lane is known: the image is cut into narrow column
 * strips, the bands are the peaks of each strip's row profile (by prominence, so membrane edges,
 * steps and slopes are no peaks), and peaks at overlapping rows of nearby strips are joined into
 * one row. A marker band or a speck of dust makes a row of one or two strips; a row of sample bands
 * spans many.
 */
final class BandRows {
	private static final int EDGE_INCLUDED = 0;
	/** A band's peak rises this many noise SDs above the valleys beside it. */
	private static final double MIN_PROMINENCE = 5;
	private static final int STRIPS = 48;
	/** Peaks in strips this far apart (in strips) are joined when their rows overlap: bridges the gap between lanes. */
	private static final int LINK_REACH = 3;
	/** Peaks are joined when their centres are at most this many band heights apart (drift from lane to lane, tilt). */
	private static final double LINK_DISTANCE = 1.5;
	/** Bands of one row are of about the same height: peaks this much taller than their neighbour are another thing. */
	private static final double MAX_HEIGHT_RATIO = 2.5;
	private static final int MAX_PEAKS_PER_STRIP = 40;
	/** A peak whose half-height extent is more than this fraction of the image height is no band. */
	private static final double MAX_BAND_HEIGHT = 0.25;
	private static final int MAX_ROWS = 60;

	private BandRows() {}

	/** A band seen in one strip: its half-height rows and its prominence. */
	private static final class Peak {
		final int strip, top, bottom;
		final double prominence;

		Peak(int strip, int top, int bottom, double prominence) {
			this.strip = strip;
			this.top = top;
			this.bottom = bottom;
			this.prominence = prominence;
		}

		/**
		 * Distance between the centres in units of the shorter band's height; infinite when one is
		 * much taller than the other (a blotch beside a band).
		 */
		double distance(Peak o) {
			int h = bottom - top + 1, oh = o.bottom - o.top + 1;
			if (Math.max(h, oh) > MAX_HEIGHT_RATIO * Math.min(h, oh)) return Double.POSITIVE_INFINITY;
			return Math.abs(top + bottom - o.top - o.bottom) / 2.0 / Math.min(h, oh);
		}
	}

	static int stripWidth(int imageWidth) {
		return Math.max(4, (int) Math.round((double) imageWidth / STRIPS));
	}

	static List<BandRow> find(SignalImage img) {
		int sw = stripWidth(img.width), strips = (img.width + sw - 1) / sw;
		double[][] profiles = stripProfiles(img, sw, strips);
		List<List<Peak>> peaks = new ArrayList<>();
		for (int s = 0; s < strips; s++)
			peaks.add(peaks(profiles[s], s));
		return rows(peaks, sw, img.width);
	}

	private static double[][] stripProfiles(SignalImage img, int sw, int strips) {
		double[][] p = new double[strips][img.height];
		for (int y = 0; y < img.height; y++) {
			int i = y * img.width;
			for (int s = 0; s < strips; s++) {
				int end = Math.min(img.width, (s + 1) * sw);
				double sum = 0;
				for (int x = s * sw; x < end; x++)
					sum += img.pixels[i + x];
				p[s][y] = sum / (end - s * sw);
			}
		}
		return p;
	}

	private static List<Peak> peaks(double[] raw, int strip) {
		double[] p = Profiles.smooth(raw, 1.0);
		double noise = Math.max(Profiles.noise(raw), 1e-6 * (1 + Math.abs(Profiles.median(raw))));
		double tolerance = MIN_PROMINENCE * noise;
		int[] maxima = MaximumFinder.findMaxima(p, tolerance, EDGE_INCLUDED);
		List<Peak> out = new ArrayList<>();
		for (int k = 0; k < maxima.length && out.size() < MAX_PEAKS_PER_STRIP; k++) {
			int peak = maxima[k];
			int up = Profiles.valley(p, peak, -1, 0, tolerance), down = Profiles.valley(p, peak, +1, p.length - 1, tolerance);
			double base = up == 0 && p[up] > p[down] ? p[down] : down == p.length - 1 && p[down] > p[up] ? p[up]
				: Math.max(p[up], p[down]);
			double prominence = p[peak] - base;
			if (prominence < tolerance) continue;
			double half = base + 0.5 * prominence;
			int top = peak, bottom = peak;
			while (top > 0 && p[top - 1] >= half)
				top--;
			while (bottom < p.length - 1 && p[bottom + 1] >= half)
				bottom++;
			// a plateau over most of the height is the membrane or the gel, not a band (bands filling a crop are the whole-height row's)
			if (bottom - top + 1 > MAX_BAND_HEIGHT * p.length) continue;
			out.add(new Peak(strip, top, bottom, prominence));
		}
		return out;
	}

	private static List<BandRow> rows(List<List<Peak>> peaks, int sw, int width) {
		List<Peak> all = new ArrayList<>();
		for (List<Peak> strip : peaks)
			all.addAll(strip);
		Map<Peak, Integer> index = new HashMap<>();
		for (int i = 0; i < all.size(); i++)
			index.put(all.get(i), i);
		int[] parent = new int[all.size()];
		BitSet[] stripsOf = new BitSet[all.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
			stripsOf[i] = new BitSet();
			stripsOf[i].set(all.get(i).strip);
		}
		List<double[]> links = new ArrayList<>();
		for (int s = 0; s < peaks.size(); s++)
			for (Peak a : peaks.get(s))
				for (int t = s + 1; t <= Math.min(peaks.size() - 1, s + LINK_REACH); t++)
					for (Peak b : peaks.get(t)) {
						double d = a.distance(b);
						if (d <= LINK_DISTANCE) links.add(new double[] {d + 0.1 * (t - s - 1), index.get(a), index.get(b)});
					}
		join(links, parent, stripsOf);
		bridgeGaps(all, parent, stripsOf);
		Map<Integer, Peak[]> byRoot = new HashMap<>();
		Map<Integer, Double> strength = new HashMap<>();
		for (int i = 0; i < all.size(); i++) {
			Peak p = all.get(i);
			int root = find(parent, i);
			Peak[] members = byRoot.computeIfAbsent(root, r -> new Peak[peaks.size()]);
			if (members[p.strip] == null || members[p.strip].prominence < p.prominence) members[p.strip] = p;
			strength.merge(root, p.prominence, Double::sum);
		}
		List<Integer> roots = new ArrayList<>(byRoot.keySet());
		roots.sort((a, b) -> Double.compare(strength.get(b), strength.get(a)));
		List<BandRow> rows = new ArrayList<>();
		for (int root : roots.subList(0, Math.min(MAX_ROWS, roots.size())))
			rows.add(row(byRoot.get(root), sw, width));
		rows.sort((a, b) -> Double.compare(a.centre(), b.centre()));
		return rows;
	}

	/**
	 * Rows broken by an empty lane (or a gap wider than the link reach) are joined when the bands at
	 * their facing ends are at the same height: nearest ends first, never two bands of one strip.
	 */
	private static void bridgeGaps(List<Peak> all, int[] parent, BitSet[] stripsOf) {
		Map<Integer, List<Peak>> members = new HashMap<>();
		for (int i = 0; i < all.size(); i++)
			members.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(all.get(i));
		List<Integer> roots = new ArrayList<>(members.keySet());
		List<double[]> links = new ArrayList<>();
		for (int i = 0; i < roots.size(); i++)
			for (int j = 0; j < roots.size(); j++) {
				if (i == j) continue;
				Peak lastOfA = last(members.get(roots.get(i))), firstOfB = first(members.get(roots.get(j)));
				if (lastOfA.strip >= firstOfB.strip) continue;
				double d = lastOfA.distance(firstOfB);
				if (d <= LINK_DISTANCE) links.add(new double[] {d, roots.get(i), roots.get(j)});
			}
		join(links, parent, stripsOf);
	}

	/** Joins the sets of linked peaks, closest links first, never two bands of one strip into one row. */
	private static void join(List<double[]> links, int[] parent, BitSet[] stripsOf) {
		links.sort((x, y) -> Double.compare(x[0], y[0]));
		for (double[] link : links) {
			int ra = find(parent, (int) link[1]), rb = find(parent, (int) link[2]);
			if (ra == rb || stripsOf[ra].intersects(stripsOf[rb])) continue;
			int root = Math.min(ra, rb), child = Math.max(ra, rb);
			parent[child] = root;
			stripsOf[root].or(stripsOf[child]);
		}
	}

	private static Peak first(List<Peak> peaks) {
		Peak f = peaks.get(0);
		for (Peak p : peaks)
			if (p.strip < f.strip) f = p;
		return f;
	}

	private static Peak last(List<Peak> peaks) {
		Peak l = peaks.get(0);
		for (Peak p : peaks)
			if (p.strip > l.strip) l = p;
		return l;
	}

	/** The row's rows in every column, interpolated between the centres of the strips that show it. */
	private static BandRow row(Peak[] members, int sw, int width) {
		List<Peak> m = new ArrayList<>();
		for (Peak p : members)
			if (p != null) m.add(p);
		int left = Math.max(0, m.get(0).strip * sw - sw), right = Math.min(width - 1, (m.get(m.size() - 1).strip + 2) * sw - 1);
		int[] tops = new int[right - left + 1], bottoms = new int[tops.length];
		int k = 0;
		for (int x = left; x <= right; x++) {
			while (k < m.size() - 1 && centre(m.get(k + 1), sw) <= x)
				k++;
			Peak a = m.get(k), b = m.get(Math.min(m.size() - 1, k + 1));
			double ca = centre(a, sw), cb = centre(b, sw);
			double t = cb == ca ? 0 : Math.max(0, Math.min(1, (x - ca) / (cb - ca)));
			tops[x - left] = (int) Math.round(a.top + t * (b.top - a.top));
			bottoms[x - left] = (int) Math.round(a.bottom + t * (b.bottom - a.bottom));
		}
		return new BandRow(left, tops, bottoms, m.size());
	}

	private static double centre(Peak p, int sw) {
		return (p.strip + 0.5) * sw;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	static String describe(List<BandRow> rows) {
		return Arrays.toString(rows.toArray());
	}
}
