package org.alsstress.granules.validation;

import ij.ImagePlus;
import ij.measure.Measurements;
import ij.measure.ResultsTable;
import ij.plugin.filter.BackgroundSubtracter;
import ij.plugin.filter.MaximumFinder;
import ij.plugin.filter.ParticleAnalyzer;
import ij.process.AutoThresholder;
import ij.process.ImageProcessor;
import ij.process.ImageStatistics;

import java.awt.Polygon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The granule count labs get from plain ImageJ 1.x, for comparison: Subtract Background (rolling
 * ball), a per-image automatic threshold, Analyze Particles with the granule size range, and Find
 * Maxima with a prominence from the image's own statistics to split particles holding several
 * maxima. Returns granule centres; knows nothing about cells. The defaults (rolling ball 1.5 um,
 * Otsu, prominence 2 SD) gave the best F1 on simulated arsenite fields among the usual choices
 * (Otsu, Default, Triangle, Li, Huang, MaxEntropy, Yen; rolling ball 1-3 um).
 */
public final class FindMaximaBaseline {
	private final double pixelUm;
	private double minDiameterUm = 0.3, maxDiameterUm = 3.0;
	private double rollingBallUm = 1.5;
	private AutoThresholder.Method threshold = AutoThresholder.Method.Otsu;
	private double prominenceInSd = 2.0;

	public FindMaximaBaseline(double pixelUm) {
		this.pixelUm = pixelUm;
	}

	/** The automatic threshold method (ImageJ's names, e.g. "Otsu", "Default", "Triangle"). */
	public FindMaximaBaseline threshold(String method) {
		this.threshold = AutoThresholder.Method.valueOf(method);
		return this;
	}

	/** Find Maxima prominence in standard deviations of the background-subtracted image. */
	public FindMaximaBaseline prominence(double standardDeviations) {
		this.prominenceInSd = standardDeviations;
		return this;
	}

	public FindMaximaBaseline rollingBall(double radiusUm) {
		this.rollingBallUm = radiusUm;
		return this;
	}

	/** Granule centres {x, y} in ImageJ coordinates (pixel centres at i + 0.5). */
	public double[][] detect(ImageProcessor granuleChannel) {
		ImageProcessor ip = granuleChannel.convertToFloat().duplicate();
		new BackgroundSubtracter().rollingBallBackground(ip, rollingBallUm / pixelUm, false, false, false, true, true);
		ip.resetMinAndMax();
		ip.setAutoThreshold(threshold, true, ImageProcessor.NO_LUT_UPDATE);
		ResultsTable rt = new ResultsTable();
		double minArea = Math.PI / 4 * Math.pow(minDiameterUm / pixelUm, 2);
		double maxArea = Math.PI / 4 * Math.pow(maxDiameterUm / pixelUm, 2);
		ParticleAnalyzer analyzer = new ParticleAnalyzer(ParticleAnalyzer.SHOW_ROI_MASKS, Measurements.CENTROID, rt,
			minArea, maxArea);
		analyzer.setHideOutputImage(true);
		analyzer.analyze(new ImagePlus("granules", ip), ip);
		ImageProcessor particles = analyzer.getOutputImage().getProcessor();

		ImageStatistics stats = ip.getStats();
		Polygon maxima = new MaximumFinder().getMaxima(ip, prominenceInSd * stats.stdDev, true, false);
		Map<Integer, List<double[]>> maximaPerParticle = new HashMap<>();
		for (int k = 0; k < maxima.npoints; k++) {
			int label = particles.get(maxima.xpoints[k], maxima.ypoints[k]);
			if (label > 0) maximaPerParticle.computeIfAbsent(label, l -> new ArrayList<>()).add(new double[] {
				maxima.xpoints[k] + 0.5, maxima.ypoints[k] + 0.5});
		}
		List<double[]> centres = new ArrayList<>();
		for (int r = 0; r < rt.size(); r++) {
			List<double[]> inside = maximaPerParticle.get(r + 1);
			if (inside != null && inside.size() > 1) centres.addAll(inside);
			else centres.add(new double[] {rt.getValue("X", r), rt.getValue("Y", r)});
		}
		return centres.toArray(new double[0][]);
	}
}
