package org.alsstress.faults;

import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class FaultCampaignSizeTest {

	/** The campaign's own promise: at least 150 bad inputs and faults. */
	@Test
	public void theCampaignHoldsAtLeast150Cases() throws Exception {
		int cases = FaultCampaignTest.cases().size();
		assertTrue(cases + " cases", cases >= 150);
	}
}
