package org.alsstress.fiji;

import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.scijava.module.ModuleItem;

/**
 * Checks a macro's options string against a command's inputs, for what Fiji's
 * macro layer lets through without a word: a key that names no input
 * ({@code control_groop=}) is ignored, a value that is not a number
 * ({@code lanes=x}) arrives as 0, a choice that is not one of the choices
 * arrives as given, and a required input left out makes the command not run.
 * Every problem names the key and says what to write instead.
 */
public final class MacroOptionCheck {

	private MacroOptionCheck() {}

	/**
	 * @param inputs the inputs a user sets (no services)
	 * @param value the current value of an input, by name (null when unset)
	 * @return one sentence per problem; empty when the options are fine
	 */
	public static List<String> problems(final MacroOptionList given, final List<ModuleItem<?>> inputs,
		final Function<String, Object> value)
	{
		final List<String> problems = new ArrayList<>();
		if (given.problem() != null) problems.add(given.problem() + ".");
		final Set<String> seen = new HashSet<>();
		for (final MacroOptionList.Option option : given.options()) {
			final ModuleItem<?> input = input(inputs, option.key);
			if (input == null) problems.add(unknown(option, inputs));
			else if (!seen.add(option.key)) problems.add("'" + option.key + "' is given twice; give it once.");
			else {
				final String problem = valueProblem(input, option);
				if (problem != null) problems.add(problem);
			}
		}
		for (final ModuleItem<?> input : inputs) {
			if (input.isRequired() && given.find(input.getName()) == null && value.apply(input.getName()) == null) {
				problems.add("'" + input.getName() + "' is required: add " + input.getName() + "=" + example(input) +
					" to the options.");
			}
		}
		return problems;
	}

	/** The boolean inputs given as a bare word (ImageJ's way of ticking a checkbox): they are true. */
	public static List<String> flagsSet(final MacroOptionList given, final List<ModuleItem<?>> inputs) {
		final List<String> names = new ArrayList<>();
		for (final MacroOptionList.Option option : given.options()) {
			final ModuleItem<?> input = input(inputs, option.key);
			if (option.isFlag() && input != null && isBoolean(input.getType())) names.add(input.getName());
		}
		return names;
	}

	private static ModuleItem<?> input(final List<ModuleItem<?>> inputs, final String key) {
		for (final ModuleItem<?> input : inputs) {
			if (input.getName().equals(key)) return input;
		}
		return null;
	}

	private static String unknown(final MacroOptionList.Option option, final List<ModuleItem<?>> inputs) {
		final String nearest = nearest(option.key, inputs);
		final StringBuilder s = new StringBuilder("'" + option.key + "' is not a parameter");
		if (option.isFlag() && option.afterPlainValue) {
			s.append(" (a value with spaces must be written in [brackets], like input=[/my images/day 1]).");
		}
		else if (nearest != null) s.append(": did you mean '").append(nearest).append("'?");
		else s.append(".");
		s.append(" The parameters are: ").append(inputs.stream().map(ModuleItem::getName).collect(Collectors.joining(
			", "))).append(".");
		return s.toString();
	}

	private static String valueProblem(final ModuleItem<?> input, final MacroOptionList.Option option) {
		final Class<?> type = input.getType();
		final String name = input.getName();
		if (option.isFlag()) {
			return isBoolean(type) ? null : "'" + name + "' needs a value: write " + name + "=" + example(input) + ".";
		}
		final String text = option.value.trim();
		if (isWholeNumber(type)) {
			if (!text.matches("[+-]?\\d+") || !fits(text, type)) return name + "=" + option.value + ": '" + name +
				"' must be a whole number, e.g. " + name + "=" + example(input) + ".";
		}
		else if (isNumber(type)) {
			if (!isDecimal(text)) return name + "=" + option.value + ": '" + name + "' must be a number, e.g. " +
				name + "=" + example(input) + " (with a point as the decimal separator).";
		}
		else if (isBoolean(type)) {
			if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) return name + "=" + option.value +
				": '" + name + "' must be true or false.";
		}
		else if (String.class.equals(type) && input.getChoices() != null && !input.getChoices().isEmpty()) {
			if (!input.getChoices().contains(option.value)) return name + "=" + option.value + ": '" + name +
				"' must be one of " + input.getChoices().stream().map(c -> "[" + c + "]").collect(Collectors.joining(
					", ")) + ".";
		}
		return null;
	}

	private static boolean isDecimal(final String text) {
		return text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[+-]?(NaN|Infinity)");
	}

	private static boolean fits(final String text, final Class<?> type) {
		try {
			final long value = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
			if (type == int.class || type == Integer.class) return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
			if (type == short.class || type == Short.class) return value >= Short.MIN_VALUE && value <= Short.MAX_VALUE;
			if (type == byte.class || type == Byte.class) return value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE;
			return true;
		}
		catch (final NumberFormatException e) {
			return false;
		}
	}

	private static String example(final ModuleItem<?> input) {
		final Class<?> type = input.getType();
		if (File.class.equals(type)) return "[/path/to/" + (input.getWidgetStyle() != null && input.getWidgetStyle()
			.contains("directory") ? "folder]" : "file]");
		if (isWholeNumber(type)) return input.getMinimumValue() != null ? input.getMinimumValue().toString() : "1";
		if (isNumber(type)) return "0.5";
		if (isBoolean(type)) return "true";
		if (input.getChoices() != null && !input.getChoices().isEmpty()) return "[" + input.getChoices().get(0) + "]";
		return "[text]";
	}

	static boolean isWholeNumber(final Class<?> type) {
		return type == int.class || type == Integer.class || type == long.class || type == Long.class ||
			type == short.class || type == Short.class || type == byte.class || type == Byte.class;
	}

	static boolean isNumber(final Class<?> type) {
		return type == double.class || type == Double.class || type == float.class || type == Float.class;
	}

	static boolean isBoolean(final Class<?> type) {
		return type == boolean.class || type == Boolean.class;
	}

	/** The input name closest to a misspelled key (at most two edits, or a different case), or null. */
	static String nearest(final String key, final List<ModuleItem<?>> inputs) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (final ModuleItem<?> input : inputs) {
			final String name = input.getName();
			final int d = name.equals(key.toLowerCase(Locale.ROOT)) ? 0 : distance(key, name);
			if (d < bestDistance) {
				bestDistance = d;
				best = name;
			}
		}
		return bestDistance <= Math.max(2, key.length() / 4) ? best : null;
	}

	private static int distance(final String a, final String b) {
		int[] previous = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) previous[j] = j;
		for (int i = 1; i <= a.length(); i++) {
			final int[] current = new int[b.length() + 1];
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				final int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			previous = current;
		}
		return previous[b.length()];
	}
}
