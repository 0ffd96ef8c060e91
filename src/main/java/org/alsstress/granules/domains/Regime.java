package org.alsstress.granules.domains;

import static org.alsstress.granules.domains.Draw.integer;
import static org.alsstress.granules.domains.Draw.logUniform;
import static org.alsstress.granules.domains.Draw.uniform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.alsstress.model.UserInputException;

/**
 * Named families of fields. TUNING regimes are the only ones detection may be tuned on; HELD_OUT regimes
 * each carry an assumption no tuning regime ever shows and are reported apart:
 * <ul>
 * <li>the EMCCD noise model (tuning sees sCMOS and confocal PMT only);</li>
 * <li>pixel sizes below 0.09 um and above 0.17 um (tuning draws 0.09-0.17 um);</li>
 * <li>the irregular granule profile (tuning sees Gaussian, flat-topped and elongated granules);</li>
 * <li>8-bit data (tuning sees 12- and 16-bit);</li>
 * <li>strong haze (above 0.35) and vignetting above 0.3 (tuning stays below both).</li>
 * </ul>
 * FIXTURE regimes are fixed recipes for benchmarks, not scored.
 */
public enum Regime {
	ARSENITE(Use.TUNING, "arsenite-stressed cells, 1-30 granules each, sCMOS or PMT, 12/16-bit", r -> tuning(r)),
	DIM(Use.TUNING, "as arsenite, but only 20-60 photons per pixel in a middle cell's cytoplasm", r -> {
		FieldRecipe f = tuning(r);
		dim(r, f);
		return f;
	}),
	DENSE(Use.TUNING, "31-100 granules in each stressed cell, half with perinuclear clusters", r -> {
		FieldRecipe f = tuning(r);
		f.granulesMin = 31;
		f.granulesMax = 100;
		f.clusterFraction = 0.5;
		f.cellRadiusMinUm = 13;
		f.cellRadiusMaxUm = 20;
		f.granuleDiameterMaxUm = 1.2;
		return f;
	}),
	PERINUCLEAR(Use.TUNING, "every stressed cell has a cluster of 5-30 touching granules at its nucleus", r -> {
		FieldRecipe f = tuning(r);
		f.clusterFraction = 1;
		f.clusterMin = 5;
		f.clusterMax = 30;
		f.granulesMin = 0;
		f.granulesMax = 10;
		return f;
	}),
	LOW_CONTRAST(Use.TUNING, "every granule 1.3-2 times its surroundings", r -> {
		FieldRecipe f = tuning(r);
		f.lowContrastShare = 1;
		return f;
	}),
	CONTROL(Use.TUNING, "unstressed cells, no granules; fibres, speckle and mottling in the cytoplasm", r -> {
		FieldRecipe f = tuning(r);
		f.stressedFraction = 0;
		f.fibres = uniform(r, 0.05, 0.25);
		f.speckle = uniform(r, 0.03, 0.08);
		f.mottling = uniform(r, 0.05, 0.15);
		return f;
	}),
	APOPTOTIC(Use.TUNING, "30 % apoptotic cells: condensed or fragmented nuclei, cleaved caspase-3", r -> {
		FieldRecipe f = tuning(r);
		f.apoptoticFraction = 0.3;
		return f;
	}),
	DEBRIS(Use.TUNING, "15-40 dust specks per field, brighter and sharper than any granule", r -> {
		FieldRecipe f = tuning(r);
		f.debrisMin = 15;
		f.debrisMax = 40;
		return f;
	}),
	CONFOCAL(Use.TUNING, "confocal PMT detector (few photons, gain noise, line noise), 12/16-bit", r -> tuning(r,
		NoiseModel.CONFOCAL_PMT)),
	MIXED_TUNING(Use.TUNING, "every tuning assumption drawn at random, 0-100 granules per cell", r -> {
		FieldRecipe f = tuning(r);
		mix(r, f);
		return f;
	}),

