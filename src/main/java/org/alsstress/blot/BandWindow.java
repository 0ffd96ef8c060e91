package org.alsstress.blot;

import java.util.Locale;

import org.alsstress.model.UserInputException;

/** Rows in which to look for a band: "top-bottom" in pixels, or as fractions of the image height. */
public final class BandWindow {
	private final double top;
	private final double bottom;
	private final boolean fractions;

	private BandWindow(double top, double bottom, boolean fractions) {
		this.top = top;
		this.bottom = bottom;
		this.fractions = fractions;
	}

	public static BandWindow whole() {
		return new BandWindow(0, 1, true);
	}

	/** Parses "" (whole lane), "120-260" (pixel rows) or "0.2-0.45" (fractions of the height). */
	public static BandWindow parse(String text, String parameter) {
		if (text == null || text.trim().isEmpty()) return whole();
		String[] parts = text.trim().split("\\s*[-:,;]\\s*");
		try {
			if (parts.length == 2) {
				double a = Double.parseDouble(parts[0]), b = Double.parseDouble(parts[1]);
				boolean fractions = a <= 1 && b <= 1 && (parts[0].contains(".") || parts[1].contains("."));
				if (a >= 0 && b > a) return new BandWindow(a, b, fractions);
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw new UserInputException(parameter + " '" + text + "' is not a band window: give the top and "
			+ "bottom row as 'top-bottom', in pixels (e.g. 120-260) or as fractions of the image height "
			+ "(e.g. 0.20-0.45), or leave it empty to take the strongest band of the whole lane.");
	}

	public int top(int height) {
		return (int) Math.max(0, Math.min(height - 1, Math.floor(fractions ? top * (height - 1) : top)));
	}

	public int bottom(int height) {
		return (int) Math.max(0, Math.min(height - 1, Math.ceil(fractions ? bottom * (height - 1) : bottom)));
	}

	/** True when the window starts below the last row: nothing of it is inside the image. */
	public boolean outside(int height) {
		return !fractions && top > height - 1;
	}

	public boolean isWhole() {
		return fractions && top == 0 && bottom == 1;
	}

	@Override
	public String toString() {
		return isWhole() ? "" : String.format(Locale.ROOT, fractions ? "%.3f-%.3f" : "%.0f-%.0f", top, bottom);
	}
}
