package org.alsstress.fiji;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The {@code key=value} pairs of an ImageJ macro options string, in order, read
 * the way {@code ij.Macro.getValue} reads them: a value is {@code [in brackets]}
 * (nested brackets allowed), {@code 'in quotes'}, or runs to the next space; a
 * word without {@code =} is a flag (ImageJ's form of a ticked checkbox).
 */
public final class MacroOptionList {

	/** One option; {@code value} is null for a flag. */
	public static final class Option {

		public final String key;
		public final String value;
		/** A flag right after a value not in brackets: probably the rest of a value with spaces. */
		public final boolean afterPlainValue;

		Option(final String key, final String value, final boolean afterPlainValue) {
			this.key = key;
			this.value = value;
			this.afterPlainValue = afterPlainValue;
		}

		public boolean isFlag() {
			return value == null;
		}

		@Override
		public String toString() {
			return isFlag() ? key : key + "=" + value;
		}
	}

	private final List<Option> options;
	private final String problem;

	private MacroOptionList(final List<Option> options, final String problem) {
		this.options = Collections.unmodifiableList(options);
		this.problem = problem;
	}

	public static MacroOptionList parse(final String text) {
		final List<Option> options = new ArrayList<>();
		final String s = text == null ? "" : text;
		int i = 0;
		boolean plain = false;
		while (true) {
			while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
			if (i >= s.length()) return new MacroOptionList(options, null);
			final int start = i;
			while (i < s.length() && s.charAt(i) != '=' && !Character.isWhitespace(s.charAt(i))) i++;
			final String key = s.substring(start, i);
			if (i >= s.length() || s.charAt(i) != '=') {
				options.add(new Option(key, null, plain));
				continue;
			}
			i++; // '='
			if (i < s.length() && s.charAt(i) == '[') {
				final int close = closingBracket(s, i);
				if (close < 0) return new MacroOptionList(options, key + "=" + s.substring(i) +
					" has no closing ']'");
				options.add(new Option(key, s.substring(i + 1, close), false));
				i = close + 1;
				plain = false;
			}
			else if (i < s.length() && s.charAt(i) == '\'') {
				final int close = s.indexOf('\'', i + 1);
				if (close < 0) return new MacroOptionList(options, key + "=" + s.substring(i) +
					" has no closing quote");
				options.add(new Option(key, s.substring(i + 1, close), false));
				i = close + 1;
				plain = false;
			}
			else {
				final int end = nextSpace(s, i);
				options.add(new Option(key, s.substring(i, end), false));
				i = end;
				plain = true;
			}
		}
	}

	private static int closingBracket(final String s, final int open) {
		int depth = 0;
		for (int i = open; i < s.length(); i++) {
			if (s.charAt(i) == '[') depth++;
			else if (s.charAt(i) == ']' && --depth == 0) return i;
		}
		return -1;
	}

	private static int nextSpace(final String s, final int from) {
		int i = from;
		while (i < s.length() && !Character.isWhitespace(s.charAt(i))) i++;
		return i;
	}

	public List<Option> options() {
		return options;
	}

	/** A problem with the string as a whole (an unclosed bracket), or null. */
	public String problem() {
		return problem;
	}

	public Option find(final String key) {
		for (final Option option : options) {
			if (option.key.equals(key)) return option;
		}
		return null;
	}
}
