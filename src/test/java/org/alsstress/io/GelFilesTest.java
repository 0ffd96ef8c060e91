package org.alsstress.io;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import org.alsstress.commands.CommandRunner;
import org.alsstress.commands.QuantifyTbk1Bands;
import org.alsstress.commands.SimulateBlot;
import org.alsstress.fiji.SciJavaContext;
import org.alsstress.model.DataTable;
import org.alsstress.model.UserInputException;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.command.CommandModule;

/**
 * Square-root encoded .gel files (Typhoon, Amersham) are measured on their linear counts, without
 * Bio-Formats too; FijiBioFormatsIT checks the same files through Fiji's own GelReader.
 */
public class GelFilesTest {

	@ClassRule
	public static final SciJavaContext SCIJAVA = new SciJavaContext();

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void squareRootSamplesBecomeTheirSquaresTimesTheScale() throws Exception {
		final ShortProcessor stored = new ShortProcessor(4, 3);
		final int[] values = { 0, 1, 2, 255, 256, 1000, 4095, 4096, 20000, 40000, 65535, 123 };
		for (int i = 0; i < values.length; i++) stored.set(i, values[i]);
		final Path gel = tmp.getRoot().toPath().resolve("typhoon scan.gel");
		ImagerFiles.writeGel(gel, stored, GelFiles.SQUARE_ROOT, 1, 40000);

		final List<ImagePlus> images = ImageOpener.open(gel);

		assertEquals(1, images.size());
		final ImageProcessor counts = images.get(0).getProcessor();
		assertEquals("counts are 32-bit", 32, images.get(0).getBitDepth());
		for (int i = 0; i < values.length; i++) {
			assertEquals("stored " + values[i], values[i] * (double) values[i] / 40000, counts.getf(i), 1e-6 * Math.max(1,
				counts.getf(i)));
			assertEquals("as Bio-Formats computes it", ImagerFiles.squareRootDecoded(values[i], 1, 40000), counts.getf(i), 0);
		}
	}

	@Test
	public void linearGelFilesStayAsStored() throws Exception {
		final ShortProcessor stored = new ShortProcessor(3, 2);
		for (int i = 0; i < 6; i++) stored.set(i, 1000 * i + 7);
		final Path gel = tmp.getRoot().toPath().resolve("linear.gel");
		ImagerFiles.writeGel(gel, stored, GelFiles.LINEAR, 1, 1);
		final ImagePlus image = ImageOpener.open(gel).get(0);
		assertEquals(16, image.getBitDepth());
		for (int i = 0; i < 6; i++) assertEquals(1000 * i + 7, image.getProcessor().get(i));
	}

	@Test
	public void anUnknownDataFormatIsRefusedNotGuessed() throws Exception {
		final Path gel = tmp.getRoot().toPath().resolve("odd.gel");
		ImagerFiles.writeGel(gel, new ShortProcessor(2, 2), 7, 1, 1);
		try {
			ImageOpener.open(gel);
			throw new AssertionError("format 7 was read");
		}
		catch (final UserInputException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("MD_FileTag 7"));
		}
	}

	@Test
	public void aSquareRootEncodedBlotGivesTheRatiosOfItsLinearCounts() throws Exception {
		final Path sim = tmp.getRoot().toPath().resolve("sim");
		assertFalse(CommandRunner.run(SCIJAVA.get(), SimulateBlot.class, "output", sim.toFile(), "seed", 11L)
			.isCanceled());
		final double scale = 65535.0 / (65535.0 * 65535.0);
		for (final String role : new String[] { "target", "reference" }) {
			final ImageProcessor linear = IJ.openImage(sim.resolve("blot_" + role + ".tif").toString()).getProcessor();
			final ShortProcessor encoded = new ShortProcessor(linear.getWidth(), linear.getHeight());
			final ShortProcessor raw = new ShortProcessor(linear.getWidth(), linear.getHeight());
			for (int i = 0; i < linear.getPixelCount(); i++) {
				encoded.set(i, ImagerFiles.squareRootEncoded(linear.get(i), scale));
				raw.set(i, encoded.get(i));
			}
			ImagerFiles.writeGel(sim.resolve(role + ".gel"), encoded, GelFiles.SQUARE_ROOT, 1, 65535);
			// the stored square roots taken as counts, as a reader that ignores MD_FileTag would
			IJ.saveAsTiff(new ImagePlus(role, raw), sim.resolve(role + "_stored.tif").toString());
		}
		final DataTable tif = quantify(sim, "blot_target.tif", "blot_reference.tif", "tif");
		final DataTable gel = quantify(sim, "target.gel", "reference.gel", "gel");
		final DataTable stored = quantify(sim, "target_stored.tif", "reference_stored.tif", "stored");
		assertEquals(tif.rowCount(), gel.rowCount());
		double storedError = 0;
		for (int lane = 0; lane < tif.rowCount(); lane++) {
			assertEquals("lane " + (lane + 1), tif.getDouble(lane, "ratio"), gel.getDouble(lane, "ratio"), 0.005 * tif
				.getDouble(lane, "ratio"));
			storedError = Math.max(storedError, Math.abs(stored.getDouble(lane, "ratio") / tif.getDouble(lane, "ratio") -
				1));
		}
		assertTrue("square roots taken as counts would be far off: " + storedError, storedError > 0.1);
	}

	private DataTable quantify(final Path sim, final String target, final String reference, final String out)
		throws Exception
	{
		final CommandModule m = CommandRunner.run(SCIJAVA.get(), QuantifyTbk1Bands.class, "target", sim.resolve(target)
			.toFile(), "reference", sim.resolve(reference).toFile(), "samples", sim.resolve("samples.csv").toFile(),
			"control_group", "control", "output", sim.resolve(out).toFile());
		assertFalse(m.getCancelReason(), m.isCanceled());
		assertTrue(Files.isRegularFile(sim.resolve(out + "/lanes.csv")));
		return TableFiles.read(sim.resolve(out + "/lanes.csv"));
	}
}
