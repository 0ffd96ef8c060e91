package org.alsstress.blot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every lane one image suggests, each with a confidence and, when doubtful, the reason: the
 * accepted sample lanes (including lanes without signal placed between others from the spacing),
 * the ladder or marker lanes, and the rejected bumps (too narrow or faint to be lanes on their own:
 * dust, a phantom at an edge) that the user's lane count may still call on.
 */
final class LaneCandidates {
	/** A bump narrower than this fraction of the typical lane, or fainter, is no lane on its own. */
	private static final double MIN_WIDTH = 0.3, MIN_PROMINENCE = 0.1;
	/** At the image border, where a background slope or a clipped lane makes bumps, twice as strict. */
	private static final double MIN_BORDER = 0.5;
	private static final int MIN_LADDER_BANDS = 5;
	/** A lane with bands of its own in this many rows, where the other lanes show none, is a marker. */
	private static final int MIN_PRIVATE_ROWS = 2;
	/** Two bumps are halves of one lane when one is narrower than HALF a lane, both together no wider than HALVES_WIDTH lanes, closer than HALVES_SPACING spacings. */
	private static final double HALF = 0.7, HALVES_WIDTH = 1.3, HALVES_SPACING = 0.75;
	static final double INFERRED_CONFIDENCE = 0.3;
	/** Lanes this wide (of the typical lane) that fall outside another image are lanes that image lacks, not phantoms. */
	private static final double LANE_LIKE = 0.6;
	/** The whole height's lanes replace the band rows' when this much clearer (summed confidence). */
	private static final double WHOLE_CLEARER = 1.5;

	final String imageName;
	final int width;
	final LaneEvidence evidence;
	/** Median spacing of the accepted lanes (ladders included), NaN with fewer than two. */
	final double pitch;
	final double medianWidth;
	/** A typical lane's height in the evidence profile. */
	final double medianProminence;
	/** Accepted sample lanes, left to right, not yet numbered. */
	final List<Lane> samples;
	final List<Lane> ladders;
	/** Bumps not taken as lanes, their doubt saying why. */
	final List<Lane> rejected;
	/** Why a lane placed here could not be measured in every image (it falls outside one), or null when it can. */
	final java.util.function.Function<Lane, String> outside;

	private LaneCandidates(String imageName, int width, LaneEvidence evidence, double pitch, double medianWidth,
		double medianProminence, List<Lane> samples, List<Lane> ladders, List<Lane> rejected)
	{
		this(imageName, width, evidence, pitch, medianWidth, medianProminence, samples, ladders, rejected, lane -> null);
	}

	private LaneCandidates(String imageName, int width, LaneEvidence evidence, double pitch, double medianWidth,
		double medianProminence, List<Lane> samples, List<Lane> ladders, List<Lane> rejected,
		java.util.function.Function<Lane, String> outside)
	{
		this.outside = outside;
		this.medianProminence = medianProminence;
		this.imageName = imageName;
		this.width = width;
		this.evidence = evidence;
		this.pitch = pitch;
		this.medianWidth = medianWidth;
		this.samples = samples;
		this.ladders = ladders;
		this.rejected = rejected;
	}

	/**
	 * The lanes of an image: those the band rows show (with lanes only the whole height shows
	 * added), unless the whole height alone shows clearly more lanes (bands that fill the image, or
	 * rows too curved to follow).
	 */
	static LaneCandidates of(SignalImage img) {
		LaneEvidence rows = LaneEvidence.of(img);
		if (rows.wholeHeight) return of(img, rows, null);
		LaneEvidence whole = LaneEvidence.wholeHeight(img);
		LaneCandidates byRows = of(img, rows, whole), byWhole = of(img, whole, null);
		return byWhole.clarity() > WHOLE_CLEARER * byRows.clarity() ? byWhole : byRows;
	}

