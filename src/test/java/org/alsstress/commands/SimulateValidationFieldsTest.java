package org.alsstress.commands;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonObject;

import ij.IJ;
import ij.ImagePlus;

import org.alsstress.fiji.SciJavaContext;
import org.alsstress.granules.domains.DomainField;
import org.alsstress.io.ProvenanceFiles;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.command.CommandModule;

public class SimulateValidationFieldsTest {
	@ClassRule
	public static final SciJavaContext SCIJAVA = new SciJavaContext();

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void writesTheBusyBenchmarkFieldWithItsTruth() throws Exception {
		Path out = tmp.getRoot().toPath().resolve("busy");
		CommandModule m = CommandRunner.run(SCIJAVA.get(), SimulateValidationFields.class, "output", out.toFile(),
			"regime", "busy-arsenite", "fields", 1, "seed", 4L);
		assertFalse(m.getCancelReason(), m.isCanceled());
		ImagePlus image = IJ.openImage(out.resolve("busy-arsenite_01.tif").toString());
		assertEquals(4, image.getNChannels());
		assertEquals(1024, image.getWidth());
		assertEquals(0.13, image.getCalibration().pixelWidth, 1e-6);
		assertEquals(16, image.getBitDepth());
		DataTable cells = TableFiles.read(out.resolve("truth/busy-arsenite_01" + DomainField.CELLS_SUFFIX));
		DataTable granules = TableFiles.read(out.resolve("truth/busy-arsenite_01" + DomainField.GRANULES_SUFFIX));
		assertTrue(cells.rowCount() + " cells", cells.rowCount() >= 30 && cells.rowCount() <= 55);
		assertTrue(granules.rowCount() + " granules", granules.rowCount() >= 350 && granules.rowCount() <= 650);
		assertTrue(Files.exists(out.resolve("truth/busy-arsenite_01" + DomainField.NUCLEI_SUFFIX)));
		assertEquals("busy-arsenite", TableFiles.read(out.resolve("conditions.csv")).getString(0, "condition"));
		JsonObject provenance = ProvenanceFiles.read(out.resolve("provenance.json"));
		assertEquals("busy-arsenite", provenance.getAsJsonObject("parameters").get("regime").getAsString());
	}

	@Test
	public void refusesAnUnknownRegime() {
		CommandModule m = CommandRunner.run(SCIJAVA.get(), SimulateValidationFields.class, "output", tmp.getRoot(),
			"regime", "sunny", "overwrite", true);
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason(), m.getCancelReason().contains("Unknown regime 'sunny'"));
	}
}
