package org.alsstress.fiji;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ij.ImagePlus;
import ij.WindowManager;
import ij.macro.Interpreter;
import ij.process.ByteProcessor;

import org.junit.ClassRule;
import org.junit.Test;
import org.scijava.command.CommandInfo;
import org.scijava.convert.ConvertService;
import org.scijava.module.ModuleItem;

/**
 * Every input of every suite command survives macro recording and replay:
 * written in the recorder's form, read back with ImageJ 1.x's own option
 * parsing and SciJava's conversion, exactly as Fiji's macro bridge does.
 */
public class MacroRecordingTest {

	private static final File BASE = new File(System.getProperty("java.io.tmpdir"), "ALS experiment 2026");
	@ClassRule
	public static final SciJavaContext SCIJAVA = new SciJavaContext();

	private static List<CommandInfo> commandsAndFixture() {
		final List<CommandInfo> commands = new ArrayList<>(SuiteCommands.all(SCIJAVA.get()));
		assertFalse("no suite command found in the plugin index", commands.isEmpty());
		commands.add(new CommandInfo(RecordingFixture.class));
		return commands;
	}

	@Test
	public void everyInputSurvivesRecordingAndReplay() {
		for (final CommandInfo info : commandsAndFixture()) {
			for (final boolean first : new boolean[] { true, false }) {
				final Map<String, String> intended = sampleValues(info, first);
				final String options = recordedOptions(intended);
				final Map<String, Object> replayed = MacroOptions.inputs(options, info,
					SCIJAVA.service(ConvertService.class));
				for (final ModuleItem<?> input : SuiteCommands.userInputs(info)) {
					if (!intended.containsKey(input.getName())) continue;
					assertEquals(info.getTitle() + " '" + input.getName() + "' from \"" + options + "\"",
						expected(input.getType(), intended.get(input.getName())), replayed.get(input.getName()));
				}
			}
		}
	}

	@Test
	public void inputNamesAreSnakeCaseAndNoneIsTheTailOfAnother() {
		for (final CommandInfo info : commandsAndFixture()) {
			final List<String> names = new ArrayList<>();
			for (final ModuleItem<?> input : SuiteCommands.userInputs(info)) names.add(input.getName());
			for (final String name : names) {
				assertTrue(info.getTitle() + ": '" + name + "' is not lower-case snake_case",
					name.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*"));
				for (final String other : names) {
					assertFalse(info.getTitle() + ": '" + name + "=' also matches inside '" + other + "='",
						endsAfterNonLetter(other, name));
				}
			}
		}
	}

	@Test
	public void theTailRuleIsTheOneImageJApplies() {
		// Why the rule above exists: ImageJ finds "size=" inside "max_size=".
		assertEquals("5", ij.Macro.getValue("max_size=5 size=3", "size", null));
		assertTrue(endsAfterNonLetter("max_size", "size"));
		assertFalse(endsAfterNonLetter("resize", "size"));
		assertFalse(endsAfterNonLetter("size", "size"));
	}

	@Test
	public void anImageInputIsFoundByTitleOrIsTheActiveImage() {
		final CommandInfo fixture = new CommandInfo(RecordingFixture.class);
		final ConvertService convert = SCIJAVA.service(ConvertService.class);
		final ImagePlus blot = new ImagePlus("pTBK1 blot (day 1).tif", new ByteProcessor(8, 8));
		final ImagePlus other = new ImagePlus("other.tif", new ByteProcessor(8, 8));
		Interpreter.batchMode = true; // headless, a macro's images live in batch mode
		Interpreter.addBatchModeImage(blot);
		Interpreter.addBatchModeImage(other);
		try {
			WindowManager.setTempCurrentImage(other);
			assertSame(blot, MacroOptions.inputs("target=[pTBK1 blot (day 1).tif]", fixture, convert).get("target"));
			assertSame(blot, MacroOptions.inputs("target=" + blot.getID(), fixture, convert).get("target"));
			assertSame("no title: the active image", other, MacroOptions.inputs("lanes=3", fixture, convert).get("target"));
		}
		finally {
			WindowManager.setTempCurrentImage(null);
			Interpreter.removeBatchModeImage(blot);
			Interpreter.removeBatchModeImage(other);
			Interpreter.batchMode = false;
		}
	}

	/** Every user input except images, with a sample value a user could record. */
	static Map<String, String> sampleValues(final CommandInfo info, final boolean first) {
		final Map<String, String> values = new LinkedHashMap<>();
		for (final ModuleItem<?> input : SuiteCommands.userInputs(info)) {
			if (!ImagePlus.class.equals(input.getType())) values.put(input.getName(), sample(input, first));
		}
		return values;
	}

	static String recordedOptions(final Map<String, String> values) {
		final StringBuilder options = new StringBuilder();
		for (final Map.Entry<String, String> value : values.entrySet()) {
			options.append(MacroOptions.recorded(value.getKey(), value.getValue())).append(' ');
		}
		return options.toString().trim();
	}

	static boolean endsAfterNonLetter(final String longer, final String name) {
		if (longer.equals(name) || !longer.endsWith(name)) return false;
		return !Character.isLetter(longer.charAt(longer.length() - name.length() - 1));
	}

	/** A value a user could record for this input: with spaces, decimals and non-default choices when first. */
	private static String sample(final ModuleItem<?> input, final boolean first) {
		final Class<?> type = input.getType();
		if (File.class.equals(type)) {
			final boolean folder = input.getWidgetStyle() != null && input.getWidgetStyle().contains("directory");
			final File parent = first ? BASE : new File(System.getProperty("java.io.tmpdir"), "als");
			return new File(parent, folder ? (first ? "blots day 1" : "blots") : (first ? "sample sheet (day 1).csv"
				: "samples.csv")).getPath();
		}
		if (type == boolean.class || type == Boolean.class) return Boolean.toString(first);
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return Long.toString(Math.round(withinLimits(input, first ? 7 : 2)));
		}
		if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
			return Double.toString(withinLimits(input, first ? 0.65 : 12.5));
		}
		if (String.class.equals(type)) {
			final List<?> choices = input.getChoices();
			if (choices == null || choices.isEmpty()) return first ? "ALS mutant, day 2" : "control";
			if (!first) return choices.get(0).toString();
			for (final Object choice : choices) {
				if (choice.toString().contains(" ")) return choice.toString();
			}
			return choices.get(choices.size() - 1).toString();
		}
		fail("No macro sample value for " + input.getName() + " of type " + type.getName() +
			": add one here, and check that Fiji can convert it from text");
		return null;
	}

	private static double withinLimits(final ModuleItem<?> input, final double wanted) {
		double value = wanted;
		if (input.getMinimumValue() != null) value = Math.max(value, ((Number) input.getMinimumValue()).doubleValue());
		if (input.getMaximumValue() != null) value = Math.min(value, ((Number) input.getMaximumValue()).doubleValue());
		return value;
	}

	private static Object expected(final Class<?> type, final String text) {
		if (File.class.equals(type)) return new File(text);
		if (type == boolean.class || type == Boolean.class) return Boolean.valueOf(text);
		if (type == int.class || type == Integer.class) return Integer.valueOf(text);
		if (type == long.class || type == Long.class) return Long.valueOf(text);
		if (type == double.class || type == Double.class) return Double.valueOf(text);
		if (type == float.class || type == Float.class) return Float.valueOf(text);
		assertNotNull(text);
		return text;
	}
}