	/**
	 * @param whole the whole height's evidence, to add lanes the band rows miss; null for none
	 */
	static LaneCandidates of(SignalImage img, LaneEvidence evidence, LaneEvidence whole) {
		double[] p = evidence.profile;
		List<ProfileBumps.Bump> bumps = ProfileBumps.lanes(p, evidence.noise);
		List<ProfileBumps.Bump> real = new ArrayList<>();
		for (ProfileBumps.Bump b : bumps)
			if (b.prominence > 3 * evidence.noise) real.add(b);
		double medianWidth = typical(real, true), medianProminence = typical(real, false);
		List<ProfileBumps.Bump> accepted = new ArrayList<>();
		List<Lane> rejected = new ArrayList<>();
		for (ProfileBumps.Bump b : real) {
			boolean atBorder = b.peak <= 2 || b.peak >= p.length - 3;
			double minWidth = atBorder ? MIN_BORDER : MIN_WIDTH, minProminence = atBorder ? MIN_BORDER : MIN_PROMINENCE;
			boolean narrow = b.width() < minWidth * medianWidth, faint = b.prominence < minProminence * medianProminence;
			if (!narrow && !faint) accepted.add(b);
			else rejected.add(new Lane(0, b.left, b.right, false, false).withConfidence(
				Math.min(b.prominence / medianProminence, (double) b.width() / medianWidth),
				(narrow ? "narrower" : "fainter") + " than the lanes (" + (narrow ? b.width() + " px wide, lanes "
					+ Math.round(medianWidth) + " px" : percent(b.prominence / medianProminence) + " of a lane's signal")
					+ (atBorder ? ", at the image border" : "") + "): dust, an edge or noise"));
		}
		List<Lane> lanes = splitMerged(joinHalves(accepted, medianWidth), medianWidth, evidence.pitch(), img.width);
		if (whole != null) lanes = withLanesOnlyTheWholeHeightShows(lanes, whole, evidence, img.width, medianWidth);
		double pitch = LaneFinder.pitch(lanes);
		boolean[] ladder = ladders(img, evidence, lanes);
		List<Lane> ladders = new ArrayList<>(), samples = new ArrayList<>();
		for (int i = 0; i < lanes.size(); i++)
			if (ladder[i]) ladders.add(lanes.get(i).asLadder());
			else samples.add(lanes.get(i));
		samples = withEmptyLanes(samples, lanes, pitch, medianWidth, img.width);
		samples = LaneConfidence.assess(samples, lanes, p, evidence.noise, pitch, medianWidth, medianProminence);
		return new LaneCandidates(img.name, img.width, evidence, pitch, medianWidth, medianProminence, samples, ladders, rejected);
	}

	/**
	 * The whole height's profile as supporting evidence: a lane it shows clearly, as wide as the
	 * lanes, where the band rows' lanes leave room, is added when some band row shows a band there
	 * (too weak, or run together with its neighbours', to make a lane of the rows' own); it cannot
	 * move or remove the band rows' lanes.
	 */
	private static List<Lane> withLanesOnlyTheWholeHeightShows(List<Lane> lanes, LaneEvidence whole, LaneEvidence rows, int width,
		double medianWidth)
	{
		if (lanes.isEmpty()) return lanes;
		List<ProfileBumps.Bump> bumps = ProfileBumps.lanes(whole.profile, whole.noise);
		double prominence = typical(bumps, false);
		List<Lane> out = new ArrayList<>(lanes);
		for (ProfileBumps.Bump b : bumps) {
			boolean free = true;
			for (Lane lane : lanes)
				free &= Math.min(lane.right, b.right) - Math.max(lane.left, b.left) < 0.3 * Math.min(lane.width(), b.width());
			boolean atBorder = b.left == 0 || b.right == width - 1;
			boolean laneLike = b.width() >= HALF * medianWidth && b.width() <= 1.6 * medianWidth && b.prominence >= 0.2 * prominence;
			Lane lane = new Lane(0, b.left, b.right, false, false);
			if (free && laneLike && !atBorder && rows.rowsWithBlobIn(lane) > 0) out.add(lane);
		}
		out.sort((a, c) -> Double.compare(a.centre(), c.centre()));
		return out;
	}

	/** Median width or prominence of the bumps at least a fifth as prominent as the strongest. */
	private static double typical(List<ProfileBumps.Bump> bumps, boolean width) {
		double max = 0;
		for (ProfileBumps.Bump b : bumps)
			max = Math.max(max, b.prominence);
		List<Double> v = new ArrayList<>();
		for (ProfileBumps.Bump b : bumps)
			if (b.prominence >= 0.2 * max) v.add(width ? b.width() : b.prominence);
		return Profiles.median(v.stream().mapToDouble(Double::doubleValue).toArray());
	}

	static String percent(double fraction) {
		return String.format(Locale.ROOT, "%.0f %%", 100 * fraction);
	}

