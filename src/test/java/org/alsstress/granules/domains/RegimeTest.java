package org.alsstress.granules.domains;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.alsstress.model.UserInputException;
import org.junit.Test;

/** Tuning regimes never show an assumption that is held out; held-out regimes always show one. */
public class RegimeTest {

	private static boolean heldOutAssumption(FieldRecipe f) {
		return f.noise == NoiseModel.EMCCD || f.bitDepth == 8 || f.pixelUm < 0.09 || f.pixelUm > 0.17 ||
			f.profileWeights[GranuleProfile.IRREGULAR.ordinal()] > 0 || f.haze > 0.35 || f.vignetting > 0.3;
	}

	@Test
	public void tuningNeverSeesAHeldOutAssumption() {
		for (Regime regime : Regime.of(Regime.Use.TUNING))
			for (int k = 0; k < 300; k++) {
				FieldRecipe f = regime.recipe(k, k % 7);
				assertFalse(regime + " field " + k + ":\n" + f.describe(), heldOutAssumption(f));
			}
	}

	@Test
	public void everyHeldOutFieldCarriesAHeldOutAssumption() {
		Set<NoiseModel> noise = EnumSet.noneOf(NoiseModel.class);
		for (Regime regime : Regime.of(Regime.Use.HELD_OUT))
			for (int k = 0; k < 100; k++) {
				FieldRecipe f = regime.recipe(k, 0);
				assertTrue(regime + " field " + k + ":\n" + f.describe(), heldOutAssumption(f));
				noise.add(f.noise);
			}
		assertEquals(EnumSet.allOf(NoiseModel.class), noise);
	}

	@Test
	public void theRangesCoverWhatTheIssueAsks() {
		double smallest = 1, largest = 0, lowestContrast = 10;
		Set<Integer> depths = new java.util.TreeSet<>();
		for (Regime regime : Regime.values())
			for (int k = 0; k < 100; k++) {
				FieldRecipe f = regime.recipe(k, 0);
				smallest = Math.min(smallest, f.pixelUm);
				largest = Math.max(largest, f.pixelUm);
				lowestContrast = Math.min(lowestContrast, f.contrastMin);
				depths.add(f.bitDepth);
			}
		assertTrue(smallest < 0.07 && largest > 0.195);
		assertEquals(1.3, lowestContrast, 1e-9);
		assertEquals(Set.of(8, 12, 16), depths);
	}

	@Test
	public void regimesAreNamedAsInTheReport() {
		assertEquals(Regime.SMALL_PIXELS, Regime.parse("small-pixels"));
		assertEquals(Regime.CONFOCAL, Regime.parse(" Confocal "));
		try {
			Regime.parse("sunny");
			throw new AssertionError("accepted an unknown regime");
		}
		catch (UserInputException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("busy-arsenite"));
		}
	}
}