	EMCCD(Use.HELD_OUT, "EMCCD camera (excess noise factor sqrt 2), otherwise arsenite", r -> tuning(r,
		NoiseModel.EMCCD)),
	SMALL_PIXELS(Use.HELD_OUT, "0.065-0.09 um pixels (1536 x 1536)", r -> {
		FieldRecipe f = tuning(r);
		f.pixelUm = uniform(r, 0.065, 0.09);
		f.width = f.height = 1536;
		return f;
	}),
	LARGE_PIXELS(Use.HELD_OUT, "0.17-0.2 um pixels", r -> {
		FieldRecipe f = tuning(r);
		f.pixelUm = uniform(r, 0.17, 0.2);
		return f;
	}),
	IRREGULAR(Use.HELD_OUT, "irregular, lobed granules only", r -> {
		FieldRecipe f = tuning(r);
		f.profileWeights = new double[] { 0, 0, 1, 0 };
		return f;
	}),
	EIGHT_BIT(Use.HELD_OUT, "8-bit data (camera or PMT), the brightest granules often clipped", r -> {
		FieldRecipe f = tuning(r);
		eightBit(r, f);
		return f;
	}),
	HAZY(Use.HELD_OUT, "strong out-of-focus haze (0.4-1.2) and vignetting (0.3-0.6)", r -> {
		FieldRecipe f = tuning(r);
		f.haze = uniform(r, 0.4, 1.2);
		f.hazeSigmaUm = uniform(r, 2, 8);
		f.vignetting = uniform(r, 0.3, 0.6);
		return f;
	}),
	CONTROL_HELD_OUT(Use.HELD_OUT, "unstressed cells under held-out conditions (EMCCD, 8-bit, haze, odd pixels)", r -> {
		FieldRecipe f = heldOut(r);
		f.stressedFraction = 0;
		f.fibres = uniform(r, 0.05, 0.25);
		f.speckle = uniform(r, 0.03, 0.08);
		return f;
	}),
	MIXED_HELD_OUT(Use.HELD_OUT, "every assumption drawn over its full range, at least one held out", r -> {
		FieldRecipe f = heldOut(r);
		mix(r, f);
		return f;
	}),

	BUSY_ARSENITE(Use.FIXTURE, "benchmark fixture: about 40 cells and 470 granules, 0.13 um/px, sCMOS 16-bit", r -> {
		FieldRecipe f = new FieldRecipe();
		f.confluence = 0.95;
		f.cellRadiusMinUm = 10;
		f.cellRadiusMaxUm = 15;
		f.nucleusRadiusMinUm = 4;
		f.nucleusRadiusMaxUm = 6;
		f.stressedFraction = 1;
		f.granulesMin = 3;
		f.granulesMax = 17;
		f.clusterFraction = 0.1;
		f.apoptoticFraction = 0.03;
		return f;
	});

	public enum Use {
		TUNING, HELD_OUT, FIXTURE;

		public String key() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	interface Sampler {
		FieldRecipe draw(SplittableRandom random);
	}

	public final Use use;
	public final String description;
	private final Sampler sampler;