	/**
	 * A lane whose band is darker at both sides (or cut by a bubble) can show as two narrow bumps
	 * closer than the lane spacing, together as wide as one lane: join them.
	 */
	private static List<ProfileBumps.Bump> joinHalves(List<ProfileBumps.Bump> bumps, double medianWidth) {
		List<Lane> lanes = new ArrayList<>();
		for (ProfileBumps.Bump b : bumps)
			lanes.add(new Lane(0, b.left, b.right, false, false));
		double pitch = LaneFinder.pitch(lanes);
		if (!(pitch > 0)) return bumps;
		List<ProfileBumps.Bump> out = new ArrayList<>();
		for (ProfileBumps.Bump b : bumps) {
			ProfileBumps.Bump previous = out.isEmpty() ? null : out.get(out.size() - 1);
			boolean halves = previous != null && b.right - previous.left + 1 <= HALVES_WIDTH * medianWidth
				&& Math.min(b.width(), previous.width()) < HALF * medianWidth && b.centre() - previous.centre() < HALVES_SPACING * pitch;
			if (halves) out.set(out.size() - 1, new ProfileBumps.Bump(previous.prominence >= b.prominence ? previous.peak : b.peak,
				previous.left, b.right, previous.leftValley, b.rightValley, Math.max(previous.prominence, b.prominence)));
			else out.add(b);
		}
		return out;
	}

	/**
	 * Two lanes without a gap between them look like one bump twice as wide: split it. An outermost
	 * lane that runs into the image border has no gap beyond it either: a background rising towards
	 * the border widens it, so it is cut to the usual width from its inner edge instead.
	 */
	private static List<Lane> splitMerged(List<ProfileBumps.Bump> bumps, double medianWidth, double autoPitch, int width) {
		List<Lane> lanes = new ArrayList<>();
		for (ProfileBumps.Bump b : bumps)
			lanes.add(new Lane(0, b.left, b.right, false, false));
		double pitch = lanes.size() >= 2 ? LaneFinder.pitch(lanes) : autoPitch;
		if (!(pitch > 0)) return lanes;
		List<Lane> out = new ArrayList<>();
		int usual = (int) Math.round(medianWidth);
		for (int k = 0; k < lanes.size(); k++) {
			Lane lane = lanes.get(k);
			boolean wideAtBorder = lane.width() > 1.25 * medianWidth && lanes.size() > 1;
			if (wideAtBorder && lane.right == width - 1 && k > 0) {
				out.add(new Lane(0, lane.left, lane.left + usual - 1, false, false));
				continue;
			}
			if (wideAtBorder && lane.left == 0 && k < lanes.size() - 1) {
				out.add(new Lane(0, lane.right - usual + 1, lane.right, false, false));
				continue;
			}
			int parts = lane.width() > 1.6 * medianWidth ? (int) Math.max(2, Math.round(lane.width() / pitch)) : 1;
			double step = (double) lane.width() / parts;
			for (int i = 0; i < parts; i++) {
				int left = (int) Math.round(lane.left + i * step);
				int right = (int) Math.round(lane.left + (i + 1) * step) - 1;
				out.add(new Lane(0, left, parts == 1 ? lane.right : right, false, false));
			}
		}
		return out;
	}

	/** A ladder or marker shows bands in many more rows than the sample lanes do. */
	private static boolean[] ladders(SignalImage img, LaneEvidence evidence, List<Lane> lanes) {
		if (lanes.isEmpty()) return new boolean[0];
		int[] bands = new int[lanes.size()];
		float[] residual = evidence.wholeHeight ? img.flattened() : null;
		for (int i = 0; i < lanes.size(); i++)
			bands[i] = evidence.wholeHeight ? BandFinder.countBands(residual, img.width, img.height, lanes.get(i))
				: evidence.rowsWithBlobIn(lanes.get(i));
		int[] sorted = bands.clone();
		Arrays.sort(sorted);
		int typical = sorted[sorted.length / 2];
		int[] own = new int[lanes.size()];
		for (int i = 0; i < lanes.size() && !evidence.wholeHeight; i++)
			own[i] = evidence.privateRows(lanes.get(i), lanes);
		int[] sortedOwn = own.clone();
		Arrays.sort(sortedOwn);
		int typicalOwn = sortedOwn[sortedOwn.length / 2];
		boolean[] ladder = new boolean[lanes.size()];
		for (int i = 0; i < lanes.size(); i++)
			ladder[i] = lanes.size() > 2 && (bands[i] >= Math.max(MIN_LADDER_BANDS, 2 * typical + 1)
				|| own[i] >= Math.max(MIN_PRIVATE_ROWS, 2 * typicalOwn + 1) && evidence.sharedRowsHit(lanes.get(i), lanes) < 0.5);
		return ladder;
	}

