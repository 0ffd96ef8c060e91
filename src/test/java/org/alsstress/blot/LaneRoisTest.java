package org.alsstress.blot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import ij.gui.Line;
import ij.gui.PolygonRoi;
import ij.gui.Roi;
import ij.gui.TextRoi;
import ij.process.FloatPolygon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.alsstress.model.UserInputException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class LaneRoisTest {
	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	/** A lane 11 columns wide that moves one column right every 10 rows, rows 0-99. */
	private static PolygonRoi tilted(double x) {
		FloatPolygon p = new FloatPolygon();
		p.addPoint(x, 0);
		p.addPoint(x + 11, 0);
		p.addPoint(x + 21, 100);
		p.addPoint(x + 10, 100);
		return new PolygonRoi(p, Roi.POLYGON);
	}

	@Test
	public void aPolygonLaneCoversItsOutlineRowByRow() {
		LaneLayout layout = LaneRois.layout(List.of(tilted(40)), "test");
		Lane lane = layout.lane(1);
		assertNotNull(lane.shape);
		assertEquals(11, lane.width());
		for (int y = 0; y < 100; y += 9) {
			double centre = 40 + 5.5 + y / 10.0;
			assertEquals("row " + y, centre, 0.5 * (lane.left(y) + lane.right(y) + 1), 1);
			assertEquals("row " + y, 11, lane.right(y) - lane.left(y) + 1, 1);
		}
		assertEquals("rows below the outline continue its last row", lane.left(99), lane.left(150));
		assertEquals(40, lane.left);
		assertEquals(60, lane.right);
	}

	@Test
	public void aPolygonLanesProfileIsItsRowsScaledToTheLaneWidth() {
		int w = 80, h = 100;
		float[] pixels = new float[w * h];
		for (int i = 0; i < pixels.length; i++)
			pixels[i] = 2;
		Lane lane = LaneRois.layout(List.of(tilted(40)), "test").lane(1);
		double[] profile = Profiles.laneProfile(pixels, w, h, lane);
		for (int y = 0; y < h; y++)
			assertEquals("flat image, flat profile: row " + y, 2 * lane.width(), profile[y], 1e-9);
	}

	@Test
	public void rectanglesAreFullHeightColumnsNumberedLeftToRight() {
		List<Roi> rois = List.of(new Roi(300, 10, 40, 50), tilted(100), new Roi(20, 200, 50, 10));
		LaneLayout layout = LaneRois.layout(rois, "test");
		assertEquals(3, layout.count());
		assertNull(layout.lane(1).shape);
		assertEquals(20, layout.lane(1).left);
		assertEquals(69, layout.lane(1).right(5));
		assertNotNull("the polygon is lane 2", layout.lane(2).shape);
		assertEquals(300, layout.lane(3).left(0));
	}

	@Test
	public void aRunsOwnOverlayGivesBackOnlyItsLanes() {
		List<Roi> rois = new ArrayList<>();
		Roi band = new Roi(22, 40, 30, 10);
		band.setName("target band, lane 2");
		rois.add(band);
		Roi lane2 = tilted(100);
		lane2.setName("lane 2");
		Roi lane1 = new Roi(20, 0, 40, 100);
		lane1.setName("lane 1");
		Roi ladder = new Roi(0, 0, 15, 100);
		ladder.setName("ladder");
		rois.add(lane2);
		rois.add(lane1);
		rois.add(ladder);
		rois.add(new TextRoi(3, 3, "1"));
		rois.add(new Line(0, 0, 10, 10));
		LaneLayout layout = LaneRois.layout(rois, "overlay");
		assertEquals("band boxes, ladder, text and lines are not lanes", 2, layout.count());
		assertEquals(20, layout.lane(1).left);
		assertNotNull(layout.lane(2).shape);
	}

	@Test
	public void noLaneRoiIsAMessage() {
		try {
			LaneRois.layout(List.of(new Line(0, 0, 10, 10)), "The ROI Manager");
			fail("a line accepted as a lane");
		}
		catch (UserInputException e) {
			assertTrue(e.getMessage(), e.getMessage().startsWith("The ROI Manager holds no lane ROIs"));
		}
	}

	@Test
	public void writtenLanesReadBackTheSame() throws Exception {
		LaneLayout drawn = LaneRois.layout(List.of(new Roi(20, 0, 40, 100), tilted(100), tilted(150)), "test");
		Path zip = tmp.getRoot().toPath().resolve("lane_rois.zip");
		LaneRoiFiles.write(drawn, 100, zip);
		LaneLayout read = LaneRoiFiles.read(zip);
		assertEquals(LaneRois.describe(drawn), LaneRois.describe(read));
		for (int lane = 1; lane <= 3; lane++)
			for (int y = 0; y < 100; y++) {
				assertEquals(drawn.lane(lane).left(y), read.lane(lane).left(y));
				assertEquals(drawn.lane(lane).right(y), read.lane(lane).right(y));
			}
		assertTrue(LaneRois.describe(read), LaneRois.describe(read).startsWith("lane 1: columns 20-59; lane 2: polygon (100.0,0.0) (111.0,0.0)"));
	}

	/** A marker at each end of a blot: both ladders are written (the validation run found a zip refusing a second "ladder"). */
	@Test
	public void twoLaddersAreWrittenUnderNamesOfTheirOwnAndReadBackAsNoLanes() throws Exception {
		LaneLayout found = new LaneLayout(List.of(new Lane(1, 30, 49, false, false), new Lane(2, 60, 79, false, false)), List.of(
			new Lane(0, 0, 19, true, false), new Lane(0, 90, 109, true, false)));
		Path zip = tmp.getRoot().toPath().resolve("lane_rois.zip");
		LaneRoiFiles.write(found, 100, zip);
		LaneLayout read = LaneRoiFiles.read(zip);
		assertEquals("the ladders are not read back as lanes", 2, read.count());
		assertEquals(30, read.lane(1).left);
		assertEquals(79, read.lane(2).right);
		List<String> names = new ArrayList<>();
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(zip))) {
			for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry())
				names.add(e.getName());
		}
		assertEquals(List.of("lane_1.roi", "lane_2.roi", "ladder.roi", "ladder_2.roi"), names);
	}

	@Test
	public void aShiftedPolygonLaneStaysInsideTheImage() {
		Lane lane = LaneRois.layout(List.of(tilted(40)), "test").lane(1).shifted(-45, 70);
		assertEquals(0, lane.left(0));
		assertEquals("row 0 runs 40-50, shifted 0(cut)-5", 5, lane.right(0));
		assertEquals("row 99 runs 50-60, shifted 5-15", 5, lane.left(99), 1);
		assertEquals(0, lane.left);
	}
}
