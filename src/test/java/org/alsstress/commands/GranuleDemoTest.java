package org.alsstress.commands;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.alsstress.fiji.SciJavaContext;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class GranuleDemoTest {

	@ClassRule
	public static final SciJavaContext SCIJAVA = new SciJavaContext();

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void theSimulatedArseniteFieldsHaveFarMoreSgPositiveCellsThanTheControls() throws Exception {
		List<Path> results = GranuleDemo.run(SCIJAVA.get(), tmp.getRoot().toPath());
		DataTable summary = TableFiles.read(results.get(0).resolve("conditions.csv"));
		assertEquals("pct_sg_positive", summary.getString(0, "metric"));
		assertEquals("control", summary.getString(0, "group"));
		assertEquals("arsenite", summary.getString(1, "group"));
		assertEquals(2, summary.getDouble(1, "n"), 0);
		assertTrue(summary.getDouble(0, "mean") + " vs " + summary.getDouble(1, "mean"), summary.getDouble(1,
			"mean") > 70 && summary.getDouble(0, "mean") < 20);
	}
}
