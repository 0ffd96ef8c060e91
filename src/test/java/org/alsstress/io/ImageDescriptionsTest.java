package org.alsstress.io;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.google.gson.JsonObject;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ShortProcessor;

import org.alsstress.model.ImageDescription;
import org.alsstress.model.Provenance;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ImageDescriptionsTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private static ImagePlus twoChannelsThreeSlices() {
		ImageStack stack = new ImageStack(20, 10);
		for (int z = 1; z <= 3; z++) {
			stack.addSlice(z == 1 ? "DAPI" : "z" + z, new ShortProcessor(20, 10));
			stack.addSlice(z == 1 ? "G3BP1\nextra metadata" : "z" + z, new ShortProcessor(20, 10));
		}
		ImagePlus image = new ImagePlus("cells.tif", stack);
		image.setDimensions(2, 3, 1);
		image.getCalibration().pixelWidth = 0.13;
		image.getCalibration().pixelHeight = 0.14;
		image.getCalibration().setUnit("micron");
		return image;
	}

	@Test
	public void readsDimensionsCalibrationAndChannelNames() {
		ImageDescription d = ImageDescriptions.of(twoChannelsThreeSlices());
		assertEquals(20, d.width);
		assertEquals(10, d.height);
		assertEquals(2, d.channels);
		assertEquals(3, d.slices);
		assertEquals(16, d.bitDepth);
		assertEquals(0.13, d.pixelWidth, 0);
		assertEquals(0.14, d.pixelHeight, 0);
		assertEquals("micron", d.unit);
		assertTrue(d.calibrated());
		assertEquals(Arrays.asList("DAPI", "G3BP1"), d.channelNames);
	}

	@Test
	public void channelNamesAndCalibrationSurviveATiffFile() throws Exception {
		Path file = tmp.getRoot().toPath().resolve("cells.tif");
		IJ.saveAsTiff(twoChannelsThreeSlices(), file.toString());
		ImageDescription d = ImageDescriptions.of(ImageOpener.open(file).get(0));
		assertEquals(Arrays.asList("DAPI", "G3BP1"), d.channelNames);
		assertEquals("TIFF stores resolution as a rational", 0.13, d.pixelWidth, 1e-6);
		assertTrue(d.calibrated());
	}

	@Test
	public void uncalibratedSingleImageHasOneUnnamedChannel() {
		ImagePlus image = new ImagePlus("blot.png", new ShortProcessor(5, 5));
		image.getCalibration().setUnit(" ");
		ImageDescription d = ImageDescriptions.of(image);
		assertFalse(d.calibrated());
		assertEquals("pixel", d.unit);
		assertEquals(List.of(""), d.channelNames);
	}

	@Test
	public void provenanceRecordsTheImages() throws Exception {
		Provenance p = new Provenance("Segment Stress Granules", "x.Y");
		p.image(ImageDescriptions.of(twoChannelsThreeSlices()));
		JsonObject json = ProvenanceFiles.read(ProvenanceFiles.write(p, tmp.getRoot().toPath()));
		JsonObject image = json.getAsJsonArray("images").get(0).getAsJsonObject();
		assertEquals("cells.tif", image.get("name").getAsString());
		assertEquals(0.13, image.get("pixel_width").getAsDouble(), 0);
		assertEquals("micron", image.get("unit").getAsString());
		assertEquals("G3BP1", image.getAsJsonArray("channel_names").get(1).getAsString());
		assertEquals(3, image.get("slices").getAsInt());
	}
}