	Regime(Use use, String description, Sampler sampler) {
		this.use = use;
		this.description = description;
		this.sampler = sampler;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The recipe of field {@code index} of this regime for a run seed: same arguments, same recipe. */
	public FieldRecipe recipe(long seed, int index) {
		return sampler.draw(new SplittableRandom(seed * 0x9E3779B97F4A7C15L + ordinal() * 1_000_003L + index));
	}

	public static List<Regime> of(Use use) {
		List<Regime> list = new ArrayList<>();
		for (Regime r : values())
			if (r.use == use) list.add(r);
		return list;
	}

	public static Regime parse(String text) {
		String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
		for (Regime r : values())
			if (r.key().equals(wanted)) return r;
		List<String> keys = new ArrayList<>();
		for (Regime r : values())
			keys.add(r.key());
		throw new UserInputException("Unknown regime '" + text + "': use one of " + String.join(", ", keys) + ".");
	}

	// ---- the ranges --------------------------------------------------------------------------

	/** The tuning ranges: what detection may be tuned on. */
	static FieldRecipe tuning(SplittableRandom r) {
		return tuning(r, r.nextDouble() < 0.75 ? NoiseModel.SCMOS : NoiseModel.CONFOCAL_PMT);
	}

	/** The tuning ranges with the given detector (photon counts as that detector typically sees them). */
	static FieldRecipe tuning(SplittableRandom r, NoiseModel noise) {
		FieldRecipe f = new FieldRecipe();
		f.pixelUm = uniform(r, 0.09, 0.17);
		f.psfSigmaUm = uniform(r, 0.08, 0.17);
		f.noise = noise;
		f.bitDepth = r.nextBoolean() ? 16 : 12;
		f.fillFraction = uniform(r, 0.3, 0.85);
		// photons per pixel in a middle cell's cytoplasm, as each detector typically collects them
		f.diffusePhotons = noise == NoiseModel.SCMOS ? logUniform(r, 120, 1200) : logUniform(r, 25, 200);
		f.nucleusPhotons = f.diffusePhotons * logUniform(r, 1.5, 6);
		f.cellMarkerPhotons = f.diffusePhotons * logUniform(r, 0.3, 1.5);
		f.caspasePhotons = f.diffusePhotons * logUniform(r, 0.03, 0.15);
		f.expressionFold = uniform(r, 3, 10);
		f.nuclearMarker = uniform(r, 0.15, 0.6);
		f.background = uniform(r, 0.02, 0.15);
		f.confluence = uniform(r, 0.55, 1.1);
		f.nucleusRadiusMinUm = uniform(r, 3.5, 5);
		f.nucleusRadiusMaxUm = f.nucleusRadiusMinUm + uniform(r, 1, 3);
		f.cellRadiusMinUm = f.nucleusRadiusMaxUm + uniform(r, 3, 6);
		f.cellRadiusMaxUm = f.cellRadiusMinUm + uniform(r, 2, 6);
		f.cellAspectMax = uniform(r, 1.1, 2.5);
		f.chromocentres = r.nextDouble() < 0.4;
		f.stressedFraction = uniform(r, 0.6, 1);
		f.granulesMin = 1;
		f.granulesMax = integer(r, 10, 30);
		f.clusterFraction = uniform(r, 0, 0.3);
		f.contrastMax = uniform(r, 4, 10);
		f.lowContrastShare = uniform(r, 0.25, 0.5);
		f.profileWeights = new double[] { r.nextDouble(), r.nextDouble(), 0, r.nextDouble() * 0.5 };
		f.granuleDiameterMinUm = 0.3;
		f.granuleDiameterMaxUm = uniform(r, 1.2, 2.2);
		f.fragmentedFraction = 0.3;
		f.debrisMin = 0;
		f.debrisMax = 3;
		f.haze = uniform(r, 0, 0.35);
		f.hazeSigmaUm = uniform(r, 2, 8);
		f.vignetting = uniform(r, 0, 0.3);
		f.fibres = uniform(r, 0, 0.15);
		f.speckle = uniform(r, 0.02, 0.06);
		f.mottling = uniform(r, 0.03, 0.12);
		return f;
	}

	/** Full ranges, with at least one held-out assumption always present. */
	static FieldRecipe heldOut(SplittableRandom r) {
		FieldRecipe f = tuning(r, Draw.oneOf(r, NoiseModel.values()));
		f.bitDepth = Draw.oneOf(r, new Integer[] { 8, 12, 16 });
		f.pixelUm = uniform(r, 0.065, 0.2);
		f.profileWeights = new double[] { r.nextDouble(), r.nextDouble(), r.nextDouble(), r.nextDouble() * 0.5 };
		f.haze = uniform(r, 0, 1.2);
		f.vignetting = uniform(r, 0, 0.6);
		boolean heldOut = f.noise == NoiseModel.EMCCD || f.bitDepth == 8 || f.pixelUm < 0.09 || f.pixelUm > 0.17 ||
			f.haze > 0.35 || f.vignetting > 0.3;
		if (!heldOut || f.bitDepth == 8) eightBit(r, f);
		if (f.pixelUm < 0.09) f.width = f.height = 1536;
		return f;
	}

	/** Densities, stress and artefacts drawn over their whole ranges. */
	private static void mix(SplittableRandom r, FieldRecipe f) {
		if (r.nextDouble() < 0.3) dim(r, f);
		f.stressedFraction = uniform(r, 0, 1);
		f.granulesMin = integer(r, 0, 30);
		f.granulesMax = Math.min(100, f.granulesMin + integer(r, 5, 70));
		if (f.granulesMax > 40) {
			f.cellRadiusMinUm += 3;
			f.cellRadiusMaxUm += 3;
			f.granuleDiameterMaxUm = Math.min(f.granuleDiameterMaxUm, 1.4);
		}
		f.clusterFraction = uniform(r, 0, 0.8);
		f.clusterMax = integer(r, 5, 30);
		f.lowContrastShare = uniform(r, 0.2, 0.8);
		f.apoptoticFraction = uniform(r, 0, 0.3);
		f.debrisMax = integer(r, 0, 25);
	}

	/** 8-bit data exposed as they usually are: the gain set for granules 1-3 times dimmer than the brightest. */
	private static void eightBit(SplittableRandom r, FieldRecipe f) {
		f.bitDepth = 8;
		f.granuleOverexposure = uniform(r, 1, 3);
	}

	/** 20-60 photons per pixel in a middle cell's cytoplasm, whatever the detector. */
	private static void dim(SplittableRandom r, FieldRecipe f) {
		scalePhotons(f, logUniform(r, 20, 60) / f.diffusePhotons);
	}

	private static void scalePhotons(FieldRecipe f, double factor) {
		f.diffusePhotons *= factor;
		f.nucleusPhotons *= factor;
		f.cellMarkerPhotons *= factor;
		f.caspasePhotons *= factor;
	}
}
