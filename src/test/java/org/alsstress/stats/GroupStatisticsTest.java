package org.alsstress.stats;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alsstress.model.DataTable;
import org.alsstress.model.UserInputException;
import org.junit.Test;

public class GroupStatisticsTest {

	private static Map<String, double[]> plantGrowth() {
		Map<String, double[]> groups = new LinkedHashMap<>();
		groups.put("ctrl", HypothesisTestsTest.CTRL);
		groups.put("trt1", HypothesisTestsTest.TRT1);
		groups.put("trt2", HypothesisTestsTest.TRT2);
		return groups;
	}

	@Test
	public void threeGroupsGetAnovaAndHolmCorrectedWelchVsControl() {
		List<GroupSummary> s = GroupStatistics.compare(plantGrowth(), "ctrl", StatTest.PARAMETRIC);
		assertNull(s.get(0).test);
		assertEquals(1, s.get(0).foldChange, 1e-12);
		assertEquals(4.661 / 5.032, s.get(1).foldChange, 1e-12);
		assertEquals(5.526 / 5.032, s.get(2).foldChange, 1e-12);
		double p1 = HypothesisTests.welch(HypothesisTestsTest.TRT1, HypothesisTestsTest.CTRL).p;
		double p2 = HypothesisTests.welch(HypothesisTestsTest.TRT2, HypothesisTestsTest.CTRL).p;
		double[] holm = HypothesisTests.holm(new double[] { p1, p2 });
		assertEquals(holm[0], s.get(1).pValue(), 1e-15);
		assertEquals(holm[1], s.get(2).pValue(), 1e-15);
		assertEquals(0.01591, s.get(1).omnibus.p, 1e-5);
		assertTrue(s.get(1).test.name.contains("Holm"));
	}

	@Test
	public void twoGroupsGetOneUncorrectedTest() {
		Map<String, double[]> groups = new LinkedHashMap<>();
		groups.put("1", HypothesisTestsTest.SLEEP_1);
		groups.put("2", HypothesisTestsTest.SLEEP_2);
		List<GroupSummary> s = GroupStatistics.compare(groups, "1", StatTest.PARAMETRIC);
		assertEquals(0.07939, s.get(1).pValue(), 1e-5);
		assertNull(s.get(1).omnibus);
		s = GroupStatistics.compare(groups, "1", StatTest.NONPARAMETRIC);
		assertEquals(0.06933, s.get(1).pValue(), 1e-5);
	}

	@Test
	public void emptyControlMeansFirstGroup() {
		List<GroupSummary> s = GroupStatistics.compare(plantGrowth(), "", StatTest.PARAMETRIC);
		assertNull(s.get(0).test);
		assertEquals("ctrl", s.get(0).group);
	}

	@Test
	public void unknownControlGroupNamesTheGroupsThatExist() {
		try {
			GroupStatistics.compare(plantGrowth(), "WT", StatTest.PARAMETRIC);
			fail();
		}
		catch (UserInputException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("ctrl, trt1, trt2"));
		}
	}

	@Test
	public void tableHasTheGroupsCsvLayout() {
		DataTable t = GroupStatistics.toTable("weight", GroupStatistics.compare(plantGrowth(),
			"ctrl", StatTest.PARAMETRIC));
		assertEquals(3, t.rowCount());
		assertEquals(GroupStatistics.COLUMNS, t.columns());
		assertEquals(10, t.getDouble(1, "n"), 0);
		assertEquals(4.661, t.getDouble(1, "mean"), 1e-12);
		assertEquals("control", t.getString(0, "test"));
	}
}
