package org.alsstress.blot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The sample lanes of one image (numbered from 1, left to right), the ladder lanes, if any, the
 * lane-like columns left out (each with the reason as its doubt), and how the lanes were moved from
 * the image they were found on.
 */
public final class LaneLayout {
	private final List<Lane> samples;
	private final List<Lane> ladders;
	private final List<Lane> leftOut;
	private final Registration registration;

	public LaneLayout(List<Lane> samples, List<Lane> ladders) {
		this(samples, ladders, List.of(), Registration.identity());
	}

	LaneLayout(List<Lane> samples, List<Lane> ladders, List<Lane> leftOut) {
		this(samples, ladders, leftOut, Registration.identity());
	}

	private LaneLayout(List<Lane> samples, List<Lane> ladders, List<Lane> leftOut, Registration registration) {
		this.samples = Collections.unmodifiableList(new ArrayList<>(samples));
		this.ladders = Collections.unmodifiableList(new ArrayList<>(ladders));
		this.leftOut = Collections.unmodifiableList(new ArrayList<>(leftOut));
		this.registration = registration;
	}

	/** Lane-like columns not taken as lanes; each lane's doubt says why. */
	public List<Lane> leftOut() {
		return leftOut;
	}

	/** How these lanes were moved from the image they were found on (identity on that image). */
	public Registration registration() {
		return registration;
	}

	public List<Lane> samples() {
		return samples;
	}

	public List<Lane> ladders() {
		return ladders;
	}

	public int count() {
		return samples.size();
	}

	public Lane lane(int number) {
		return samples.get(number - 1);
	}

	public double medianWidth() {
		double[] w = new double[samples.size()];
		for (int i = 0; i < w.length; i++)
			w[i] = samples.get(i).width();
		return Profiles.median(w);
	}

	/** The lanes moved into another image by a registration. */
	LaneLayout registered(Registration r, int imageWidth, int imageHeight) {
		List<Lane> s = new ArrayList<>(), l = new ArrayList<>(), o = new ArrayList<>();
		for (Lane lane : samples)
			s.add(r.apply(lane, imageWidth, imageHeight));
		for (Lane lane : ladders)
			l.add(r.apply(lane, imageWidth, imageHeight));
		for (Lane lane : leftOut)
			o.add(r.apply(lane, imageWidth, imageHeight));
		return new LaneLayout(s, l, o, r);
	}

	/** The same lanes with other confidences (same order). */
	LaneLayout withSamples(List<Lane> newSamples) {
		return new LaneLayout(newSamples, ladders, leftOut, registration);
	}

	/** Lanes drawn by the user (left/right column pairs), numbered left to right. */
	public static LaneLayout fromColumns(List<int[]> leftRight) {
		List<Lane> lanes = new ArrayList<>();
		for (int[] lr : leftRight)
			lanes.add(new Lane(0, lr[0], lr[1], false, false));
		return drawn(lanes);
	}

	/** Lanes drawn by the user (column ranges or polygons), numbered left to right by their centres. */
	static LaneLayout drawn(List<Lane> lanes) {
		List<Lane> sorted = new ArrayList<>(lanes);
		sorted.sort((a, b) -> Integer.compare(a.left + a.right, b.left + b.right));
		List<Lane> numbered = new ArrayList<>();
		for (Lane lane : sorted)
			numbered.add(lane.numbered(numbered.size() + 1));
		return new LaneLayout(numbered, List.of());
	}
}
