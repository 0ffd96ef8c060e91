package org.alsstress.commands;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import org.alsstress.model.UserInputException;
import org.junit.Test;
import org.scijava.plugin.Parameter;

public class ParameterRangesTest {

	/** Parameters as commands declare them. */
	static final class Declared {
		@Parameter(min = "0.1", max = "10", description = "1 = default")
		double sensitivity = 1;
		@Parameter(min = "0", label = "Pixel size (um)")
		double pixel_size_um = 0;
		@Parameter(min = "1")
		int lanes = 1;
		@Parameter
		double free = 0;
		@Parameter(required = false)
		Double boxed;
	}

	private static String refusal(Declared d) {
		try {
			ParameterRanges.check(d);
			fail("accepted");
			return null;
		}
		catch (UserInputException e) {
			return e.getMessage();
		}
	}

	@Test
	public void valuesInsideTheirRangeAndUnsetOptionalsPass() {
		Declared d = new Declared();
		d.sensitivity = 10;
		d.free = -1e300;
		ParameterRanges.check(d);
	}

	@Test
	public void aValueOutsideItsDeclaredRangeIsRefusedByName() {
		Declared d = new Declared();
		d.sensitivity = 1e9;
		assertEquals("sensitivity is 1.0E9: set sensitivity to a number between 0.1 and 10 (1 = default).", refusal(d));
		d = new Declared();
		d.lanes = 0;
		assertEquals("lanes is 0: set lanes to a number of at least 1.", refusal(d));
	}

	@Test
	public void notANumberAndInfinityAreRefusedEvenWithoutARange() {
		Declared d = new Declared();
		d.pixel_size_um = Double.NaN;
		assertEquals("pixel_size_um is NaN (not a number): set pixel_size_um to a number of at least 0 (Pixel size (um)).",
			refusal(d));
		d = new Declared();
		d.free = Double.POSITIVE_INFINITY;
		assertEquals("free is infinity: set free to a number.", refusal(d));
		d = new Declared();
		d.boxed = Double.NaN;
		assertEquals("boxed is NaN (not a number): set boxed to a number.", refusal(d));
	}
}
