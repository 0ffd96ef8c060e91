package org.alsstress.granules.domains;

import java.util.Locale;

/** Intrinsic granule shapes, before the microscope's blur. */
public enum GranuleProfile {
	/** Gaussian intensity, full width at half maximum = the diameter. */
	GAUSSIAN,
	/** A uniformly bright disc with a sharp rim. */
	FLAT_TOPPED,
	/** Two to four overlapping lobes of uneven brightness with a wavy outline. */
	IRREGULAR,
	/** A rod or ellipse 1.8-3 times longer than wide, flat or Gaussian. */
	ELONGATED;

	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
