package org.alsstress.granules;

import java.util.Collections;
import java.util.List;

import org.alsstress.model.SampleInfo;

/** The readout of one image (or one series of a file) without its pixels, or why it failed. */
public final class ImageResult {

	/** As shown in tables: the file name, with {@code [series]} for multi-series files. */
	public final String image;
	public final String fileName;
	public final String series;
	/** Condition and replicate from the sample sheet, or null. */
	public final SampleInfo sample;
	public final double pixelSizeUm;
	public final FieldAnalysis analysis;
	/** Empty when the analysis ran; otherwise what went wrong. */
	public final String failure;

	private ImageResult(String image, String fileName, String series, SampleInfo sample, double pixelSizeUm,
		FieldAnalysis analysis, String failure)
	{
		this.image = image;
		this.fileName = fileName;
		this.series = series == null ? "" : series;
		this.sample = sample;
		this.pixelSizeUm = pixelSizeUm;
		this.analysis = analysis;
		this.failure = failure;
	}

	public static ImageResult analysed(String image, String fileName, String series, SampleInfo sample,
		double pixelSizeUm, FieldAnalysis analysis)
	{
		return new ImageResult(image, fileName, series, sample, pixelSizeUm, analysis.withoutPixels(), "");
	}

	public static ImageResult failed(String image, String fileName, String series, SampleInfo sample, String why) {
		return new ImageResult(image, fileName, series, sample, Double.NaN, null, why);
	}

	public boolean ok() {
		return failure.isEmpty();
	}

	public String condition() {
		return sample == null ? "" : sample.group();
	}

	public String replicate() {
		return sample == null ? "" : sample.replicate();
	}

	public List<Granule> granules() {
		return analysis == null ? Collections.emptyList() : analysis.granules.granules;
	}
}
