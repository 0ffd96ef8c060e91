package org.alsstress.commands;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonObject;

import ij.IJ;
import ij.ImagePlus;

import org.alsstress.granules.sim.FieldSimulator;
import org.alsstress.granules.sim.FieldSpec;
import org.alsstress.granules.sim.Scenario;
import org.alsstress.granules.sim.SimulatedField;
import org.alsstress.fiji.SciJavaContext;
import org.alsstress.io.ProvenanceFiles;
import org.alsstress.io.SampleSheetFiles;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.alsstress.model.SampleSheet;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.command.CommandModule;

public class SimulateStressGranuleFieldTest {
	@ClassRule
	public static final SciJavaContext SCIJAVA = new SciJavaContext();

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void writesTheFieldsTheirTruthConditionsAndProvenance() throws Exception {
		Path out = tmp.getRoot().toPath().resolve("fields");
		CommandModule m = CommandRunner.run(SCIJAVA.get(), SimulateStressGranuleField.class, "output", out.toFile(), "scenario",
			"dense", "fields", 2, "seed", 7L, "width", 300, "height", 220);
		assertFalse(m.getCancelReason(), m.isCanceled());

		SimulatedField second = FieldSimulator.simulate(Scenario.DENSE, 8, FieldSpec.of(300, 220));
		ImagePlus written = IJ.openImage(out.resolve("dense_02.tif").toString());
		assertEquals(4, written.getStackSize());
		for (int c = 1; c <= 4; c++)
			assertArrayEquals("field 2 is seed 8, channel " + c, (short[]) second.channel(c).getPixels(),
				(short[]) written.getStack().getProcessor(c).getPixels());
		DataTable granules = TableFiles.read(out.resolve("truth/dense_02_truth_granules.csv"));
		assertEquals(second.granules().size(), granules.rowCount());
		assertTrue(Files.exists(out.resolve("truth/dense_01_cells.tif")));
		assertTrue(Files.exists(out.resolve("truth/dense_01_nuclei.tif")));
		assertTrue(Files.exists(out.resolve("truth/dense_01_truth_cells.csv")));

		SampleSheet conditions = SampleSheetFiles.read(out.resolve(SimulateStressGranuleField.CONDITIONS_FILE));
		assertEquals("dense", conditions.forImage("dense_02.tif").get().group());
		assertEquals("2", conditions.forImage("dense_02.tif").get().replicate());

		JsonObject provenance = ProvenanceFiles.read(out.resolve("provenance.json"));
		assertEquals("dense", provenance.getAsJsonObject("parameters").get("scenario").getAsString());
		String outputs = provenance.get("outputs").toString();
		assertTrue(outputs, outputs.contains("dense_01.tif") && outputs.contains("truth/dense_02_truth_cells.csv") &&
			outputs.contains("conditions.csv"));
	}

	@Test
	public void refusesATinyField() {
		CommandModule m = CommandRunner.run(SCIJAVA.get(), SimulateStressGranuleField.class, "output", tmp.getRoot(), "width",
			10, "height", 100, "overwrite", true);
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason(), m.getCancelReason().contains("at least 64"));
	}
}
