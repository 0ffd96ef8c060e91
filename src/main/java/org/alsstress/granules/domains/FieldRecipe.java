package org.alsstress.granules.domains;

import java.util.Arrays;
import java.util.Locale;

/**
 * Every assumption behind one generated field, drawn by a {@link Regime}: optics, detector, stain levels,
 * cells, granules, textures and artefacts. Lengths in micrometres, signal levels in photons per pixel.
 */
public final class FieldRecipe {
	public int width = 1024, height = 1024;
	public double pixelUm = 0.13;
	/** Standard deviation of the Gaussian point-spread function. */
	public double psfSigmaUm = 0.12;
	public NoiseModel noise = NoiseModel.SCMOS;
	/** 8, 12 (stored in a 16-bit container) or 16. */
	public int bitDepth = 16;
	/** Fraction of the range the brightest cell signal reaches when the gain is set for the bit depth. */
	public double fillFraction = 0.6;
	/**
	 * How far the exposure is pushed past the brightest granule: 1 puts that granule at the fill fraction;
	 * 2 sets the gain for a granule half as bright, so the brightest ones clip (common in 8-bit data).
	 */
	public double granuleOverexposure = 1;

	/** The granule marker's diffuse cytoplasm level of a middle cell; other channels relative to the same scale. */
	public double diffusePhotons = 400;
	public double nucleusPhotons = 1500, cellMarkerPhotons = 300, caspasePhotons = 30;
	/** Ratio of the brightest to the dimmest cell's diffuse granule-marker level. */
	public double expressionFold = 10;
	/** Granule marker inside the nucleus relative to the cytoplasm. */
	public double nuclearMarker = 0.35;
	/** Extracellular background relative to the middle cell's diffuse level. */
	public double background = 0.08;

	/** Fraction of the field the cells would cover if they did not overlap; sets the number of cells. */
	public double confluence = 0.7;
	public double nucleusRadiusMinUm = 4, nucleusRadiusMaxUm = 7;
	public double cellRadiusMinUm = 11, cellRadiusMaxUm = 20;
	/** Cells up to this length-to-width ratio. */
	public double cellAspectMax = 1.8;
	public boolean chromocentres = false;

	public double stressedFraction = 0.85;
	public int granulesMin = 1, granulesMax = 30;
	/** Fraction of stressed cells with a perinuclear cluster of touching granules, and its size. */
	public double clusterFraction = 0.2;
	public int clusterMin = 4, clusterMax = 15;
	/** Granule peak over the local diffuse level: a share drawn uniformly from [min, lowMax], the rest log-uniformly up to max. */
	public double contrastMin = 1.3, contrastLowMax = 2.0, contrastMax = 8, lowContrastShare = 0.4;
	/** Weights of the profiles, in {@link GranuleProfile} order. */
	public double[] profileWeights = { 1, 1, 0, 1 };
	public double granuleDiameterMinUm = 0.3, granuleDiameterMaxUm = 2.0;

	public double apoptoticFraction = 0.03;
	/** Fraction of apoptotic nuclei broken into fragments. */
	public double fragmentedFraction = 0.3;
	public int debrisMin = 0, debrisMax = 3;

	/** Out-of-focus light: a blurred copy of the in-focus signal at this strength. */
	public double haze = 0.1, hazeSigmaUm = 4;
	/** Brightness lost at the image corners. */
	public double vignetting = 0.15;
	/** Texture of the diffuse granule marker, relative to its level: fibres (peak), fine speckle and coarse mottling (SD). */
	public double fibres = 0.08, speckle = 0.05, mottling = 0.08;

	public double areaUm2() {
		return width * pixelUm * height * pixelUm;
	}

	public FieldRecipe copy() {
		FieldRecipe r = new FieldRecipe();
		for (java.lang.reflect.Field f : FieldRecipe.class.getFields())
			try {
				Object v = f.get(this);
				f.set(r, v instanceof double[] ? ((double[]) v).clone() : v);
			}
			catch (IllegalAccessException e) {
				throw new IllegalStateException(e);
			}
		return r;
	}

	/** One line per assumption, for the truth folder. */
	public String describe() {
		StringBuilder s = new StringBuilder();
		for (java.lang.reflect.Field f : FieldRecipe.class.getFields()) {
			if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) continue;
			try {
				Object v = f.get(this);
				String text = v instanceof double[] ? Arrays.toString((double[]) v) : v instanceof Double ? String
					.format(Locale.ROOT, "%.4g", (Double) v) : v instanceof NoiseModel ? ((NoiseModel) v).key() : String
						.valueOf(v);
				s.append(f.getName()).append(',').append(text.replace(',', ';')).append('\n');
			}
			catch (IllegalAccessException e) {
				throw new IllegalStateException(e);
			}
		}
		return s.toString();
	}
}
