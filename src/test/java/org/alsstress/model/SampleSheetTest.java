package org.alsstress.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;

import org.alsstress.io.Csv;
import org.junit.Test;

public class SampleSheetTest {

	private static SampleSheet sheet(String csv) {
		try {
			return SampleSheet.parse("samples.csv", Csv.parse(csv));
		}
		catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
	}

	private static String errorOf(String csv) {
		try {
			sheet(csv);
		}
		catch (UserInputException e) {
			return e.getMessage();
		}
		fail("expected the sheet to be rejected:\n" + csv);
		return null;
	}

	@Test
	public void mapsLanesToSampleGroupReplicateAndAmount() {
		SampleSheet s = sheet("Lane,Sample,Group,Replicate,amount_ug,mouse_age\n" +
			"1,WT-1,WT,blot1,10,P90\n2,KO-1,KO,blot1,,P91\n");
		SampleInfo lane1 = s.forLane(1).get();
		assertEquals("WT-1", lane1.sample());
		assertEquals("WT", lane1.group());
		assertEquals("blot1", lane1.replicate());
		assertEquals(10, lane1.amountUg(), 0);
		assertEquals("P90", lane1.extra().get("mouse_age"));
		assertFalse(s.forLane(2).get().hasAmount());
		assertFalse(s.forLane(3).isPresent());
		assertEquals(List.of(1, 2), s.lanes());
	}

	@Test
	public void conditionIsAnAliasOfGroupAndSampleDefaultsToTheKey() {
		SampleSheet s = sheet("image,condition\nctrl_01.tif,control\n");
		assertEquals("control", s.forImage("ctrl_01.tif").get().group());
		assertEquals("ctrl_01.tif", s.forImage("ctrl_01.tif").get().sample());
		assertEquals("control", s.forImage("ctrl_01").get().group());
	}

	@Test
	public void patternsMatchFileNamesAsGlobOrPart() {
		SampleSheet s = sheet("pattern,condition,replicate\n*_ars_*.tif,arsenite,r1\nctrl,control,r1\n");
		assertEquals("arsenite", s.forImage("well3_ars_01.tif").get().group());
		assertEquals("control", s.forImage("plate2_ctrl_05.tif").get().group());
		assertEquals("each matched image is its own sample", "plate2_ctrl_05", s.forImage("plate2_ctrl_05.tif").get().sample());
		assertFalse(s.forImage("other.tif").isPresent());
	}

	@Test
	public void exactImageEntryWinsOverPatterns() {
		SampleSheet s = sheet("image,pattern,group\n,ars,arsenite\nars_bad.tif,,excluded\n");
		assertEquals("excluded", s.forImage("ars_bad.tif").get().group());
		assertEquals("arsenite", s.forImage("ars_ok.tif").get().group());
	}

	@Test
	public void ambiguousPatternsAreRejectedNamingBothLines() {
		SampleSheet s = sheet("pattern,group\nars,arsenite\n*01*,control\n");
		try {
			s.forImage("ars_01.tif");
			fail();
		}
		catch (UserInputException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("line 3") && e.getMessage().contains(
				"line 2"));
		}
	}

	@Test
	public void errorsNameTheLineAndTheProblem() {
		assertTrue(errorOf("sample,group\na,WT\n").contains("line 1: the header needs a 'lane'"));
		assertTrue(errorOf("lane,sample\n1,a\n").contains("needs a 'group'"));
		assertTrue(errorOf("lane,group\n1,WT\nx,KO\n").contains(
			"line 3: lane 'x' is not a whole number"));
		assertTrue(errorOf("lane,group\n1,WT\n1,KO\n").contains(
			"line 3: lane 1 appears again (first on line 2)"));
		assertTrue(errorOf("lane,group\n1,\n").contains("line 2: no group given"));
		assertTrue(errorOf("lane,group,amount_ug\n1,WT,-5\n").contains(
			"line 2: amount_ug '-5' must be a positive number"));
		assertTrue(errorOf("lane,group\n1,WT,extra\n").contains(
			"line 2: has 3 fields but the header has 2"));
		assertTrue(errorOf("lane,group\n0,WT\n").contains("lanes count from 1"));
		assertTrue(errorOf("lane,group\n").contains("no rows"));
		assertTrue(errorOf("lane,group\n").startsWith("Sample sheet samples.csv"));
	}

	@Test
	public void blankLinesAreSkipped() {
		assertEquals(2, sheet("lane,group\n1,WT\n\n2,KO\n").size());
	}
}
