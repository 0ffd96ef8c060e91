package org.alsstress.blot.sim;

/** How one image of a triple was taken: where the membrane lies in the frame, exposure, artefacts, noise. */
public final class Shot {
	public Placement placement;
	public int width, height;
	/** Peak height of the brightest sample band above the membrane background, in exposure units. */
	public double peak;
	/** Membrane background (glow, autofluorescence, stain) in exposure units. */
	public double membrane_background;
	/** Level of the frame around the membrane: imager darkness, scanner bed, gel-doc background. */
	public double frame_level;
	/** Extra signal along the membrane's edge, relative to its background (substrate pooling at the edges). */
	public double edge_glow;
	/** Multiplicative exposure gradient across the membrane: along u, along v and radial. */
	public double gradient_u, gradient_v, gradient_radial;
	/** Noise: read noise and the relative noise of the brightest band (1/SNR), both in exposure units. */
	public double read_noise, peak_noise;
	public int bubbles, blotches;
	/** Dust specks per 100 000 pixels of the frame. */
	public double dust_density;
	public double hot_pixel_fraction;
	/** Pre-stained marker bands show in this image at this relative strength (0: invisible). */
	public double marker_visibility;
	/** 16-bit: the detector's top value (4095, 16383 or 65535); 8-bit: 255. */
	public double detector_max;
	/** 16-bit export written inverted (dark bands on light). */
	public boolean inverted;
	/** Film: fog density, maximum density, exposure at which density saturates, scanner gamma. Gel: gamma. */
	public double fog, dmax, density_scale, gamma = 1;
	/** Film grain: relative density noise; and the scanner's own noise (standard deviation, 8-bit levels). */
	public double grain, scanner_noise;
	/** Written as an RGB image with equal channels (a grey scan saved in colour). */
	public boolean rgb;
	public String extension = "tif";
	/** Seed of this image's own randomness (artefacts and noise). */
	public long seed;
}
