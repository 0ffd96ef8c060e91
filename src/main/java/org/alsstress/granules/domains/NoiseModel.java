package org.alsstress.granules.domains;

import java.util.Locale;

/** How the detector turns photons into numbers. */
public enum NoiseModel {
	/** sCMOS camera: per-pixel offset, gain and read-noise maps (a few noisy pixels), Poisson shot noise. */
	SCMOS,
	/** EMCCD camera: gamma-distributed electron-multiplying gain (excess noise factor sqrt 2), clock-induced charge. */
	EMCCD,
	/** Confocal photomultiplier: few photons, multiplicative gain noise, dark counts, line-to-line noise, integers. */
	CONFOCAL_PMT;

	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
