package org.alsstress.blot.sim;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.ImagePlus;
import ij.process.ImageProcessor;

import java.nio.file.Path;
import java.util.Arrays;

import org.alsstress.blot.Role;
import org.alsstress.io.ImageOpener;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The imager-export simulator's truth against what it rendered. */
public class ImagerExportSimulatorTest {
	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	/** A layout without noise, markers and other proteins, so that the bands are the only difference to an empty twin. */
	private static ExportLayout quiet(ExportClass kind, int lanes, long seed, boolean empty) {
		ExportLayout l = ExportLayout.random(kind, lanes, seed);
		l.other_rows = new double[0];
		l.other_strength = new double[0];
		l.strips = null; // the strips not measured would show other proteins
		for (Shot s : l.shots.values()) {
			s.peak_noise = 0;
			s.read_noise = 0;
			s.hot_pixel_fraction = 0;
			s.grain = 0;
			s.scanner_noise = 0;
			s.marker_visibility = 0;
		}
		if (empty) {
			Arrays.fill(l.reference_amount, 0);
			Arrays.fill(l.loading_amount, 0);
		}
		return l;
	}

	/** Band signal of a pixel: the raw value, or full scale minus it for dark bands. */
	private static double signal(SimulatedExport e, Role role, ImageProcessor ip, int i) {
		double full = ip.getBitDepth() == 16 ? 65535 : 255;
		double v = ip.getBitDepth() == 24 ? ip.get(i) & 255 : ip.getf(i);
		return e.darkBands(role) ? full - v : v;
	}

	private static boolean anySaturated(SimulatedExport e) {
		for (ExportLaneTruth t : e.lanes())
			for (Role role : Role.values())
				if (t.saturated(role)) return true;
		return false;
	}

	@Test
	public void bandVolumesAddUpToWhatTheImagesHoldMoreThanTheEmptyTwin() {
		int checked = 0;
		for (ExportClass kind : new ExportClass[] {ExportClass.CLEAN_16BIT, ExportClass.HARD_16BIT, ExportClass.FILM})
			for (long seed = 1; seed <= 4; seed++) {
				SimulatedExport with = ImagerExportSimulator.simulate(quiet(kind, 3 + (int) seed, seed, false));
				if (anySaturated(with)) continue;
				SimulatedExport without = ImagerExportSimulator.simulate(quiet(kind, 3 + (int) seed, seed, true));
				for (Role role : Role.values()) {
					ImageProcessor a = with.image(role).getProcessor(), b = without.image(role).getProcessor();
					double measured = 0, truth = 0;
					for (int i = 0; i < a.getPixelCount(); i++)
						measured += signal(with, role, a, i) - signal(without, role, b, i);
					for (ExportLaneTruth t : with.lanes())
						truth += t.volume(role);
					assertTrue(kind + " seed " + seed + " " + role + " has bands", truth > 0);
					// noise-free 8-bit rounding of faint flanks on a flat background is biased, up to about 1 % of a film band
					double tolerance = with.image(role).getBitDepth() == 16 ? 0.003 : 0.025;
					assertEquals(kind + " seed " + seed + " " + role, truth, measured, tolerance * truth);
				}
				checked++;
			}
		assertTrue("layouts checked: " + checked, checked >= 8);
	}

