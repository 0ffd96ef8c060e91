package org.alsstress.blot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The sample lanes of one image (numbered from 1, left to right) and the ladder lanes, if any. */
public final class LaneLayout {
	private final List<Lane> samples;
	private final List<Lane> ladders;

	public LaneLayout(List<Lane> samples, List<Lane> ladders) {
		this.samples = Collections.unmodifiableList(new ArrayList<>(samples));
		this.ladders = Collections.unmodifiableList(new ArrayList<>(ladders));
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

	LaneLayout shifted(int dx, int imageWidth) {
		List<Lane> s = new ArrayList<>(), l = new ArrayList<>();
		for (Lane lane : samples)
			s.add(lane.shifted(dx, imageWidth));
		for (Lane lane : ladders)
			l.add(lane.shifted(dx, imageWidth));
		return new LaneLayout(s, l);
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
