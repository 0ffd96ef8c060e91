package org.alsstress.stats;

import org.alsstress.model.UserInputException;

/** Which family of tests compares groups against the control. */
public enum StatTest {

	/** Welch's t-test for two groups; ANOVA and Holm-corrected Welch tests vs control for more. */
	PARAMETRIC("Welch"),
	/** Mann-Whitney U vs control, Holm-corrected for more than two groups. */
	NONPARAMETRIC("Mann-Whitney");

	private final String label;

	StatTest(String label) {
		this.label = label;
	}

	/** The choice string used in commands, macros and the CLI. */
	public String label() {
		return label;
	}

	public static StatTest fromLabel(String text) {
		for (StatTest t : values())
			if (t.label.equalsIgnoreCase(text.trim()) || t.name().equalsIgnoreCase(text.trim()))
				return t;
		throw new UserInputException("Unknown test '" + text + "': choose Welch or Mann-Whitney.");
	}
}
