package org.alsstress.stats;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;

import org.alsstress.model.UserInputException;
import org.junit.Test;

public class ReplicateNormalizerTest {

	@Test
	public void eachReplicateIsDividedByItsOwnControlMean() {
		// Blot 2 was exposed three times longer: raw values differ 3-fold, normalised ones do not.
		List<GroupedValue> raw = List.of(new GroupedValue("WT", "b1", "", 2), new GroupedValue("WT",
			"b1", "", 4), new GroupedValue("KO", "b1", "", 1.5), new GroupedValue("WT", "b2", "", 9),
			new GroupedValue("KO", "b2", "", 4.5));
		List<GroupedValue> n = ReplicateNormalizer.normalize(raw, "WT");
		assertEquals(2 / 3.0, n.get(0).value, 1e-12);
		assertEquals(4 / 3.0, n.get(1).value, 1e-12);
		assertEquals(0.5, n.get(2).value, 1e-12);
		assertEquals(1, n.get(3).value, 1e-12);
		assertEquals(0.5, n.get(4).value, 1e-12);
	}

	@Test
	public void replicateWithoutControlIsRejectedWithItsName() {
		try {
			ReplicateNormalizer.normalize(List.of(new GroupedValue("WT", "b1", "", 1),
				new GroupedValue("KO", "b2", "", 1)), "WT");
			fail();
		}
		catch (UserInputException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("'b2'"));
		}
	}
}
