package org.alsstress.blot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import ij.process.ImageProcessor;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import org.alsstress.model.UserInputException;
import org.junit.Test;

/**
 * Lanes on blots as imagers export them, built with known geometry ({@link MembraneBlot}): a
 * membrane in a dark frame with its edges visible, narrow gaps, a marker lane, dust and bubbles, a
 * membrane cut in strips, bands that fill the image, and pairs offset or rotated against each other.
 */
public class ImagerExportLanesTest {

	private static SignalImage signal(String name, ImageProcessor ip) {
		return SignalImage.of(name, ip, Polarity.AUTO, 0);
	}

	/** The full-frame export: 10 lanes, one band row of 8 % of the height, 10 px gaps, the membrane's edge visible. */
	private static MembraneBlot fullFrame(long seed) {
		MembraneBlot b = new MembraneBlot();
		b.seed = seed;
		b.evenLanes(10, 54, 44);
		b.row(b.membrane[1] + 0.45 * b.membrane[3], 0.08 * 552 / 2.355, 9000);
		return b;
	}

	private static void assertLanesAt(String what, MembraneBlot truth, LaneLayout layout, double row) {
		double[] centres = truth.sampleCentresInImage(row);
		assertEquals(what + " lane count", centres.length, layout.count());
		for (int i = 0; i < centres.length; i++)
			assertEquals(what + " lane " + (i + 1), centres[i], layout.lane(i + 1).centre(), 0.2 * truth.laneWidth);
	}

	private static double bandRow(MembraneBlot b) {
		return b.rows.get(0).y;
	}

	@Test
	public void aFullFrameMembraneInADarkFrameShowsItsTenLanes() {
		for (long seed = 1; seed <= 3; seed++) {
			MembraneBlot b = fullFrame(seed);
			assertLanesAt("seed " + seed, b, LaneFinder.find(signal("phospho", b.render()), 0), bandRow(b));
		}
	}

	@Test
	public void aGlowingMembraneEdgeIsNoLane() {
		MembraneBlot b = fullFrame(4);
		b.rim = 3000;
		assertLanesAt("rim", b, LaneFinder.find(signal("total", b.render()), 0), bandRow(b));
	}

	@Test
	public void aPhosphoAndTotalPairOffsetByAFewPixelsGetsOneSetOfLanes() {
		MembraneBlot phospho = fullFrame(5), total = fullFrame(5);
		total.seed = 6;
		total.dx = 7;
		total.dy = -4;
		total.rim = 2000;
		total.rows.clear();
		total.row(total.membrane[1] + 0.45 * total.membrane[3], 10, 14000);
		Map<Role, SignalImage> images = new EnumMap<>(Role.class);
		images.put(Role.TARGET, signal("phospho", phospho.render()));
		images.put(Role.REFERENCE, signal("total", total.render()));
		Map<Role, LaneLayout> lanes = LaneMatcher.match(images, 0, null);
		assertLanesAt("phospho", phospho, lanes.get(Role.TARGET), bandRow(phospho));
		assertLanesAt("total", total, lanes.get(Role.REFERENCE), bandRow(total) + total.dy);
		Registration r = lanes.get(Role.REFERENCE).registration().isIdentity() ? lanes.get(Role.TARGET).registration()
			: lanes.get(Role.REFERENCE).registration();
		assertEquals("registered shift", 7, Math.abs(r.dx), 2);
	}

	@Test
	public void narrowLanesOfEightPixelsWithThreePixelGaps() {
		MembraneBlot b = new MembraneBlot();
		b.width = 320;
		b.height = 200;
		b.membrane = new int[] {20, 20, 280, 160};
		b.evenLanes(20, 11, 8);
		b.row(90, 3, 9000);
		assertLanesAt("8 px lanes", b, LaneFinder.find(signal("narrow", b.render()), 0), 90);
	}

	@Test
	public void aPrestainedMarkerLaneIsALadderNotASample() {
		MembraneBlot b = new MembraneBlot();
		b.evenLanes(11, 50, 40);
		b.markerLane = 0;
		b.row(b.membrane[1] + 0.5 * b.membrane[3], 6, 9000);
		LaneLayout layout = LaneFinder.find(signal("marker", b.render()), 0);
		assertLanesAt("marker", b, layout, bandRow(b));
		assertEquals(1, layout.ladders().size());
		assertEquals(b.centreInImage(0, bandRow(b)), layout.ladders().get(0).centre(), 0.2 * b.laneWidth);
	}

	@Test
	public void dustAndBubblesMakeNoLanes() {
		for (long seed = 1; seed <= 3; seed++) {
			MembraneBlot b = fullFrame(seed);
			b.dust = 40;
			b.bubbles = 12;
			assertLanesAt("seed " + seed, b, LaneFinder.find(signal("dusty", b.render()), 0), bandRow(b));
		}
	}

	@Test
	public void aMembraneCutInStripsShowsItsLanesInEveryRow() {
		MembraneBlot b = fullFrame(7);
		b.rows.clear();
		b.cutRow = b.membrane[1] + b.membrane[3] / 2;
		b.row(b.membrane[1] + 0.25 * b.membrane[3], 6, 9000);
		b.row(b.membrane[1] + 0.75 * b.membrane[3], 6, 5000);
		assertLanesAt("strips", b, LaneFinder.find(signal("strips", b.render()), 0), bandRow(b));
	}

