package org.alsstress.io;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.alsstress.model.MeasuredObject;
import org.alsstress.model.Measurement;
import org.alsstress.model.MeasurementTable;
import org.alsstress.model.UserInputException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class MeasurementFilesTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void roundTripKeepsEveryFieldAndValue() throws Exception {
		MeasurementTable written = new MeasurementTable();
		Random random = new Random(7);
		MeasuredObject base = MeasuredObject.of("tbk1", "blot, day 1 \"A\".tif").withSeries(
			"Series 2");
		for (int lane = 1; lane <= 12; lane++) {
			MeasuredObject o = base.object("lane", lane).withSample("mouse " + lane).withGroup(lane %
				2 == 0 ? "KO" : "WT").withReplicate("r1");
			written.add(o, "ratio", random.nextGaussian(), "");
			written.add(o, "target_volume", random.nextDouble() * 1e7, "a.u.");
		}
		written.add(base.object("image", ""), "saturated_bands", Double.NaN, "");
		Path file = tmp.getRoot().toPath().resolve("measurements.csv");
		MeasurementFiles.write(written, file);
		MeasurementTable read = MeasurementFiles.read(file);
		assertEquals(written.size(), read.size());
		for (int i = 0; i < written.size(); i++) {
			Measurement a = written.rows().get(i), b = read.rows().get(i);
			assertEquals(a.object(), b.object());
			assertEquals(a.metric(), b.metric());
			assertEquals(a.unit(), b.unit());
			assertEquals(a.value(), b.value(), 0);
		}
	}

	@Test
	public void rejectsAFileThatIsNotAMeasurementsTable() throws Exception {
		Path file = tmp.getRoot().toPath().resolve("other.csv");
		Files.writeString(file, "lane,ratio\n1,0.5\n");
		try {
			MeasurementFiles.read(file);
			fail();
		}
		catch (UserInputException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("column 'assay' is missing"));
		}
	}

	@Test
	public void wideTablePivotsMetricsPerObject() {
		MeasurementTable t = new MeasurementTable();
		MeasuredObject lane1 = MeasuredObject.of("tbk1", "b.tif").object("lane", 1).withGroup("WT");
		MeasuredObject lane2 = MeasuredObject.of("tbk1", "b.tif").object("lane", 2).withGroup("KO");
		t.add(lane1, "ratio", 0.5, "").add(lane1, "volume", 10, "").add(lane2, "volume", 20, "");
		org.alsstress.model.DataTable wide = t.wideTable("lane");
		assertEquals(2, wide.rowCount());
		assertEquals(0.5, wide.getDouble(0, "ratio"), 0);
		assertTrue(Double.isNaN(wide.getDouble(1, "ratio")));
		assertEquals(20, wide.getDouble(1, "volume"), 0);
		assertEquals("KO", wide.getString(1, "group"));
	}
}
