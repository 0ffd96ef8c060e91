package org.alsstress.blot;

/**
 * Settings of a simulated blot triple (target, reference and loading images of the same lanes).
 * Public fields with sensible defaults; presets for the validation scenarios.
 */
public class BlotSimulation {
	public long seed = 1;
	public int width = 800;
	public int height = 400;
	public int sample_lanes = 10;
	/** A molecular-weight ladder as the first lane (not a sample lane). */
	public boolean ladder = false;
	/** 8-bit film scan: dark bands on a light background, 8-bit quantisation and grain. */
	public boolean film = false;
	/** A 16-bit imager export with dark bands on light (inverted display saved as data). */
	public boolean inverted_export = false;
	/** Peak-to-peak vertical bow of the bands across the blot, pixels (gel smile). */
	public double smile = 6;
	/** Vertical rise of the bands from left to right edge, pixels. */
	public double tilt = 0;
	/**
	 * Lanes running at an angle (a skewed run): every lane moves this many pixels right per row
	 * down the image; lane centres are given at mid-height.
	 */
	public double lane_skew = 0;
	/** Random vertical offset of each lane's bands, up to this many pixels. */
	public double drift = 4;
	/** Relative jitter of lane spacing and of lane width. */
	public double spacing_jitter = 0.08;
	public double width_jitter = 0.08;
	/** Number and relative amplitude (of the background level) of large background blotches. */
	public int blotches = 4;
	public double blotch_amplitude = 0.15;
	/** Background gradient across the image, relative to the background level. */
	public double gradient = 0.2;
	/** Read noise as a fraction of the background level. */
	public double noise = 0.03;
	/** Each image of the triple is shifted by up to this many pixels in x and y. */
	public double misalignment = 0;
	/** Bands brighter at the lane sides than in the middle, by this fraction (as on many real gels). */
	public double dumbbell = 0.15;
	/** A weaker unspecific band below the target band in every lane (relative amplitude, 0 = none). */
	public double unspecific_band = 0;
	/** Sample lanes (1-based) with no protein at all. */
	public int[] empty_lanes = {};
	/** Sample lanes (1-based) whose target and reference bands are overexposed. */
	public int[] saturated_lanes = {};
	/** Amount loaded per sample lane (µg) for a dilution series, or null for a two-group experiment. */
	public double[] amounts_ug = null;
	/** Above this amount the simulated signal stops being proportional (dilution series only). */
	public double linear_limit_ug = 20;
	/** Mean pTBK1/TBK1 volume ratio in the control group and the fold change in the ALS group. */
	public double control_ratio = 0.6;
	public double fold_change = 2.0;
	/** Biological variation of the ratio between lanes of one group (relative SD). */
	public double ratio_variation = 0.15;

	public static BlotSimulation clean16Bit(long seed) {
		BlotSimulation s = new BlotSimulation();
		s.seed = seed;
		return s;
	}

	/** Tilted, misaligned, blotchy and noisier, with an unspecific band under the target. */
	public static BlotSimulation hard16Bit(long seed) {
		BlotSimulation s = clean16Bit(seed);
		s.tilt = 24;
		s.smile = 14;
		s.drift = 8;
		s.misalignment = 12;
		s.blotches = 10;
		s.blotch_amplitude = 0.5;
		s.gradient = 0.5;
		s.noise = 0.04;
		s.spacing_jitter = 0.12;
		s.width_jitter = 0.12;
		s.unspecific_band = 0.3;
		s.dumbbell = 0.5;
		return s;
	}

	public static BlotSimulation film8Bit(long seed) {
		BlotSimulation s = clean16Bit(seed);
		s.film = true;
		return s;
	}

	public int totalLanes() {
		return sample_lanes + (ladder ? 1 : 0);
	}

	public double fullScale() {
		return film ? 255 : 65535;
	}

	/** Background level in band-bright signal units. */
	public double backgroundLevel() {
		return film ? 40 : 2000;
	}

	/** Peak height of an average reference band above the background, signal units. */
	public double typicalPeak() {
		return film ? 55 : 16000;
	}

	boolean isEmpty(int lane) {
		return contains(empty_lanes, lane);
	}

	boolean isSaturated(int lane) {
		return contains(saturated_lanes, lane);
	}

	private static boolean contains(int[] values, int v) {
		for (int x : values)
			if (x == v) return true;
		return false;
	}
}
