package org.alsstress.blot.sim;

import java.util.Locale;

/** How an imager records and exports the light of a blot or gel. */
public enum ExportStyle {
	/** CCD chemiluminescence imager (ChemiDoc, iBright, Amersham, Azure): 16-bit, dark frame, few photons. */
	CHEMILUMINESCENCE(16),
	/** Near-infrared fluorescence scanner (LI-COR Odyssey-like): 16-bit, near-black bed, wide dynamic range. */
	FLUORESCENCE(16),
	/** X-ray film scanned on a flatbed: 8-bit, dark bands on light, non-linear density, grain. */
	FILM(8),
	/** Stained DNA gel on a transilluminator: 8-bit, light bands on dark, gel tray and wells in the frame. */
	DNA_GEL(8);

	public final int bits;

	ExportStyle(int bits) {
		this.bits = bits;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public double fullScale() {
		return bits == 8 ? 255 : 65535;
	}
}
