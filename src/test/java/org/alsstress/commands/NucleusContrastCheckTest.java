package org.alsstress.commands;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import java.util.Random;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ShortProcessor;

import org.alsstress.granules.FieldAnalysis;
import org.alsstress.granules.FieldAnalyzer;
import org.alsstress.granules.FieldLoader;
import org.alsstress.granules.SegmentationSettings;
import org.alsstress.granules.sim.FieldSimulator;
import org.alsstress.granules.sim.FieldSpec;
import org.alsstress.granules.sim.Scenario;
import org.junit.Test;

/** The nuclei of real and simulated fields pass; the "nuclei" found in noise do not. */
public class NucleusContrastCheckTest {

	private static Optional<String> check(ImagePlus image, double pixelUm, double nucleusUm) {
		FieldLoader.Loaded loaded = FieldLoader.load(image, image.getTitle(), 1, 2, 0, 0, pixelUm, FieldLoader.ZProjection
			.MAX, 1);
		SegmentationSettings settings = new SegmentationSettings();
		settings.pixelSizeUm = loaded.pixelSizeUm;
		settings.nucleusDiameterUm = nucleusUm;
		FieldAnalysis a = FieldAnalyzer.analyze(loaded.field, settings, null, null);
		assertTrue(image.getTitle() + ": no nuclei to check", a.nuclei.count > 0);
		return NucleusContrastCheck.check(loaded.field.nuclei(), a.nuclei.labels, a.nuclei.count, 1);
	}

	private static ImagePlus resource(String path) {
		return IJ.openImage(NucleusContrastCheckTest.class.getResource("/org/alsstress/granules/" + path).getPath());
	}

	/** A two-channel image of a nuclei image and another (the same again for a nuclei-only image). */
	private static ImagePlus pair(ImagePlus nuclei, ImagePlus other) {
		ImageStack stack = new ImageStack(nuclei.getWidth(), nuclei.getHeight());
		stack.addSlice("DAPI", nuclei.getProcessor().convertToShort(false));
		stack.addSlice("G3BP1", other.getProcessor().convertToShort(false));
		ImagePlus image = new ImagePlus(nuclei.getTitle(), stack);
		image.setDimensions(2, 1, 1);
		return image;
	}

	@Test
	public void realNucleiPass() {
		assertEquals(Optional.empty(), check(resource("u2os/u2os_arsenite_dapi_g3bp1_pabpc1.tif"), 0.1, 12));
		assertEquals(Optional.empty(), check(resource("u2os/u2os_control_dapi_g3bp1_pabpc1.tif"), 0.1, 12));
		ImagePlus dsb = resource("dsb2018/dsb2018_nuclei_img.tif");
		assertEquals(Optional.empty(), check(pair(dsb, dsb), 1, 16));
		// no pixel size given: one that makes the nuclei 10-15 um across (real/README.md)
		assertEquals(Optional.empty(), check(pair(resource("real/h2ax_foci_field_hoechst.tif"), resource(
			"real/h2ax_foci_field_h2ax.tif")), 0.07, 12));
		assertEquals(Optional.empty(), check(pair(resource("real/pbodies_field_dapi.png"), resource(
			"real/pbodies_field_gfp.png")), 0.06, 12));
	}

	@Test
	public void simulatedNucleiPassInEveryScenario() {
		for (Scenario s : Scenario.values())
			assertEquals(s.key(), Optional.empty(), check(FieldSimulator.simulate(s, 50 + s.ordinal(), FieldSpec.of(384,
				384)).image(), FieldSpec.PIXEL_UM, 12));
	}

	@Test
	public void blobsFoundInNoiseAreCalledImplausible() {
		Random random = new Random(7);
		ImageStack stack = new ImageStack(512, 512);
		for (int c = 0; c < 2; c++) {
			ShortProcessor ip = new ShortProcessor(512, 512);
			for (int i = 0; i < 512 * 512; i++)
				ip.set(i, (int) Math.max(0, Math.round(500 + 50 * random.nextGaussian())));
			stack.addSlice(c == 0 ? "DAPI" : "G3BP1", ip);
		}
		ImagePlus noise = new ImagePlus("noise", stack);
		noise.setDimensions(2, 1, 1);
		Optional<String> note = check(noise, 0.065, 12);
		assertTrue(note.isPresent());
		assertTrue(note.get(), note.get().contains("noise units above the rest of the nuclei channel (1)"));
	}
}
