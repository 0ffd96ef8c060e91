package org.alsstress.blot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import ij.IJ;
import ij.process.ImageProcessor;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.alsstress.fiji.SciJavaContext;
import org.junit.Assume;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.TestName;

/**
 * A real full-frame export and the same image cropped around its band row (with ImageJ, as a user would: the crop
 * boxes below are in the full frame's pixels, chosen from truth.csv's lane centres and band rows with a margin of
 * about half a lane) give the same ratios within 2 %, each run as a user runs Quantify TBK1 Bands, default settings.
 * With one membrane per file the ratios are of lanes within the image: each lane's band volume over the mean of the
 * lanes' (the image given as target and reference). Where the frame holds a second band row, also the target/reference
 * ratio of the two rows per lane, each row given as the band window (its rows in pixels in the full frame, shifted by
 * the crop's top in the crop).
 */
public class RealFullFrameCropTest {
	@ClassRule
	public static final SciJavaContext SCIJAVA = new SciJavaContext();

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private static final double SAME = 0.02;

	private Path full(String file) {
		return Path.of(RealFullFrameCropTest.class.getResource("/blots/" + file).getPath());
	}

	private Path crop(String file, int x0, int y0, int x1, int y1) throws Exception {
		ImageProcessor ip = IJ.openImage(full(file).toString()).getProcessor();
		ip.setRoi(x0, y0, x1 - x0, y1 - y0);
		return RealBlotRun.save(ip.crop(), tmp.getRoot().toPath().resolve(String.format(Locale.ROOT, "%s_crop_%d_%d_%d_%d.tif",
			file.replaceAll("\\.[a-z]+$", ""), x0, y0, x1, y1)));
	}

	private RealBlotRun run(Path image, int lanes, String target, String reference, String name) {
		RealBlotRun run = RealBlotRun.run(SCIJAVA.get(), image, image, lanes, target, reference, tmp.getRoot().toPath()
			.resolve(name));
		assertNull(name + ": " + run.failure, run.failure);
		return run;
	}

	/** Each lane's volume over the mean volume of the lanes, full frame against crop, and their lane centres. */
	private void assertSameLaneShares(String file, int x0, int y0, int x1, int y1, int lanes) throws Exception {
		assertSameLaneShares(file, x0, y0, x1, y1, lanes, false);
	}

	/** @param told whether the runs are given lanes=N (else told nothing) */
	private void assertSameLaneShares(String file, int x0, int y0, int x1, int y1, int lanes, boolean told) throws Exception {
		int prior = told ? lanes : 0;
		RealBlotRun whole = run(full(file), prior, "", "", "full"), cut = run(crop(file, x0, y0, x1, y1), prior, "", "", "crop");
		assertEquals(file + " lanes in the full frame", lanes, whole.lanes.size());
		assertEquals(file + " lanes in the crop", lanes, cut.lanes.size());
		double[] a = shares(whole), b = shares(cut);
		double worst = 0;
		for (int i = 0; i < lanes; i++)
			worst = Math.max(worst, Math.abs(b[i] / a[i] - 1));
		System.out.printf(Locale.ROOT, "%s crop x %d-%d y %d-%d%s: lane shares differ by at most %.2f %%%n", file, x0, x1, y0, y1,
			told ? " (told lanes=" + lanes + ")" : "", 100 * worst);
		for (int i = 0; i < lanes; i++) {
			assertEquals(file + " lane " + (i + 1) + " centre", whole.lanes.get(i).centre(), cut.lanes.get(i).centre() + x0,
				0.25 * whole.lanes.get(i).width());
			assertEquals(file + " lane " + (i + 1) + " share of the lanes' mean volume, crop against full frame", a[i], b[i],
				SAME * a[i]);
		}
	}

	private static double[] shares(RealBlotRun run) {
		double mean = 0;
		for (RealBlotRun.FoundLane lane : run.lanes) {
			assertTrue("lane " + lane.number + " has a band", lane.found && lane.volume > 0);
			mean += lane.volume / run.lanes.size();
		}
		double[] s = new double[run.lanes.size()];
		for (int i = 0; i < s.length; i++)
			s[i] = run.lanes.get(i).volume / mean;
		return s;
	}

