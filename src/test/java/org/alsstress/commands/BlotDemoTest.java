package org.alsstress.commands;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class BlotDemoTest {
	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void demoQuantifiesTheSimulatedTripleAndTheRealStrip() throws Exception {
		List<Path> results = BlotDemo.run(tmp.getRoot().toPath());
		assertEquals(2, results.size());
		DataTable simulated = TableFiles.read(results.get(0).resolve("lanes.csv"));
		assertEquals("ladder not counted", 10, simulated.rowCount());
		assertTrue("lane 4 is overexposed", simulated.getBoolean(3, "saturated"));
		assertTrue(Files.size(results.get(0).resolve("normalized_ratio_plot.png")) > 0);
		assertEquals("ALS lanes carry less pTBK1 per TBK1, as the truth says", trueFoldChange(tmp
			.getRoot().toPath().resolve("simulated_blot/truth.csv")), TableFiles.read(results.get(0)
				.resolve("groups.csv")).getDouble(1, "fold_change"), 0.03 * 0.45);
		DataTable strip = TableFiles.read(results.get(1).resolve("lanes.csv"));
		assertEquals(13, strip.rowCount());
		for (int r = 0; r < strip.rowCount(); r++)
			assertEquals("the strip against itself", 1.0, strip.getDouble(r, "ratio"), 1e-12);
		assertTrue(Files.size(results.get(1).resolve("overlay_target.png")) > 0);
	}

	/** ALS over control mean of the true target/reference ratios, saturated lanes left out. */
	private static double trueFoldChange(Path truthFile) throws Exception {
		DataTable truth = TableFiles.read(truthFile);
		double[] sum = new double[2];
		int[] n = new int[2];
		java.util.Set<String> saturatedLanes = new java.util.HashSet<>();
		for (int r = 0; r < truth.rowCount(); r++)
			if (truth.getBoolean(r, "saturated")) saturatedLanes.add(truth.getString(r, "lane"));
		for (int r = 0; r < truth.rowCount(); r++) {
			if (!truth.getString(r, "role").equals("target") || saturatedLanes.contains(truth
				.getString(r, "lane"))) continue;
			int g = truth.getString(r, "group").equals("control") ? 0 : 1;
			sum[g] += truth.getDouble(r, "true_ratio");
			n[g]++;
		}
		return (sum[1] / n[1]) / (sum[0] / n[0]);
	}
}
