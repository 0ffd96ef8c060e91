package org.alsstress.blot.sim;

import java.util.Locale;

import org.alsstress.model.UserInputException;

/** The kinds of imager export the validation reports apart. */
public enum ExportClass {
	/** Chemiluminescence or fluorescence, 16-bit, little tilt and few artefacts. */
	CLEAN_16BIT,
	/** 16-bit with tilt, registration offsets, bubbles, dust, cut strips, steep exposure gradients. */
	HARD_16BIT,
	/** Scanned X-ray film. */
	FILM,
	/** The DNA-gel look: ladders with many bands, light on dark, 8-bit. */
	DNA_GEL;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ExportClass fromKey(String key) {
		for (ExportClass c : values())
			if (c.key().equalsIgnoreCase(key.trim())) return c;
		throw new UserInputException("Unknown blot class '" + key + "': use clean_16bit, hard_16bit, film or dna_gel.");
	}
}
