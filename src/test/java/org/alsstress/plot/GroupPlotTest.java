package org.alsstress.plot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.alsstress.stats.GroupStatistics;
import org.alsstress.stats.GroupSummary;
import org.alsstress.stats.GroupedValue;
import org.alsstress.stats.StatTest;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.w3c.dom.Document;

public class GroupPlotTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void drawsOnePointPerValueAndAWellFormedSvg() throws Exception {
		List<GroupedValue> points = new ArrayList<>();
		double[][] values = { { 1.0, 1.1, 0.9, 1.05 }, { 0.4, 0.5, 0.45 }, { 0.8, 0.7, 0.75 } };
		String[] names = { "WT", "KO", "KO + rescue" };
		Map<String, double[]> groups = new LinkedHashMap<>();
		for (int g = 0; g < 3; g++) {
			groups.put(names[g], values[g]);
			for (double v : values[g])
				points.add(new GroupedValue(names[g], "", "", v));
		}
		List<GroupSummary> summaries = GroupStatistics.compare(groups, "WT", StatTest.PARAMETRIC);
		List<Path> files = new GroupPlot("ratio", "pTBK1/TBK1", points, summaries).write(tmp
			.getRoot().toPath(), "plot");
		Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(files.get(1)
			.toFile());
		assertEquals(10, svg.getElementsByTagName("circle").getLength());
		String text = svg.getDocumentElement().getTextContent();
		assertTrue(text.contains("KO + rescue"));
		assertTrue(text.contains("n = 4"));
		BufferedImage png = ImageIO.read(files.get(0).toFile());
		assertEquals(470, png.getWidth());
	}

	@Test
	public void axisTicksAreRoundAndCoverTheData() {
		Axis a = Axis.covering(0.37, 1.19, 300, 0, true);
		assertEquals(0, a.min(), 0);
		assertEquals(1.25, a.max(), 1e-12);
		assertEquals("0.25", a.label(0.25));
		assertEquals(300, a.toPixel(0), 1e-9);
		assertEquals(0, a.toPixel(1.25), 1e-9);
		Axis big = Axis.covering(1200, 98000, 0, 100, false);
		assertEquals("20000", big.label(20000));
	}
}
