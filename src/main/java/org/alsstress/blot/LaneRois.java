package org.alsstress.blot;

import ij.gui.PolygonRoi;
import ij.gui.Roi;
import ij.gui.TextRoi;
import ij.process.FloatPolygon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.alsstress.model.UserInputException;

/**
 * Lanes as ImageJ ROIs and back, wherever the ROIs come from (a RoiSet.zip, the ROI Manager, an
 * image's overlay). A rectangle is a lane over the full height; a polygon (or rotated rectangle,
 * freehand outline) is a lane that follows its outline row by row ({@link LaneShape}).
 */
public final class LaneRois {
	/** The name this suite gives lane ROIs; when some ROIs carry it, only those are lanes. */
	private static final Pattern LANE_NAME = Pattern.compile("lane \\d+");

	private LaneRois() {}

	/**
	 * The lanes the ROIs draw, numbered left to right. Text and line or point ROIs are skipped; when
	 * some ROIs are named "lane 1", "lane 2", ... (as in this suite's overlays and lane_rois.zip),
	 * only those count, so that a run's own overlay (with its band boxes) can be edited and reused.
	 *
	 * @param source what the ROIs came from, for messages
	 */
	public static LaneLayout layout(List<Roi> rois, String source) {
		List<Roi> areas = new ArrayList<>();
		for (Roi roi : rois)
			if (roi != null && roi.isArea() && !(roi instanceof TextRoi)) areas.add(roi);
		List<Roi> named = new ArrayList<>();
		for (Roi roi : areas)
			if (roi.getName() != null && LANE_NAME.matcher(roi.getName().trim().toLowerCase(Locale.ROOT)).matches())
				named.add(roi);
		List<Roi> lanes = named.isEmpty() ? areas : named;
		if (lanes.isEmpty()) throw new UserInputException(source + " holds no lane ROIs: draw one rectangle or polygon "
			+ "per lane (a polygon follows a tilted lane).");
		List<Lane> drawn = new ArrayList<>();
		for (Roi roi : lanes)
			drawn.add(lane(roi));
		return LaneLayout.drawn(drawn);
	}

	private static Lane lane(Roi roi) {
		if (roi.getType() == Roi.RECTANGLE && roi.getCornerDiameter() == 0) {
			java.awt.Rectangle r = roi.getBounds();
			return new Lane(0, Math.max(0, r.x), r.x + r.width - 1, false, false);
		}
		return Lane.shaped(LaneShape.of(roi));
	}

	/** A lane as the ROI a user would draw: a full-height rectangle, or its polygon; named "lane N" or "ladder". */
	public static Roi roi(Lane lane, int imageHeight) {
		Roi roi = lane.shape == null ? new Roi(lane.left, 0, lane.width(), imageHeight)
			: new PolygonRoi(lane.shape.outline(), Roi.POLYGON);
		roi.setName(lane.ladder ? "ladder" : "lane " + lane.number);
		return roi;
	}

	/** The band's rows of its lane: a rectangle, or for a polygon lane the quadrilateral its runs span. */
	public static Roi bandRoi(Band band) {
		Lane lane = band.lane;
		if (lane.shape == null) return new Roi(lane.left, band.top, lane.width(), band.bottom - band.top + 1);
		float top = band.top, bottom = band.bottom + 1;
		FloatPolygon p = new FloatPolygon();
		p.addPoint(lane.left(band.top), top);
		p.addPoint(lane.right(band.top) + 1, top);
		p.addPoint(lane.right(band.bottom) + 1, bottom);
		p.addPoint(lane.left(band.bottom), bottom);
		return new PolygonRoi(p, Roi.POLYGON);
	}

	/** Every sample lane in words and pixel coordinates, for provenance: enough to draw it again. */
	public static String describe(LaneLayout layout) {
		StringBuilder text = new StringBuilder();
		for (Lane lane : layout.samples()) {
			if (text.length() > 0) text.append("; ");
			text.append("lane ").append(lane.number).append(lane.inferred ? " (inferred)" : "").append(": ");
			if (lane.shape == null) text.append("columns ").append(lane.left).append("-").append(lane.right);
			else {
				text.append("polygon");
				FloatPolygon p = lane.shape.outline();
				for (int i = 0; i < p.npoints; i++)
					text.append(String.format(Locale.ROOT, " (%.1f,%.1f)", p.xpoints[i], p.ypoints[i]));
			}
		}
		for (Lane lane : layout.ladders())
			text.append("; ladder: columns ").append(lane.left).append("-").append(lane.right);
		return text.toString();
	}
}
