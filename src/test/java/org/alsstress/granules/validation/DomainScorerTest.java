package org.alsstress.granules.validation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.alsstress.granules.domains.DomainField;
import org.alsstress.granules.domains.DomainGenerator;
import org.alsstress.granules.domains.FieldRecipe;
import org.alsstress.granules.domains.Regime;
import org.alsstress.granules.domains.TruthCell;
import org.alsstress.granules.domains.TruthDebris;
import org.alsstress.granules.domains.TruthGranule;
import org.alsstress.model.DataTable;
import org.junit.BeforeClass;
import org.junit.Test;

/** The scorer on results made from the truth itself, and on the same results spoiled in known ways. */
public class DomainScorerTest {
	private static DomainField field;
	private static int scorableGranules, scorableDebris, scorableCells;

	@BeforeClass
	public static void generate() {
		FieldRecipe r = Regime.DEBRIS.recipe(3, 0);
		r.width = r.height = 640;
		r.stressedFraction = 0.7;
		field = DomainGenerator.generate(Regime.DEBRIS, r, 3);
		for (TruthGranule g : field.granules())
			if (field.cell(g.cellId).scorable()) scorableGranules++;
		for (TruthDebris d : field.debris())
			if (d.cellId == 0 || field.cell(d.cellId).scorable()) scorableDebris++;
		for (TruthCell c : field.cells())
			if (c.scorable()) scorableCells++;
	}

	private static DataTable granules(boolean withDebris, boolean flagDebris) {
		DataTable t = flagDebris ? new DataTable("image", "x_px", "y_px", "debris") : new DataTable("image", "x_px", "y_px");
		for (TruthGranule g : field.granules())
			if (flagDebris) t.addRow("f.tif", g.x + 0.7, g.y - 0.5, false);
			else t.addRow("f.tif", g.x + 0.7, g.y - 0.5);
		if (withDebris) for (TruthDebris d : field.debris())
			if (flagDebris) t.addRow("f.tif", d.x, d.y, true);
			else t.addRow("f.tif", d.x, d.y);
		return t;
	}

	private static DataTable cells(int extraInUnstressed) {
		DataTable t = new DataTable("image", "cell_id", "granule_count", "sg_positive", "apoptotic", "edge");
		for (TruthCell c : field.cells()) {
			int count = c.granuleCount + (c.stressed ? 0 : extraInUnstressed);
			t.addRow("f.tif", c.id, count, count >= 1, c.apoptotic, c.edge);
		}
		return t;
	}

	@Test
	public void theTruthItselfScoresPerfectly() {
		DomainTally t = DomainScorer.score(field, granules(false, false), cells(0), field.nucleusLabels());
		assertTrue(scorableGranules > 20 && scorableCells > 3);
		assertEquals(scorableGranules, t.truePositives);
		assertEquals(0, t.falsePositives);
		assertEquals(0, t.falseNegatives);
		assertEquals(scorableCells, t.cells);
		assertEquals(0, t.countBias(), 0);
		assertEquals(1, t.nuclei().f1(), 0);
		assertEquals(100, t.apoptosisAccuracy(), 0);
		assertEquals(t.truePctSg(), t.measuredPctSg(), 0);
		assertEquals(0, t.debrisCounted);
		int binned = 0;
		for (int b = 0; b < DomainTally.CONTRAST_BINS.length; b++) {
			binned += t.contrastTotal[b];
			assertEquals(t.contrastTotal[b], t.contrastFound[b]);
		}
		assertEquals(scorableGranules, binned);
		assertEquals(t.clusteredTotal, t.clusteredFound);
		int bySnr = 0;
		for (int b = 0; b < DomainTally.SNR_BINS.length; b++) {
			bySnr += t.snrTotal[b];
			assertEquals(t.snrTotal[b], t.snrFound[b]);
		}
		assertEquals(scorableGranules, bySnr);
	}

	@Test
	public void debrisCountedAsGranulesIsFalseAndFlaggedDebrisIsNot() {
		DomainTally counted = DomainScorer.score(field, granules(true, false), cells(0), field.nucleusLabels());
		assertTrue(scorableDebris >= 10);
		assertEquals(scorableDebris, counted.debris);
		assertEquals(scorableDebris, counted.debrisCounted);
		assertEquals(scorableDebris, counted.falsePositives);
		DomainTally flagged = DomainScorer.score(field, granules(true, true), cells(0), field.nucleusLabels());
		assertEquals(scorableDebris, flagged.debrisFlagged);
		assertEquals(0, flagged.debrisCounted);
		assertEquals(0, flagged.falsePositives);
	}

	@Test
	public void extraGranulesInUnstressedCellsShowAsFalseGranulesAndBias() {
		DomainTally t = DomainScorer.score(field, granules(false, false), cells(2), field.nucleusLabels());
		assertTrue(t.unstressedCells > 0);
		assertEquals(2, t.falseGranulesPerUnstressedCell(), 1e-12);
		assertEquals(2, t.bias(0), 1e-12);
		assertEquals(2.0 * t.unstressedCells / t.cells, t.countBias(), 1e-9);
	}

	@Test
	public void aMissedNucleusLeavesItsCellUnscored() {
		ij.process.ShortProcessor nuclei = (ij.process.ShortProcessor) field.nucleusLabels().duplicate();
		TruthCell gone = null;
		for (TruthCell c : field.cells())
			if (c.scorable()) gone = c;
		short[] p = (short[]) nuclei.getPixels();
		for (int i = 0; i < p.length; i++)
			if (p[i] == gone.id) p[i] = 0;
		DomainTally t = DomainScorer.score(field, granules(false, false), cells(0), nuclei);
		assertEquals(scorableCells - 1, t.cells);
		assertEquals(1, t.unscoredCells);
		assertEquals(1, t.nucleiFalseNegatives);
	}
}