	/** Gaps of about two or more lane spacings hold lanes without signal. */
	private static List<Lane> withEmptyLanes(List<Lane> samples, List<Lane> all, double pitch, double medianWidth, int width) {
		if (!(pitch > 0)) return samples;
		List<Lane> sorted = new ArrayList<>(all);
		sorted.sort((a, b) -> Double.compare(a.centre(), b.centre()));
		int halfWidth = (int) Math.round(medianWidth / 2);
		List<Lane> out = new ArrayList<>(samples);
		for (int i = 1; i < sorted.size(); i++) {
			double a = sorted.get(i - 1).centre(), b = sorted.get(i).centre();
			int missing = (int) Math.round((b - a) / pitch) - 1;
			for (int m = 1; m <= missing; m++)
				out.add(inferred(a + (b - a) * m / (missing + 1), halfWidth, width, "no signal of its own: placed between lanes "
					+ "from their spacing"));
		}
		out.sort((x, y) -> Double.compare(x.centre(), y.centre()));
		return out;
	}

	static Lane inferred(double centre, int halfWidth, int imageWidth, String why) {
		int c = (int) Math.round(centre);
		return new Lane(0, Math.max(0, c - halfWidth), Math.min(imageWidth - 1, c + halfWidth), false, true)
			.withConfidence(INFERRED_CONFIDENCE, why);
	}

	/** Lanes with a band of their own. */
	List<Lane> observed() {
		List<Lane> out = new ArrayList<>();
		for (Lane lane : samples)
			if (!lane.inferred) out.add(lane);
		return out;
	}

	/** How clearly the image shows its lanes: the summed confidence of its lanes with bands. */
	double clarity() {
		double sum = 0;
		for (Lane lane : observed())
			sum += lane.confidence;
		return sum;
	}

	/** How much of a typical lane's evidence the columns of a lane show (0 to 1): the mean of the profile there against a lane's. */
	double evidenceIn(int left, int right) {
		double[] p = evidence.profile;
		double sum = 0;
		int n = 0;
		for (int x = Math.max(0, left); x <= Math.min(p.length - 1, right); x++, n++)
			sum += Math.max(0, p[x]);
		return n == 0 || !(medianProminence > 0) ? 0 : Math.min(1, sum / n / (0.7 * medianProminence));
	}

	LaneCandidates withSamples(List<Lane> newSamples) {
		return new LaneCandidates(imageName, width, evidence, pitch, medianWidth, medianProminence, newSamples, ladders, rejected,
			outside);
	}

	/**
	 * The candidates that every image of the triple holds: a lane that falls outside another image
	 * once registered (a phantom at the edge of a wider frame) is rejected, saying so, and lanes the
	 * selection places from the spacing must fit too.
	 */
	LaneCandidates inside(java.util.function.Function<Lane, String> outsideWhy) {
		List<Lane> kept = new ArrayList<>(), keptLadders = new ArrayList<>(), out = new ArrayList<>(rejected);
		for (Lane lane : samples) {
			String why = outsideWhy.apply(lane);
			if (why == null) kept.add(lane);
			else out.add(lane.withConfidence(Math.min(lane.confidence, 0.3), why));
		}
		for (Lane lane : ladders)
			if (outsideWhy.apply(lane) == null) keptLadders.add(lane);
		int confident = 0;
		for (Lane lane : samples)
			if (outsideWhy.apply(lane) != null && !lane.inferred && lane.width() >= LANE_LIKE * medianWidth) confident++;
		// many lane-like lanes beyond another image's edge: the images show different lanes (the caller says so)
		if (kept.isEmpty() || confident > Math.max(1, 0.25 * samples.size())) return this;
		out.sort((a, b) -> Double.compare(a.centre(), b.centre()));
		return new LaneCandidates(imageName, width, evidence, pitch, medianWidth, medianProminence, kept, keptLadders, out,
			outsideWhy);
	}

	LaneLayout layout(int expected) {
		return LaneSelection.select(this, expected);
	}
}
