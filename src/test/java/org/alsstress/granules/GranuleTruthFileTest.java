package org.alsstress.granules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ColorProcessor;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alsstress.realdata.TruthTable;
import org.junit.Test;

/**
 * The real granule and foci images' truth files (src/test/resources/org/alsstress/granules/real) against the images:
 * every image exists, has a licence and an attribution line, opens with the stated size; every rated AutoFoci object
 * lies inside its nucleus, and the objects the raters called foci are brighter than those they called background.
 */
public class GranuleTruthFileTest {

	private static final String DIR = "/org/alsstress/granules/real/";

	private static File resource(String name) throws URISyntaxException {
		URL url = GranuleTruthFileTest.class.getResource(DIR + name);
		assertNotNull("missing resource " + DIR + name, url);
		return new File(url.toURI());
	}

	@Test
	public void everyImageHasItsLicenceAttributionAndPartner() throws Exception {
		TruthTable truth = TruthTable.read(DIR + "truth.csv");
		String readme = new String(Files.readAllBytes(resource("README.md").toPath()), StandardCharsets.UTF_8);
		assertTrue(truth.rows.size() >= 12);
		Map<String, Map<String, String>> byFile = new HashMap<>();
		for (Map<String, String> row : truth.rows)
			byFile.put(row.get("file"), row);
		for (Map<String, String> row : truth.rows) {
			String file = row.get("file");
			assertTrue(file, resource(file).length() > 0);
			assertTrue(file + " licence", resource(row.get("licence_file")).length() > 0);
			assertTrue(file + " has no attribution row in README.md", attributed(readme, file));
			String partner = row.get("partner_files");
			if (!partner.equals("-")) {
				assertTrue(file + " partner " + partner, byFile.containsKey(partner));
				assertEquals(file + " and its partner show one field", row.get("width"), byFile.get(partner).get("width"));
				assertEquals(file + " and its partner show one field", row.get("height"), byFile.get(partner).get("height"));
			}
			assertTrue(file + " cells", Integer.parseInt(row.get("whole_cells")) >= 1);
		}
	}

	/** A field's files are named in the table; the AutoFoci cells by their number in the row for the whole set. */
	private static boolean attributed(String readme, String file) {
		Matcher cell = Pattern.compile("autofoci/autofoci_cell_(\\d+)\\.tif").matcher(file);
		if (!cell.matches())
			return readme.contains("| `" + file + "` |");
		return readme.contains("| `autofoci/autofoci_cell_<n>.tif`")
			&& Pattern.compile("n = [0-9, ]*\\b" + cell.group(1) + "\\b").matcher(readme).find();
	}

	@Test
	public void imagesOpenWithTheStatedSize() throws Exception {
		for (Map<String, String> row : TruthTable.read(DIR + "truth.csv").rows) {
			String file = row.get("file");
			ImagePlus image = IJ.openImage(resource(file).getPath());
			assertNotNull(file + " does not open", image);
			assertEquals(file + " width", Integer.parseInt(row.get("width")), image.getWidth());
			assertEquals(file + " height", Integer.parseInt(row.get("height")), image.getHeight());
			boolean rgb = row.get("colour").startsWith("rgb");
			assertEquals(file + " bit depth", rgb ? 24 : Integer.parseInt(row.get("bit_depth")), image.getBitDepth());
		}
	}

	/** Brightest red+green over a 3x3 neighbourhood: the foci stains of the AutoFoci cells. */
	private static int fociSignal(ColorProcessor cp, int x, int y) {
		int best = 0;
		int[] rgb = new int[3];
		for (int dy = -1; dy <= 1; dy++)
			for (int dx = -1; dx <= 1; dx++) {
				cp.getPixel(x + dx, y + dy, rgb);
				best = Math.max(best, rgb[0] + rgb[1]);
			}
		return best;
	}

	@Test
	public void ratedFociLieInTheirNucleusAndOutshineRatedBackground() throws Exception {
		TruthTable truth = TruthTable.read(DIR + "truth.csv");
		TruthTable ratings = TruthTable.read(DIR + "foci_ratings.csv");
		Map<String, Integer> majorityFoci = new HashMap<>();
		for (Map<String, String> row : truth.rows)
			if (row.get("file").startsWith("autofoci/"))
				majorityFoci.put(row.get("file"), Integer.parseInt(row.get("granules_per_cell")));
		assertEquals(8, majorityFoci.size());
		Map<String, Integer> counted = new HashMap<>();
		int[] foci = new int[ratings.rows.size()], background = new int[ratings.rows.size()];
		int nFoci = 0, nBackground = 0;
		for (Map<String, String> r : ratings.rows) {
			String file = r.get("file");
			assertTrue(file + " is not in truth.csv", majorityFoci.containsKey(file));
			double[] votes = { Double.parseDouble(r.get("rater1")), Double.parseDouble(r.get("rater2")), Double.parseDouble(r.get("rater3")) };
			int calling = 0;
			for (double v : votes) {
				assertTrue(file + " rating " + v, v >= 1 && v <= 9);
				if (v >= 5)
					calling++;
			}
			assertEquals(file + " object " + r.get("object"), calling, Integer.parseInt(r.get("raters_calling_focus")));
			boolean focus = calling >= 2;
			assertEquals(file + " object " + r.get("object"), focus ? "focus" : "background", r.get("majority"));
			if (focus)
				counted.merge(file, 1, Integer::sum);
			ColorProcessor cp = (ColorProcessor) IJ.openImage(resource(file).getPath()).getProcessor();
			int x = Integer.parseInt(r.get("x")), y = Integer.parseInt(r.get("y"));
			int[] rgb = cp.getPixel(x, y, null);
			assertTrue(file + " object at " + x + "," + y + " lies outside the nucleus", rgb[2] > 0 || rgb[0] + rgb[1] > 0);
			if (calling == 3)
				foci[nFoci++] = fociSignal(cp, x, y);
			else if (calling == 0)
				background[nBackground++] = fociSignal(cp, x, y);
		}
		for (Map.Entry<String, Integer> e : majorityFoci.entrySet())
			assertEquals(e.getKey() + " majority foci", (int) e.getValue(), (int) counted.getOrDefault(e.getKey(), 0));
		// unanimous foci are brighter in the foci stains than unanimous background objects, on the median
		int[] f = Arrays.copyOf(foci, nFoci), b = Arrays.copyOf(background, nBackground);
		Arrays.sort(f);
		Arrays.sort(b);
		assertTrue(nFoci >= 15 && nBackground >= 4);
		assertTrue("foci " + Arrays.toString(f) + " background " + Arrays.toString(b), f[nFoci / 2] > b[nBackground / 2] * 1.3);
	}
}
