package org.alsstress.fiji;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;

import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.io.FileSaver;
import ij.process.ByteProcessor;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Headless (as in every test, bin/als-stress and Fiji --headless) nothing opens, but the overlay is set. */
public class ResultWindowsTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void headlessNoWindowOpensButTheImageGetsItsOverlay() throws Exception {
		assertTrue("the tests run headless", java.awt.GraphicsEnvironment.isHeadless());
		assertFalse(ResultWindows.canShow());
		final int before = WindowManager.getImageCount();
		final ImagePlus blot = new ImagePlus("blot", new ByteProcessor(20, 20));
		final Overlay lanes = new Overlay(new Roi(2, 0, 5, 20));
		ResultWindows.showWithOverlay(blot, lanes);
		assertSame(lanes, blot.getOverlay());
		assertNull(blot.getWindow());

		final Path plot = tmp.getRoot().toPath().resolve("plot.png");
		new FileSaver(new ImagePlus("plot", new ByteProcessor(8, 8))).saveAsPng(plot.toString());
		assertNull(ResultWindows.showPicture(plot));
		assertEquals("no image window was registered", before, WindowManager.getImageCount());
	}
}