	/** Each lane's own share, its centre in every image (the registration) and its band row, lane by lane. */
	@Test
	public void eachLaneHoldsItsVolumeWhereTheTruthPutsItInEveryImage() {
		for (long seed = 1; seed <= 3; seed++) {
			ExportLayout l = quiet(ExportClass.HARD_16BIT, 6, seed, false);
			l.gap = 3 * l.lane_width + 30; // lanes far apart: a column band around a lane holds only that lane
			l.membrane_width = l.left_margin + l.totalLanes() * (l.lane_width + l.gap) + l.lane_width;
			l.membrane_height = Math.min(l.membrane_height, 300);
			for (Shot s : l.shots.values()) {
				s.bubbles = 0; // a bubble on a band would move its centroid
				s.width = (int) (l.membrane_width + 200);
				s.height = (int) (l.membrane_height + 200);
				s.placement = new Placement(100 + s.placement.dx % 20, 100 + s.placement.dy % 20, s.placement.angleDeg % 1,
					s.placement.scale, l.membrane_width / 2, l.membrane_height / 2);
			}
			l.overloaded_lane = -1;
			SimulatedExport with = ImagerExportSimulator.simulate(l);
			SimulatedExport without = ImagerExportSimulator.simulate(zeroed(l));
			for (Role role : Role.values()) {
				ImageProcessor a = with.image(role).getProcessor(), b = without.image(role).getProcessor();
				int w = a.getWidth();
				double reach = (l.lane_width + l.gap) / 2 * l.shots.get(role).placement.scale;
				for (ExportLaneTruth t : with.lanes()) {
					double sum = 0, sx = 0, best = -Double.MAX_VALUE;
					int bestY = -1;
					for (int i = 0; i < a.getPixelCount(); i++) {
						int x = i % w;
						if (Math.abs(x - t.centreX(role)) > reach) continue;
						double d = signal(with, role, a, i) - signal(without, role, b, i);
						sum += d;
						sx += d * x;
						if (Math.abs(x - t.centreX(role)) < 1 && d > best) {
							best = d;
							bestY = i / w;
						}
					}
					String where = "seed " + seed + " " + role + " lane " + t.lane;
					if (t.saturated(role)) continue;
					assertEquals(where + " volume", t.volume(role), sum, 0.01 * t.volume(role) + 50);
					assertEquals(where + " centre", t.centreX(role), sx / sum, 0.35);
					assertEquals(where + " band row", t.bandY(role), bestY, 1.5);
				}
			}
		}
	}

	private static ExportLayout zeroed(ExportLayout l) {
		ExportLayout copy = quiet(l.kind, l.sample_lanes, l.seed, true);
		copy.gap = l.gap;
		copy.membrane_width = l.membrane_width;
		copy.membrane_height = l.membrane_height;
		copy.overloaded_lane = -1;
		for (Role role : Role.values()) {
			Shot s = copy.shots.get(role), o = l.shots.get(role);
			s.width = o.width;
			s.height = o.height;
			s.placement = o.placement;
			s.bubbles = o.bubbles;
		}
		return copy;
	}

	@Test
	public void lanesLieInsideTheMembraneAndEveryFrameInOrderWithTheRightCount() {
		for (ExportClass kind : ExportClass.values())
			for (long seed = 1; seed <= 6; seed++) {
				int lanes = 2 + (int) (seed * 11 % 25);
				SimulatedExport e = ImagerExportSimulator.simulate(ExportLayout.random(kind, lanes, seed));
				ExportLayout l = e.layout();
				String where = kind + " seed " + seed;
				assertEquals(where, lanes, e.lanes().size());
				assertEquals(where, lanes + l.marker_slots.length, l.totalLanes());
				double previous = -Double.MAX_VALUE;
				for (ExportLaneTruth t : e.lanes()) {
					assertTrue(where + " lane " + t.lane + " inside the membrane", t.centreU - t.width / 2 > 0 && t.centreU + t.width
						/ 2 < l.membrane_width);
					assertTrue(where + " lanes left to right", t.centreU > previous);
					assertTrue(where + " no marker counted as a sample", !l.isMarker(t.slot));
					previous = t.centreU;
					for (Role role : Role.values()) {
						Shot s = l.shots.get(role);
						assertTrue(where + " " + role + " lane " + t.lane + " in the frame", t.centreX(role) - t.width / 2 > 0 && t
							.centreX(role) + t.width / 2 < s.width && t.bandY(role) > 0 && t.bandY(role) < s.height);
					}
				}
				assertTrue(where, l.membrane_width < 2100 && l.shots.get(Role.TARGET).width <= 3000);
			}
	}

