package org.alsstress.granules.sim;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import ij.IJ;
import ij.ImagePlus;

import java.nio.file.Path;

import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class SimulatedFieldFilesTest {
	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void writtenFilesReadBackIdentical() throws Exception {
		SimulatedField f = FieldSimulator.simulate(Scenario.APOPTOTIC, 11, FieldSpec.of(320, 256));
		Path folder = tmp.getRoot().toPath();
		assertEquals(5, f.write(folder, "field a").size());

		ImagePlus image = IJ.openImage(folder.resolve("field a.tif").toString());
		assertEquals(4, image.getNChannels());
		assertEquals("TIFF stores a rational", 0.13, image.getCalibration().pixelWidth, 1e-6);
		assertEquals(0.13, image.getCalibration().pixelHeight, 1e-6);
		assertEquals("micron", image.getCalibration().getUnit());
		for (int c = 1; c <= 4; c++) {
			assertEquals(SimulatedField.CHANNEL_LABELS[c - 1], image.getStack().getSliceLabel(c));
			assertArrayEquals((short[]) f.channel(c).getPixels(), (short[]) image.getStack().getProcessor(c).getPixels());
		}
		assertArrayEquals((short[]) f.nucleusLabels().getPixels(), (short[]) IJ.openImage(folder.resolve(
			"field a_nuclei.tif").toString()).getProcessor().getPixels());
		assertArrayEquals((short[]) f.cellLabels().getPixels(), (short[]) IJ.openImage(folder.resolve("field a_cells.tif")
			.toString()).getProcessor().getPixels());

		DataTable granules = TableFiles.read(folder.resolve("field a_truth_granules.csv"));
		assertEquals(f.granules().size(), granules.rowCount());
		for (int r = 0; r < granules.rowCount(); r++) {
			TrueGranule g = f.granules().get(r);
			assertEquals("field a.tif", granules.getString(r, "image"));
			assertEquals(g.x, granules.getDouble(r, "x_px"), 0);
			assertEquals(g.y, granules.getDouble(r, "y_px"), 0);
			assertEquals(g.cellId, (int) granules.getDouble(r, "cell_id"));
			assertEquals(g.faint, granules.getBoolean(r, "faint"));
			assertEquals(g.touching, granules.getBoolean(r, "touching"));
		}
		assertArrayEquals(f.granulePoints(), SimulatedField.readGranulePoints(folder.resolve("field a" +
			SimulatedField.GRANULES_SUFFIX)));
		DataTable cells = TableFiles.read(folder.resolve("field a_truth_cells.csv"));
		assertEquals(f.cells().size(), cells.rowCount());
		for (int r = 0; r < cells.rowCount(); r++) {
			TrueCell c = f.cells().get(r);
			assertEquals(c.id, (int) cells.getDouble(r, "cell_id"));
			assertEquals(c.apoptotic, cells.getBoolean(r, "apoptotic"));
			assertEquals(c.edge, cells.getBoolean(r, "edge"));
			assertEquals(c.granuleCount, (int) cells.getDouble(r, "granule_count"));
			assertEquals(c.nucleusX, cells.getDouble(r, "nucleus_x_px"), 0);
		}
	}
}
