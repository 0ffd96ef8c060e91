package org.alsstress.granules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.IJ;
import ij.ImagePlus;

import org.alsstress.granules.validation.LabelMatcher;
import org.alsstress.granules.validation.LabelMatching;
import org.junit.Test;

/**
 * Real images (attribution in the resource folders' README.md). The U2OS pair has no pixel size: at 0.1 um
 * per pixel its nuclei (100-145 px) are 10-14.5 um across, as U2OS nuclei are, and its granules (2-25 px)
 * 0.2-2.5 um, within the default granule range; the expected counts were checked on the QC overlays.
 */
public class RealImagesTest {

	static final double U2OS_PIXEL_UM = 0.1;

	static FieldAnalysis u2os(String name) {
		ImagePlus image = IJ.openImage(RealImagesTest.class.getResource("u2os/" + name).getPath());
		FieldLoader.Loaded loaded = FieldLoader.load(image, name, 1, 2, 0, 0, U2OS_PIXEL_UM, FieldLoader.ZProjection.MAX,
			1);
		SegmentationSettings settings = new SegmentationSettings();
		settings.pixelSizeUm = loaded.pixelSizeUm;
		return FieldAnalyzer.analyze(loaded.field, settings, null, null);
	}

	@Test
	public void everyWholeArseniteCellHasStressGranules() {
		FieldAnalysis a = u2os("u2os_arsenite_dapi_g3bp1_pabpc1.tif");
		// five cells lie wholly inside the field, each with several bright cytoplasmic granules
		assertEquals(5, a.countedCells().size());
		assertEquals(5, a.sgPositiveCells());
		for (CellResult c : a.countedCells())
			assertTrue("cell " + c.id + ": " + c.granuleCount, c.granuleCount >= 3);
		assertTrue(a.granulesPerCell() >= 4);
	}

	@Test
	public void fewControlCellsHaveAnyGranule() {
		FieldAnalysis a = u2os("u2os_control_dapi_g3bp1_pabpc1.tif");
		// eight whole cells (the two stacked nuclei at the lower left are two cells, and the upper one lies wholly
		// inside the field); the only "granules" are bright crossings of actin-like fibres in two of them
		assertEquals(8, a.countedCells().size());
		assertTrue(a.sgPositiveCells() + " SG-positive", a.sgPositiveCells() <= 2);
		assertTrue(a.granulesPerCell() + " granules per cell", a.granulesPerCell() <= 0.5);
	}

	@Test
	public void dsb2018NucleiMatchTheHandMadeLabels() {
		ImagePlus image = IJ.openImage(getClass().getResource("dsb2018/dsb2018_nuclei_img.tif").getPath());
		ImagePlus truth = IJ.openImage(getClass().getResource("dsb2018/dsb2018_nuclei_labels.tif").getPath());
		SegmentationSettings settings = new SegmentationSettings();
		settings.pixelSizeUm = 1;
		settings.nucleusDiameterUm = 16;
		Nuclei nuclei = NucleusSegmenter.segment(image.getProcessor().convertToFloatProcessor(), settings);
		LabelMatching m = LabelMatcher.match(truth.getProcessor(), nuclei.labels.toShortProcessor());
		// measured 0.909 (110 of 125 nuclei at IoU >= 0.5; most misses are dim nuclei merged with a neighbour)
		assertTrue(m.toString(), m.f1() >= 0.89);
	}
}
