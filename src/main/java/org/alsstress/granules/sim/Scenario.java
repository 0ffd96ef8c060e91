package org.alsstress.granules.sim;

import java.util.Locale;

import org.alsstress.model.UserInputException;

/** The kinds of field the simulator draws. */
public enum Scenario {
	/** Unstressed cells: diffuse, textured granule marker and no granules. */
	CONTROL,
	/** Arsenite-stressed cells: most cells carry 3-20 granules, some faint, some touching. */
	ARSENITE,
	/** As arsenite, but the whole field 5-10 times dimmer (low signal-to-noise). */
	DIM,
	/** As arsenite, with many more, smaller, touching cells and some touching nuclei. */
	DENSE,
	/** As arsenite, with about 30 % apoptotic cells (condensed nucleus, strong cleaved caspase-3). */
	APOPTOTIC;

	/** The lower-case name used in files and parameters, e.g. "arsenite". */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean stressed() {
		return this != CONTROL;
	}

	public static Scenario parse(String text) {
		for (Scenario s : values())
			if (s.key().equalsIgnoreCase(text == null ? "" : text.trim())) return s;
		throw new UserInputException("Unknown scenario '" + text +
			"': use control, arsenite, dim, dense or apoptotic.");
	}
}
