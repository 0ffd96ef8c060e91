package org.alsstress.fiji;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.alsstress.commands.QuantifyTbk1Bands;
import org.junit.ClassRule;
import org.junit.Test;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleItem;

/** The options string of a macro's run(...) call is read as ImageJ reads it, and checked against the inputs. */
public class MacroOptionCheckTest {

	@ClassRule
	public static final SciJavaContext SCIJAVA = new SciJavaContext();

	private static List<ModuleItem<?>> quantifyInputs() {
		final CommandInfo info = SCIJAVA.service(CommandService.class).getCommand(QuantifyTbk1Bands.class);
		return SuiteCommands.userInputs(info);
	}

	private static List<String> problems(final String options) {
		return MacroOptionCheck.problems(MacroOptionList.parse(options), quantifyInputs(), name -> name.equals(
			"output") ? null : "set");
	}

	@Test
	public void valuesAreReadAsImageJReadsThem() {
		final String options = "target=[/data/blot 1/a [x].tif] reference='/b c.tif' lanes=6 overwrite output= ";
		final MacroOptionList list = MacroOptionList.parse(options);
		assertEquals(Arrays.asList("target", "reference", "lanes", "overwrite", "output"), list.options().stream().map(
			o -> o.key).collect(java.util.stream.Collectors.toList()));
		for (final MacroOptionList.Option o : list.options()) {
			assertEquals(o.key, ij.Macro.getValue(options, o.key, null), o.value);
		}
		assertTrue(list.find("overwrite").isFlag());
		assertNull(list.problem());
	}

	@Test
	public void anUnclosedBracketIsAProblem() {
		assertTrue(MacroOptionList.parse("target=[/data/blot 1").problem().contains("no closing ']'"));
	}

	@Test
	public void goodOptionsHaveNoProblem() {
		assertEquals("[]", problems("target=[/a b.tif] reference=/b.tif lanes=6 rolling_ball_radius=12.5 " +
			"background=rolling_ball overwrite output=[/out]").toString());
	}

	@Test
	public void aMisspelledKeyIsNamedWithTheKeyItProbablyMeant() {
		final List<String> p = problems("target=/a.tif control_groop=WT output=/o");
		assertEquals(p.toString(), 1, p.size());
		assertTrue(p.get(0), p.get(0).startsWith("'control_groop' is not a parameter: did you mean 'control_group'?"));
		assertTrue(p.get(0), p.get(0).contains("The parameters are: target, target_image,"));
	}

	@Test
	public void aKeyInCapitalsIsNotFoundByImageJAndSaysSo() {
		final List<String> p = problems("Lanes=6 output=/o");
		assertTrue(p.toString(), p.get(0).contains("'Lanes' is not a parameter: did you mean 'lanes'?"));
	}

	@Test
	public void numbersMustBeNumbers() {
		assertTrue(problems("lanes=x output=/o").get(0).startsWith("lanes=x: 'lanes' must be a whole number"));
		assertTrue(problems("lanes=2.5 output=/o").get(0).startsWith("lanes=2.5: 'lanes' must be a whole number"));
		assertTrue(problems("lanes=99999999999 output=/o").get(0).contains("whole number"));
		assertTrue(problems("rolling_ball_radius=3,5 output=/o").get(0).contains("point as the decimal separator"));
		assertEquals("[]", problems("lanes=+4 rolling_ball_radius=-1e-3 saturation_level=.5 output=/o").toString());
	}

	@Test
	public void booleansAndChoicesMustBeOneOfTheirValues() {
		assertTrue(problems("overwrite=yes output=/o").get(0).contains("'overwrite' must be true or false"));
		assertTrue(problems("background=rolling output=/o").get(0).contains(
			"'background' must be one of [valley], [rolling_ball], [border_median], [none]"));
		assertTrue(problems("lanes output=/o").get(0).contains("'lanes' needs a value"));
	}

	@Test
	public void aRequiredInputLeftOutIsNamed() {
		final List<String> p = problems("target=/a.tif");
		assertEquals(p.toString(), 1, p.size());
		assertEquals("'output' is required: add output=[/path/to/folder] to the options.", p.get(0));
	}

	@Test
	public void aWordAfterAPathWithASpaceAsksForBrackets() {
		final List<String> p = problems("target=/data/my blot.tif output=/o");
		assertTrue(p.toString(), p.get(0).startsWith("'blot.tif' is not a parameter (a value with spaces must be " +
			"written in [brackets]"));
	}

	@Test
	public void aKeyGivenTwiceIsAProblem() {
		assertTrue(problems("lanes=3 lanes=4 output=/o").get(0).contains("'lanes' is given twice"));
	}

	@Test
	public void aFlagTicksABooleanInput() {
		assertEquals(Arrays.asList("overwrite"), MacroOptionCheck.flagsSet(MacroOptionList.parse("overwrite lanes=3"),
			quantifyInputs()));
	}
}
