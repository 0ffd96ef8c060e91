package org.alsstress.blot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.gui.PolygonRoi;
import ij.gui.Roi;
import ij.process.FloatPolygon;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

/**
 * Lanes drawn as polygons on a blot whose lanes run at an angle: each lane's profile is taken from
 * the pixels inside its polygon, so bands are measured whole, where straight columns cut them.
 */
public class PolygonLanesTest {
	private static final double SKEW = 0.12;

	static SimulatedBlot skewedBlot(long seed) {
		BlotSimulation s = BlotSimulation.clean16Bit(seed);
		s.lane_skew = SKEW;
		return BlotSimulator.simulate(s);
	}

	/** A parallelogram along each simulated lane, a little wider than the lane. */
	static List<Roi> polygons(SimulatedBlot blot) {
		int h = blot.settings().height;
		List<Roi> rois = new ArrayList<>();
		for (LaneTruth t : blot.lanes()) {
			double half = 0.5 * t.width + 3;
			double top = t.centre - SKEW * h / 2, bottom = t.centre + SKEW * h / 2;
			FloatPolygon p = new FloatPolygon();
			p.addPoint(top - half, 0);
			p.addPoint(top + half, 0);
			p.addPoint(bottom + half, h);
			p.addPoint(bottom - half, h);
			rois.add(new PolygonRoi(p, Roi.POLYGON));
		}
		return rois;
	}

	/** Straight full-height columns of the same width, centred on each lane at mid-height. */
	static List<Roi> columns(SimulatedBlot blot) {
		List<Roi> rois = new ArrayList<>();
		for (LaneTruth t : blot.lanes()) {
			double half = 0.5 * t.width + 3;
			rois.add(new Roi(t.centre - half, 0, 2 * half, blot.settings().height));
		}
		return rois;
	}

	static BlotResult quantify(SimulatedBlot blot, List<Roi> lanes) {
		BlotQuantifier.Options options = new BlotQuantifier.Options();
		options.userLanes = LaneRois.layout(lanes, "test lanes");
		return BlotQuantifier.quantify(BlotAccuracy.signals(blot), options);
	}

	/** Median relative error of the target band volumes. */
	static double volumeError(SimulatedBlot blot, BlotResult result) {
		List<Double> errors = new ArrayList<>();
		for (LaneTruth t : blot.lanes())
			errors.add(Math.abs(result.volume(Role.TARGET, t.lane) / t.volume(Role.TARGET) - 1));
		return BlotAccuracy.median(errors);
	}

	@Test
	public void polygonLanesOnATiltedBlotGiveRatiosCloseToTheTruth() {
		List<Double> ratioErrors = new ArrayList<>();
		for (long seed = 1; seed <= 3; seed++) {
			SimulatedBlot blot = skewedBlot(seed);
			BlotResult result = quantify(blot, polygons(blot));
			assertEquals(blot.lanes().size(), result.laneCount());
			ratioErrors.addAll(BlotAccuracy.ratioErrors(blot, result));
			for (LaneTruth t : blot.lanes()) {
				Band band = result.band(Role.TARGET, t.lane);
				double laneCentreAtBand = t.centre + SKEW * (band.peak - blot.settings().height / 2.0);
				assertEquals("the lane follows the tilt at the band", laneCentreAtBand,
					0.5 * (band.lane.left(band.peak) + band.lane.right(band.peak)), 1.5);
				assertEquals("band row", t.bandY(Role.TARGET), band.peak, 3);
			}
		}
		double median = BlotAccuracy.median(ratioErrors);
		assertTrue("median ratio error " + median, median <= 0.02);
		assertTrue("worst lane " + java.util.Collections.max(ratioErrors), java.util.Collections.max(ratioErrors) <= 0.05);
	}

	@Test
	public void polygonLanesMeasureWholeBandsWhereStraightColumnsCutThem() {
		SimulatedBlot blot = skewedBlot(4);
		double polygon = volumeError(blot, quantify(blot, polygons(blot)));
		double straight = volumeError(blot, quantify(blot, columns(blot)));
		assertTrue("polygon lanes: median volume error " + polygon, polygon <= 0.03);
		assertTrue("straight columns lose the band's offset part: " + straight, straight > 2 * polygon);
	}
}
