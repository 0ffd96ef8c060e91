package org.alsstress.blot;

import java.util.Locale;

import org.alsstress.model.UserInputException;

/** How bands appear in the stored pixel values. */
public enum Polarity {
	AUTO, DARK_ON_LIGHT, LIGHT_ON_DARK;

	/** The macro-friendly name: auto, dark_on_light, light_on_dark. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Polarity fromKey(String key) {
		for (Polarity p : values())
			if (p.key().equalsIgnoreCase(key.trim().replace(' ', '_'))) return p;
		throw new UserInputException("Unknown polarity '" + key + "': use auto, dark_on_light or light_on_dark.");
	}
}
