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
		DataTable strip = TableFiles.read(results.get(1).resolve("lanes.csv"));
		assertEquals(13, strip.rowCount());
		for (int r = 0; r < strip.rowCount(); r++)
			assertEquals("the strip against itself", 1.0, strip.getDouble(r, "ratio"), 1e-12);
		assertTrue(Files.size(results.get(1).resolve("overlay_target.png")) > 0);
	}
}
