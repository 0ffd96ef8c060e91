package org.alsstress.commands;

import java.math.BigDecimal;

import org.alsstress.model.UserInputException;
import org.scijava.plugin.Parameter;

/**
 * Checks every numeric {@code @Parameter} of a command against the range its annotation declares ({@code min},
 * {@code max}), and refuses NaN and infinite values, before the command runs: SciJava enforces the range only in
 * dialogs, not for macros, scripts or the command line.
 */
final class ParameterRanges {

	private ParameterRanges() {}

	static void check(Object command) {
		ParameterRecorder.inputValues(command).forEach((field, value) -> {
			if (value instanceof Number) check(field.getName(), ((Number) value).doubleValue(), field.getAnnotation(
				Parameter.class));
		});
	}

	static void check(String name, double value, Parameter p) {
		double min = bound(p.min(), Double.NEGATIVE_INFINITY), max = bound(p.max(), Double.POSITIVE_INFINITY);
		if (Double.isFinite(value) && value >= min && value <= max) return;
		String range = Double.isInfinite(max) ? "of at least " + text(min) : Double.isInfinite(min) ? "of at most " + text(
			max) : "between " + text(min) + " and " + text(max);
		String what = p.description().isEmpty() ? p.label() : p.description();
		throw new UserInputException(name + " is " + (Double.isNaN(value) ? "NaN (not a number)" : text(value)) +
			": set " + name + " to a number" + (Double.isInfinite(min) && Double.isInfinite(max) ? "" : " " + range) +
			(what.isEmpty() ? "." : " (" + what + ")."));
	}

	private static double bound(String text, double none) {
		if (text == null || text.isBlank()) return none;
		try {
			return Double.parseDouble(text.trim());
		}
		catch (NumberFormatException e) {
			return none;
		}
	}

	static String text(double value) {
		if (Double.isInfinite(value)) return value > 0 ? "infinity" : "-infinity";
		if (Math.abs(value) >= 1e7 || (value != 0 && Math.abs(value) < 1e-4)) return String.valueOf(value);
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
