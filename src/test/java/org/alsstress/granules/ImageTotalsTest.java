package org.alsstress.granules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.alsstress.granules.domains.DomainField;
import org.alsstress.granules.domains.DomainGenerator;
import org.alsstress.granules.domains.FieldRecipe;
import org.alsstress.granules.domains.Regime;
import org.alsstress.model.DataTable;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * images.csv's per-image numbers against the per-granule and per-cell rows of the same run, on a dusty field
 * where the detector flags specks as debris: a flagged speck is in granules.csv but in no count.
 */
public class ImageTotalsTest {

	private static DataTable images, cells, granules;

	@BeforeClass
	public static void analyse() {
		FieldRecipe recipe = Regime.DEBRIS.recipe(5, 0);
		recipe.width = recipe.height = 512;
		recipe.debrisMin = 20;
		recipe.debrisMax = 30;
		DomainField field = DomainGenerator.generate(Regime.DEBRIS, recipe, 5);
		FieldImage image = new FieldImage("dusty", field.channel(DomainGenerator.NUCLEI), field.channel(
			DomainGenerator.GRANULES), field.channel(DomainGenerator.CELL_MARKER), field.channel(DomainGenerator.APOPTOSIS));
		SegmentationSettings settings = new SegmentationSettings();
		settings.pixelSizeUm = recipe.pixelUm;
		FieldAnalysis a = FieldAnalyzer.analyze(image, settings, null, null);
		List<ImageResult> results = Collections.singletonList(ImageResult.analysed("dusty.tif", "dusty.tif", "",
			null, settings.pixelSizeUm, a));
		images = GranuleTables.images(results);
		cells = GranuleTables.cells(results);
		granules = GranuleTables.granules(results);
	}

	private static boolean debris(int row) {
		return Boolean.parseBoolean(granules.getString(row, "debris"));
	}

	@Test
	public void theFieldHasFlaggedDebrisAndGranules() {
		int flagged = 0;
		for (int r = 0; r < granules.rowCount(); r++)
			if (debris(r)) flagged++;
		assertTrue(flagged + " flagged of " + granules.rowCount(), flagged >= 1 && granules.rowCount() - flagged >= 5);
	}

	@Test
	public void theImageTotalIsTheUnflaggedGranules() {
		int unflagged = 0;
		for (int r = 0; r < granules.rowCount(); r++)
			if (!debris(r)) unflagged++;
		assertEquals(unflagged, images.getDouble(0, "granules"), 0);
	}

	@Test
	public void theImageTotalIsEveryCellsCountPlusTheUnflaggedGranulesInNoCell() {
		Set<Integer> withReadout = new HashSet<>();
		int inCells = 0;
		for (int r = 0; r < cells.rowCount(); r++) {
			withReadout.add((int) cells.getDouble(r, "cell_id"));
			inCells += (int) cells.getDouble(r, "granule_count");
		}
		int elsewhere = 0;
		for (int r = 0; r < granules.rowCount(); r++)
			if (!debris(r) && !withReadout.contains((int) granules.getDouble(r, "cell_id"))) elsewhere++;
		assertEquals(inCells + elsewhere, images.getDouble(0, "granules"), 0);
	}

	@Test
	public void granulesPerCellIsTheCountedCellsCountsOverTheirNumber() {
		int counted = 0, inCounted = 0, edge = 0;
		for (int r = 0; r < cells.rowCount(); r++) {
			if (Boolean.parseBoolean(cells.getString(r, "edge"))) edge++;
			if (!Boolean.parseBoolean(cells.getString(r, "counted"))) continue;
			counted++;
			inCounted += (int) cells.getDouble(r, "granule_count");
		}
		assertTrue(counted >= 3);
		assertEquals(counted, images.getDouble(0, "cells"), 0);
		assertEquals(edge, images.getDouble(0, "edge_cells"), 0);
		assertEquals((double) inCounted / counted, images.getDouble(0, "granules_per_cell"), 1e-12);
		assertTrue(inCounted <= images.getDouble(0, "granules"));
	}
}
