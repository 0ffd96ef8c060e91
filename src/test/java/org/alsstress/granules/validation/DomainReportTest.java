package org.alsstress.granules.validation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.alsstress.granules.domains.Regime;
import org.alsstress.model.UserInputException;
import org.junit.Test;

public class DomainReportTest {

	@Test
	public void optionsChooseRegimesFieldsAndSeed() {
		DomainReport.Options o = DomainReport.Options.parse("--regimes", "emccd,arsenite", "--fields", "2", "--seed", "7");
		assertEquals(List.of(Regime.ARSENITE, Regime.EMCCD), o.regimes);
		assertEquals(2, o.fields);
		assertEquals(7, o.seed);
		assertEquals(Regime.of(Regime.Use.HELD_OUT), DomainReport.Options.parse("--regimes", "held-out").regimes);
		assertEquals(DomainReport.QUICK_FIELDS, DomainReport.Options.parse("--quick").fields);
		List<Regime> all = new ArrayList<>(Regime.of(Regime.Use.TUNING));
		all.addAll(Regime.of(Regime.Use.HELD_OUT));
		assertEquals("the default is every tuning and held-out regime, no fixture", all, new DomainReport.Options().regimes);
	}

	@Test(expected = UserInputException.class)
	public void anUnknownOptionIsRefused() {
		DomainReport.Options.parse("--fast");
	}

	@Test
	public void tuningAndHeldOutRegimesArePrintedApartWithPooledRows() {
		DomainTally a = new DomainTally(), b = new DomainTally();
		a.fields = b.fields = 1;
		a.truePositives = 8;
		a.falseNegatives = 2;
		a.cells = 3;
		a.binCells[3] = 1;
		a.binError[3] = -4;
		a.binAbsError[3] = 4;
		a.binTruth[3] = 40;
		b.truePositives = 1;
		b.falsePositives = 1;
		List<DomainReport.Row> rows = List.of(new DomainReport.Row(Regime.ARSENITE, a), new DomainReport.Row(Regime.EMCCD,
			b));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DomainReport.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), rows, new DomainReport.Options(), 1);
		String text = bytes.toString(StandardCharsets.UTF_8);
		assertTrue(text, text.indexOf("Tuning regimes") < text.indexOf("| arsenite |") && text.indexOf("| arsenite |") <
			text.indexOf("Held-out regimes") && text.indexOf("Held-out regimes") < text.indexOf("| emccd |"));
		assertTrue(text, text.contains("**all tuning**") && text.contains("**all held out**"));
		// F1 of arsenite: 2*8 / (16 + 0 + 2); above 30 granules per cell the bias is also a percentage
		assertTrue(text, text.contains("| arsenite | 1 | 3 | 10 | 1.000 | 0.800 | 0.889 |"));
		assertTrue(text, text.contains("-4.00 (4.00), -10 % n=1"));
		for (String line : text.split("\n")) {
			if (!line.startsWith("|")) continue;
			int columns = line.split("\\|", -1).length;
			assertTrue(line, columns == 20 || columns == 9 || columns == 8);
		}
	}
}
