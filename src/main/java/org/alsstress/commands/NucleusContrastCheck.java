package org.alsstress.commands;

import java.util.Locale;
import java.util.Optional;

import ij.process.FloatProcessor;

import org.alsstress.imaging.LabelImage;
import org.alsstress.imaging.ObjectContrast;

/**
 * A plausibility check of an analysed field, outside the detectors: the nuclei found must stand out of the nuclei
 * channel ({@link ObjectContrast}). Stained nuclei stood 2.9 to 70 noise units above their surroundings in the real
 * fields tried (an 8-bit P-body DAPI rendering 2.9, U2OS DAPI 5.2 and 7.0, the 2018 Data Science Bowl crop 5.5,
 * CellProfiler's Hoechst field 70) and 50 to 175 in simulated ones; blobs found in fields of pure noise (uniform,
 * Gaussian, exponential; 8, 16 and 32 bit; 256 to 1024 pixels wide; 0.065 to 0.3 um pixels) stood at most 0.6.
 * Below {@value #MIN_CONTRAST} the field's numbers are not to be trusted, and the run says so (it still completes:
 * a warning, not a refusal).
 */
final class NucleusContrastCheck {

	static final double MIN_CONTRAST = 1.5;

	private NucleusContrastCheck() {}

	/** Why the nuclei found in the field are implausible; empty when they stand out (or contrast is undefined). */
	static Optional<String> check(FloatProcessor nucleiChannel, LabelImage nuclei, int count, int channel) {
		double contrast = ObjectContrast.of(nucleiChannel, nuclei);
		if (!(contrast < MIN_CONTRAST)) return Optional.empty();
		return Optional.of(String.format(Locale.ROOT, "the %d nucle%s found stand only %.2f noise units above the rest " +
			"of the nuclei channel (%d), stained nuclei stand 3 or more: the image looks like noise, or that is not the " +
			"DNA stain. Check nuclei_channel and the image; its numbers are not reliable", count, count == 1 ? "us" : "i",
			contrast, channel));
	}
}