	/** Target/reference ratio of two band rows per lane, full frame against crop. */
	private void assertSameRowRatios(String file, int x0, int y0, int x1, int y1, int lanes, int[] target, int[] reference)
		throws Exception
	{
		RealBlotRun whole = run(full(file), lanes, window(target, 0), window(reference, 0), "full rows");
		RealBlotRun cut = run(crop(file, x0, y0, x1, y1), lanes, window(target, y0), window(reference, y0), "crop rows");
		int compared = 0;
		double worst = 0;
		for (int i = 0; i < lanes; i++) {
			double a = whole.lanes.get(i).ratio, b = cut.lanes.get(i).ratio;
			if (!(a > 0) || !(b > 0)) continue;
			compared++;
			worst = Math.max(worst, Math.abs(b / a - 1));
		}
		System.out.printf(Locale.ROOT, "%s rows %s / %s, crop x %d-%d y %d-%d: %d lanes, ratios differ by at most %.2f %%%n",
			file, window(target, 0), window(reference, 0), x0, x1, y0, y1, compared, 100 * worst);
		assertTrue(file + ": ratios in at least half the lanes", compared >= lanes / 2);
		for (int i = 0; i < lanes; i++) {
			double a = whole.lanes.get(i).ratio, b = cut.lanes.get(i).ratio;
			assertEquals(file + " lane " + (i + 1) + ": a ratio in both or in neither", a > 0, b > 0);
			if (a > 0) assertEquals(file + " lane " + (i + 1) + " ratio of the rows, crop against full frame", a, b, SAME * a);
		}
	}

	private static String window(int[] rows, int top) {
		return (rows[0] - top) + "-" + (rows[1] - top);
	}

	/** Comparisons that fail today (test method names): skipped with the failure as the reason, and passing once fixed. */
	static final Set<String> KNOWN_FAILURES = Set.of("chemiDocFullFrameAndItsBandRow",
		"chemiDocFullFrameAndItsBandRowToldTheLanes", "chemiDocFullFrameAndItsTwoBandRows");

	@Rule
	public TestName name = new TestName();

	private interface Check {
		void run() throws Exception;
	}

	private void known(Check check) throws Exception {
		try {
			check.run();
		}
		catch (AssertionError e) {
			if (!KNOWN_FAILURES.contains(name.getMethodName())) throw e;
			Assume.assumeTrue("known failure: " + e.getMessage(), false);
		}
	}

	@Test
	public void eclFullFrameAndItsBandRow() throws Exception {
		assertSameLaneShares("ecl_7lanes_fullframe.jpg", 250, 610, 1010, 740, 7);
	}

	@Test
	public void chemiDocFullFrameAndItsBandRow() throws Exception {
		known(() -> assertSameLaneShares("chemidoc_xrs_16lanes.tif", 50, 320, 650, 425, 16));
	}

	/** The same told lanes=16, so that the comparison is of the measuring, not of finding the lanes. */
	@Test
	public void chemiDocFullFrameAndItsBandRowToldTheLanes() throws Exception {
		known(() -> assertSameLaneShares("chemidoc_xrs_16lanes.tif", 50, 320, 650, 425, 16, true));
	}

	/** The second row (bands near the wells, y 105-128) shows in some lanes only: lanes without it have no ratio. */
	@Test
	public void chemiDocFullFrameAndItsTwoBandRows() throws Exception {
		known(() -> assertSameRowRatios("chemidoc_xrs_16lanes.tif", 50, 90, 650, 425, 16, new int[] {345, 400}, new int[] {105,
			128}));
	}

	@Test
	public void amershamFullFrameAndItsBandRow() throws Exception {
		assertSameLaneShares("amersham_iq800_actin_8lanes.tif", 140, 820, 990, 965, 8);
	}

	@Test
	public void amershamFullFrameAndItsTwoBandRows() throws Exception {
		assertSameRowRatios("amersham_iq800_actin_8lanes.tif", 140, 820, 990, 1065, 8, new int[] {845, 935}, new int[] {980,
			1040});
	}
}