	@Test
	public void bitDepthAndPolarityAreThoseOfTheStyle() {
		int inverted = 0, rgb = 0;
		for (ExportClass kind : ExportClass.values())
			for (long seed = 1; seed <= 5; seed++) {
				ExportLayout quiet = quiet(kind, 4, seed, false);
				SimulatedExport with = ImagerExportSimulator.simulate(quiet), without = ImagerExportSimulator.simulate(quiet(
					kind, 4, seed, true));
				for (Role role : Role.values()) {
					ImagePlus imp = with.image(role);
					Shot s = quiet.shots.get(role);
					int expected = quiet.style.bits == 16 ? 16 : s.rgb ? 24 : 8;
					assertEquals(kind + " " + seed, expected, imp.getBitDepth());
					boolean dark = quiet.style == ExportStyle.FILM || s.inverted;
					assertEquals(dark, with.darkBands(role));
					if (s.inverted) inverted++;
					if (s.rgb) rgb++;
					ImageProcessor a = imp.getProcessor(), b = without.image(role).getProcessor();
					for (ExportLaneTruth t : with.lanes()) {
						if (t.volume(role) <= 0) continue;
						int i = (int) Math.round(t.bandY(role)) * a.getWidth() + (int) Math.round(t.centreX(role));
						double raw = (expected == 24 ? a.get(i) & 255 : a.getf(i)) - (expected == 24 ? b.get(i) & 255 : b.getf(i));
						assertTrue(kind + " seed " + seed + " " + role + " lane " + t.lane + ": band " + (dark ? "darker" : "brighter")
							+ " than without it, by " + raw, dark ? raw <= 0 : raw >= 0);
					}
				}
			}
		assertTrue("some inverted 16-bit exports: " + inverted, inverted > 0);
		assertTrue("some RGB film scans: " + rgb, rgb > 0);
	}

	@Test
	public void filesReadBackAsWrittenWithTheirTruthTables() throws Exception {
		for (ExportClass kind : ExportClass.values()) {
			SimulatedExport e = ImagerExportSimulator.simulate(ExportLayout.random(kind, 5, 3));
			Path folder = tmp.newFolder(kind.key()).toPath();
			e.write(folder);
			for (Role role : Role.values()) {
				ImagePlus read = ImageOpener.open(folder.resolve(e.fileName(role))).get(0);
				ImageProcessor a = e.image(role).getProcessor(), b = read.getProcessor();
				assertEquals(a.getBitDepth(), b.getBitDepth());
				assertEquals(a.getWidth(), b.getWidth());
				for (int i = 0; i < a.getPixelCount(); i += 97)
					assertEquals(kind + " " + role, a.get(i) & 0xffffff, b.get(i) & 0xffffff);
			}
			DataTable truth = TableFiles.read(folder.resolve(SimulatedExport.TRUTH_FILE));
			assertEquals(3 * 5, truth.rowCount());
			assertEquals(e.lanes().get(2).volume(Role.REFERENCE), truth.getDouble(5 + 2, "true_volume"), 1e-6 * truth.getDouble(
				5 + 2, "true_volume"));
			DataTable images = TableFiles.read(folder.resolve(SimulatedExport.IMAGES_FILE));
			assertEquals(e.layout().shots.get(Role.LOADING).placement.dx, images.getDouble(2, "dx_px"), 1e-9);
			assertEquals(5, TableFiles.read(folder.resolve(SimulatedExport.SAMPLES_FILE)).rowCount());
			assertEquals(3 * e.layout().marker_slots.length, TableFiles.read(folder.resolve(SimulatedExport.MARKERS_FILE))
				.rowCount());
		}
	}

	@Test
	public void cutStripsNameTheWindowHoldingEachImagesProtein() {
		int cut = 0;
		for (long seed = 1; seed <= 40 && cut < 5; seed++) {
			SimulatedExport e = ImagerExportSimulator.simulate(ExportLayout.random(ExportClass.HARD_16BIT, 6, seed));
			if (e.layout().strips == null) {
				for (Role role : Role.values())
					assertEquals("", e.bandWindow(role));
				continue;
			}
			cut++;
			for (Role role : Role.values()) {
				String[] w = e.bandWindow(role).split("-");
				int top = Integer.parseInt(w[0]), bottom = Integer.parseInt(w[1]);
				for (ExportLaneTruth t : e.lanes())
					assertTrue(seed + " " + role + " lane " + t.lane, t.bandY(role) > top && t.bandY(role) < bottom);
			}
		}
		assertTrue("cut-strip layouts seen: " + cut, cut >= 3);
	}
}
