package org.alsstress.io;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ShortProcessor;

import org.alsstress.model.UserInputException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Outside Fiji (no Bio-Formats): ImageJ 1.x readers, and a clear message for formats that need Bio-Formats. */
public class ImageOpenerFallbackTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void microscopeFormatsAskForFijiByName() throws Exception {
		assertFalse("these tests run without Bio-Formats", ImageOpener.bioFormatsAvailable());
		for (final String name : new String[] { "arsenite 60 min.lif", "blot day 2.czi", "field.nd2",
			"tbk1 blot.scn", "tbk1 blot.1sc" })
		{
			final Path file = tmp.getRoot().toPath().resolve(name);
			Files.write(file, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });
			try {
				ImageOpener.open(file);
				fail(name + " opened without Bio-Formats");
			}
			catch (final UserInputException e) {
				assertTrue(e.getMessage(), e.getMessage().contains(name));
				assertTrue(e.getMessage(), e.getMessage().contains("needs Bio-Formats"));
				assertTrue(e.getMessage(), e.getMessage().contains("export the image as TIFF"));
			}
		}
	}

	@Test
	public void aTiffOpensAsOneImageWithItsCalibration() throws Exception {
		final ImagePlus image = new ImagePlus("field", new ShortProcessor(16, 12));
		image.getCalibration().pixelWidth = 0.13;
		image.getCalibration().pixelHeight = 0.13;
		image.getCalibration().setUnit("micron");
		final Path file = tmp.getRoot().toPath().resolve("U2OS arsenite rep 1.tif");
		assertTrue(IJ.saveAsTiff(image, file.toString()));

		final List<ImagePlus> opened = ImageOpener.open(file);
		assertEquals(1, opened.size());
		assertEquals("TIFF stores resolution as a fraction", 0.13, opened.get(0).getCalibration().pixelWidth, 1e-6);
		assertEquals("micron", opened.get(0).getCalibration().getUnit());
		assertEquals("", opened.get(0).getProperty(ImageOpener.SERIES_PROPERTY));
		assertEquals(file.toAbsolutePath().toString(), opened.get(0).getProperty(ImageOpener.FILE_PROPERTY));
	}
}
