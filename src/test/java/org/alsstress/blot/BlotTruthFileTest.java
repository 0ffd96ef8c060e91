package org.alsstress.blot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ImageProcessor;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.alsstress.realdata.TruthTable;
import org.junit.Test;

/**
 * The real blots' truth file (src/test/resources/blots/truth.csv) against the images it describes: every image
 * exists, has a licence and an attribution line, opens with the stated size, and its first band row is, at every
 * lane centre, brighter or darker than the image's background in the direction the file states.
 */
public class BlotTruthFileTest {

	private static File resource(String name) throws URISyntaxException {
		URL url = BlotTruthFileTest.class.getResource("/blots/" + name);
		assertNotNull("missing resource blots/" + name, url);
		return new File(url.toURI());
	}

	private static int[] region(Map<String, String> row, int width, int height) {
		String r = row.get("region");
		if (r.equals("all"))
			return new int[] { 0, width, 0, height };
		String[] xy = r.split("/");
		double[][] x = TruthTable.ranges(xy[0]), y = TruthTable.ranges(xy[1]);
		return new int[] { (int) x[0][0], (int) x[0][1], (int) y[0][0], (int) y[0][1] };
	}

	@Test
	public void everyImageHasItsLicenceAndAttribution() throws Exception {
		TruthTable truth = TruthTable.read("/blots/truth.csv");
		String readme = new String(Files.readAllBytes(resource("README.md").toPath()), StandardCharsets.UTF_8);
		assertTrue(truth.rows.size() >= 12);
		for (Map<String, String> row : truth.rows) {
			String file = row.get("file");
			assertTrue(file, resource(file).length() > 0);
			assertTrue(file + " licence", resource(row.get("licence_file")).length() > 0);
			assertTrue(file + " has no attribution row in README.md", readme.contains("| `" + file + "` |"));
			assertTrue(file + " source", !row.get("source").isEmpty() && !row.get("licence").isEmpty());
		}
	}

	@Test
	public void lanesAndBandRowsFitTheImages() throws Exception {
		TruthTable truth = TruthTable.read("/blots/truth.csv");
		int opened = 0;
		for (Map<String, String> row : truth.rows) {
			String file = row.get("file");
			int width = Integer.parseInt(row.get("width")), height = Integer.parseInt(row.get("height"));
			double[] centres = TruthTable.numbers(row.get("lane_centres_x"));
			double[] ladders = TruthTable.numbers(row.get("ladder_positions"));
			double[][] bandRows = TruthTable.ranges(row.get("band_rows_y"));
			double tolerance = Double.parseDouble(row.get("lane_tolerance_px"));
			int[] box = region(row, width, height);
			assertEquals(file + " lane count", Integer.parseInt(row.get("lanes")), centres.length);
			for (int i = 0; i < centres.length; i++) {
				assertTrue(file + " lane " + (i + 1), centres[i] > box[0] && centres[i] < box[1]);
				if (i > 0)
					assertTrue(file + " lanes left to right, further apart than twice the tolerance",
						centres[i] - centres[i - 1] > 2 * tolerance);
			}
			for (double ladder : ladders)
				assertTrue(file + " ladder " + ladder, ladder >= 1 && ladder <= centres.length && ladder == Math.rint(ladder));
			assertTrue(file + " band rows", bandRows.length > 0);
			for (double[] band : bandRows)
				assertTrue(file + " band row " + Arrays.toString(band), box[2] <= band[0] && band[0] < band[1] && band[1] <= box[3]);
			assertTrue(file + " signal", row.get("signal").equals("light_on_dark") || row.get("signal").equals("dark_on_light"));
			if (!row.get("opens_with").equals("imagej")) {
				assertEquals(file, "bioformats", row.get("opens_with"));
				continue;
			}
			ImagePlus image = IJ.openImage(resource(file).getPath());
			assertNotNull(file + " does not open", image);
			opened++;
			assertEquals(file + " width", width, image.getWidth());
			assertEquals(file + " height", height, image.getHeight());
			boolean rgb = row.get("colour").startsWith("rgb");
			assertEquals(file + " bit depth", rgb ? 24 : Integer.parseInt(row.get("bit_depth")), image.getBitDepth());
			assertBandsOnTheStatedSide(file, image.getProcessor(), box, centres, bandRows[0], row.get("signal"));
		}
		assertTrue(opened >= 11);
	}

