package org.alsstress.blot;

import java.util.Locale;

import org.alsstress.model.UserInputException;

/** Ways to estimate the background under a band; every one is reported, one is chosen as "volume". */
public enum BackgroundMethod {
	/** Straight baseline between the lane-profile valleys that bound the band. */
	VALLEY,
	/** ImageJ's rolling ball (BackgroundSubtracter) on the image around the bands. */
	ROLLING_BALL,
	/** Median of the pixels in a border just above and below the band box, inside the lane. */
	BORDER_MEDIAN,
	/** No background: raw integrated signal (shows how much the choice matters). */
	NONE;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The bands.csv column holding this method's volume. */
	public String column() {
		return "volume_" + key();
	}

	public static BackgroundMethod fromKey(String key) {
		String k = key.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		if (k.equals("valley_to_valley")) return VALLEY;
		if (k.equals("median_border") || k.equals("border")) return BORDER_MEDIAN;
		for (BackgroundMethod m : values())
			if (m.key().equals(k)) return m;
		throw new UserInputException("Unknown background method '" + key
			+ "': use valley, rolling_ball, border_median or none.");
	}
}