	@Test
	public void bandsFillingTheWholeHeightOfACrop() {
		MembraneBlot b = new MembraneBlot();
		b.width = 600;
		b.height = 40;
		b.membrane = new int[] {0, 0, 600, 40};
		b.evenLanes(10, 56, 44);
		b.row(20, 14, 9000);
		assertLanesAt("crop", b, LaneFinder.find(signal("crop", b.render()), 0), 20);
	}

	@Test
	public void aReferenceRotatedByADegreeAndOffsetIsRegisteredOntoTheTarget() {
		MembraneBlot target = fullFrame(8), reference = fullFrame(9);
		reference.rotationDegrees = 1;
		reference.dx = -12;
		reference.rows.clear();
		reference.row(reference.membrane[1] + 0.3 * reference.membrane[3], 6, 12000);
		reference.row(reference.membrane[1] + 0.7 * reference.membrane[3], 6, 12000);
		Map<Role, SignalImage> images = new EnumMap<>(Role.class);
		images.put(Role.TARGET, signal("target", target.render()));
		images.put(Role.REFERENCE, signal("reference", reference.render()));
		Map<Role, LaneLayout> lanes = LaneMatcher.match(images, 0, null);
		LaneLayout ref = lanes.get(Role.REFERENCE);
		for (double row : new double[] {reference.rows.get(0).y, reference.rows.get(1).y}) {
			double[] centres = reference.sampleCentresInImage(row);
			for (int i = 0; i < centres.length; i++) {
				Lane lane = ref.lane(i + 1);
				int y = (int) Math.round(row);
				assertEquals("lane " + (i + 1) + " at row " + y, centres[i], 0.5 * (lane.left(y) + lane.right(y)), 0.2 * reference.laneWidth);
			}
		}
		assertEquals("rotation", 1, Math.abs(ref.registration().rotationDegrees()), 0.4);
	}

	@Test
	public void aLaneCountPicksTheLanesAndReportsAFaintEdgeColumnLeftOut() {
		MembraneBlot b = fullFrame(10);
		b.evenLanes(11, 50, 40);
		b.rows.clear();
		b.row(b.membrane[1] + 0.45 * b.membrane[3], 8, 9000);
		Arrays.fill(b.rows.get(0).amplitudes, 9000);
		b.rows.get(0).amplitudes[10] = 2500;
		ImageProcessor ip = b.render();
		assertEquals("told nothing, the faint 11th column is a lane", 11, LaneFinder.find(signal("eleven", ip), 0).count());
		LaneLayout told = LaneFinder.find(signal("eleven", ip), 10);
		assertEquals(10, told.count());
		for (int i = 0; i < 10; i++)
			assertEquals("lane " + (i + 1), b.centreInImage(i, bandRow(b)), told.lane(i + 1).centre(), 0.2 * b.laneWidth);
		boolean reported = false;
		for (Lane lane : told.leftOut())
			reported |= Math.abs(lane.centre() - b.centreInImage(10, bandRow(b))) < 0.2 * b.laneWidth && !lane.doubt.isEmpty();
		assertTrue("the faint 11th column is reported as left out: " + told.leftOut(), reported);
	}

	@Test
	public void aLaneCountTheImageCannotHoldIsRefusedWithTheNumbersToCheck() {
		MembraneBlot b = fullFrame(11);
		try {
			LaneFinder.find(signal("ten", b.render()), 40);
			fail("40 lanes placed on a blot of 10 clear lanes");
		}
		catch (UserInputException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("lanes=40") && e.getMessage().contains("shows 10 lanes"));
		}
		LaneLayout twelve = LaneFinder.find(signal("ten", b.render()), 12);
		assertEquals("two more lanes fit on the membrane beside the ten", 12, twelve.count());
		int doubtful = 0;
		for (Lane lane : twelve.samples())
			if (lane.confidence < 0.5) doubtful++;
		assertEquals("the two placed lanes are flagged", 2, doubtful);
	}

	@Test
	public void fourIdenticalLadderLanesOfADnaGelAreFourLanesWithTheTrayEdgeNoLane() {
		MembraneBlot b = new MembraneBlot();
		b.width = 680;
		b.height = 520;
		b.membrane = new int[] {90, 40, 520, 440};
		b.frameLevel = 8;
		b.membraneLevel = 20;
		b.rim = 60;
		b.noise = 4;
		b.evenLanes(4, 115, 48);
		for (int k = 0; k < 12; k++)
			b.row(80 + 30 * k, 2.5, 80 + 12 * (k % 4));
		for (MembraneBlot.BandRowSpec row : b.rows)
			Arrays.fill(row.amplitudes, row.amplitudes[0]);
		ImageProcessor eightBit = b.render().convertToByteProcessor(false);
		assertLanesAt("told nothing", b, LaneFinder.find(signal("gel", eightBit), 0), 80);
		LaneLayout told = LaneFinder.find(signal("gel", eightBit), 4);
		assertLanesAt("told 4", b, told, 80);
		assertFalse(told.samples().get(0).ladder);
	}

}