	/**
	 * At every lane centre the most extreme row of the first band row lies beyond the region's median, on the stated
	 * side, by at least 4 % of the region's range (0.5th to 99.5th percentile): faint real lanes pass, a wrong
	 * polarity, a lane centre in a gap or a band row in empty membrane do not.
	 */
	private static void assertBandsOnTheStatedSide(String file, ImageProcessor ip, int[] box, double[] centres, double[] band,
		String signal) {
		boolean light = signal.equals("light_on_dark");
		double[] values = new double[(box[1] - box[0]) * (box[3] - box[2])];
		int n = 0;
		for (int y = box[2]; y < box[3]; y++)
			for (int x = box[0]; x < box[1]; x++)
				values[n++] = ip.getPixelValue(x, y);
		Arrays.sort(values);
		double background = values[values.length / 2];
		double range = values[(int) (values.length * 0.995)] - values[(int) (values.length * 0.005)];
		for (int lane = 0; lane < centres.length; lane++) {
			int x0 = (int) centres[lane] - 2;
			double extreme = light ? -Double.MAX_VALUE : Double.MAX_VALUE;
			for (int y = (int) band[0]; y <= (int) band[1]; y++) {
				double mean = 0;
				for (int x = x0; x < x0 + 5; x++)
					mean += ip.getPixelValue(x, y) / 5;
				extreme = light ? Math.max(extreme, mean) : Math.min(extreme, mean);
			}
			String where = file + " lane " + (lane + 1) + " at x " + centres[lane] + ": band " + extreme + ", background "
				+ background + ", range " + range;
			double contrast = (light ? extreme - background : background - extreme) / range;
			if (System.getProperty("truth.debug") != null)
				System.out.printf("%s contrast %.3f%n", where, contrast);
			assertTrue(where, contrast > 0.04);
		}
	}

	@Test
	public void quantitiesReferToListedLanes() throws Exception {
		TruthTable truth = TruthTable.read("/blots/truth.csv");
		Map<String, Integer> lanes = new HashMap<>();
		Map<String, int[]> sizes = new HashMap<>();
		for (Map<String, String> row : truth.rows) {
			lanes.merge(row.get("file"), Integer.parseInt(row.get("lanes")), Math::max);
			sizes.put(row.get("file"), new int[] { Integer.parseInt(row.get("width")), Integer.parseInt(row.get("height")) });
		}
		TruthTable quantities = TruthTable.read("/blots/blot_quantities.csv");
		assertTrue(quantities.rows.size() >= 90);
		for (Map<String, String> q : quantities.rows) {
			String file = q.get("file");
			assertTrue(file + " is not in truth.csv", lanes.containsKey(file));
			int lane = Integer.parseInt(q.get("lane"));
			assertTrue(file + " lane " + lane, lane >= 1 && lane <= lanes.get(file));
			int x0 = Integer.parseInt(q.get("x0")), x1 = Integer.parseInt(q.get("x1"));
			int y0 = Integer.parseInt(q.get("y0")), y1 = Integer.parseInt(q.get("y1"));
			int[] size = sizes.get(file);
			assertTrue(file + " lane " + lane + " box", 0 <= x0 && x0 < x1 && x1 <= size[0] && 0 <= y0 && y0 < y1 && y1 <= size[1]);
			assertTrue(Double.parseDouble(q.get("amount")) >= 0);
			assertTrue(!q.get("source").isEmpty());
		}
	}

	/** Keeps the check honest: a file the test cannot read would otherwise pass the earlier loops unseen. */
	@Test(expected = IOException.class)
	public void aMissingTruthFileIsAnError() throws IOException {
		TruthTable.read("/blots/no-such-truth.csv");
	}
}
