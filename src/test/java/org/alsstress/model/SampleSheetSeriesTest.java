package org.alsstress.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;

/** A conditions sheet names one series of a multi-series file as 'file [series]', or matches either part by pattern. */
public class SampleSheetSeriesTest {

	private static SampleSheet sheet(final String... lines) {
		final List<List<String>> records = new ArrayList<>();
		for (final String line : lines) records.add(Arrays.asList(line.split(",", -1)));
		return SampleSheet.parse("conditions.csv", records);
	}

	private static String group(final SampleSheet sheet, final String file, final String series) {
		return sheet.forSeries(file, series).map(SampleInfo::group).orElse("(none)");
	}

	@Test
	public void anImageRowNamesOneSeriesOrTheWholeFile() {
		final SampleSheet s = sheet("image,condition", "plate 1.lif [Well A1],control",
			"plate 1 [Well B1],arsenite", "plate 2.czi,untreated");
		assertEquals("control", group(s, "plate 1.lif", "Well A1"));
		assertEquals("the file's extension may be left out", "arsenite", group(s, "plate 1.lif", "Well B1"));
		assertEquals("(none)", group(s, "plate 1.lif", "Well C1"));
		assertEquals("a row for the file covers all its series", "untreated", group(s, "plate 2.czi", "Scene #3"));
		assertEquals("single-series files as before", "untreated", group(s, "plate 2.czi", ""));
	}

	@Test
	public void aPatternMatchesTheFileNameTheSeriesNameOrBoth() {
		final SampleSheet s = sheet("pattern,condition", "*arsenite*,arsenite", "Well A?,control",
			"day2*[Pos 3],day 2 position 3");
		assertEquals("on the file", "arsenite", group(s, "arsenite_60min.lif", "Position 1"));
		assertEquals("on the series", "control", group(s, "plate.lif", "Well A4"));
		assertEquals("on both", "day 2 position 3", group(s, "day2.czi", "Pos 3"));
		assertEquals("(none)", group(s, "plate.lif", "Well B1"));
	}

	@Test
	public void anImageRowWinsOverAPattern() {
		final SampleSheet s = sheet("image,pattern,condition", "plate.lif [Well A1],,control", ",plate*,treated");
		assertEquals("control", group(s, "plate.lif", "Well A1"));
		assertEquals("treated", group(s, "plate.lif", "Well A2"));
	}

	@Test
	public void aPatternRowWithoutASampleNamesEachSeriesItsOwnSample() {
		final SampleSheet s = sheet("pattern,condition,replicate", "*,control,1");
		assertEquals("plate [Well A1]", s.forSeries("plate.lif", "Well A1").get().sample());
	}

	@Test
	public void patternsThatMatchOneSeriesDifferentlyAreRefused() {
		final SampleSheet s = sheet("pattern,condition", "plate*,control", "*A1*,treated");
		try {
			s.forSeries("plate.lif", "Well A1");
			throw new AssertionError("ambiguous rows accepted");
		}
		catch (final UserInputException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("both match 'plate.lif [Well A1]'"));
		}
		assertFalse(s.forSeries("other.lif", "B2").isPresent());
	}
}
