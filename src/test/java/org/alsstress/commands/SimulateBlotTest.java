package org.alsstress.commands;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.alsstress.blot.sim.SimulatedExport;
import org.alsstress.io.ImageOpener;
import org.alsstress.io.ProvenanceFiles;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.Context;
import org.scijava.command.CommandModule;

import com.google.gson.JsonObject;

public class SimulateBlotTest {
	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void writesAnImagerExportFilmScanWithItsTruthAndRecordsTheFamily() throws Exception {
		Path out = tmp.getRoot().toPath().resolve("film");
		try (Context context = new Context()) {
			CommandModule m = CommandRunner.run(context, SimulateBlot.class, "output", out.toFile(), "family", "imager_export",
				"export_class", "film", "sample_lanes", 14, "seed", 5L);
			assertFalse(m.getCancelReason(), m.isCanceled());
		}
		DataTable images = TableFiles.read(out.resolve(SimulatedExport.IMAGES_FILE));
		for (int r = 0; r < 3; r++) {
			Path file = out.resolve(images.getString(r, "image"));
			assertTrue(file.toString(), Files.isRegularFile(file));
			assertEquals("dark_on_light", images.getString(r, "polarity"));
			assertEquals(images.getDouble(r, "width_px"), ImageOpener.open(file).get(0).getWidth(), 0);
		}
		assertEquals(14, TableFiles.read(out.resolve(SimulatedExport.SAMPLES_FILE)).rowCount());
		assertEquals(3 * 14, TableFiles.read(out.resolve(SimulatedExport.TRUTH_FILE)).rowCount());
		JsonObject parameters = ProvenanceFiles.read(out.resolve("provenance.json")).getAsJsonObject("parameters");
		assertEquals("imager_export", parameters.get("family").getAsString());
		assertEquals("film", parameters.get("export_class").getAsString());
		assertTrue(ProvenanceFiles.read(out.resolve("provenance.json")).toString().contains(SimulatedExport.LAYOUT_FILE));
	}

	@Test
	public void anUnknownExportClassIsRefusedWithTheChoices() {
		try (Context context = new Context()) {
			CommandModule m = CommandRunner.run(context, SimulateBlot.class, "output", tmp.getRoot(), "family", "imager_export",
				"export_class", "western", "sample_lanes", 4, "seed", 1L);
			assertTrue(m.isCanceled());
			assertTrue(m.getCancelReason(), m.getCancelReason().contains("clean_16bit, hard_16bit, film or dna_gel"));
		}
	}
}
