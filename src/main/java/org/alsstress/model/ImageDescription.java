package org.alsstress.model;

import java.util.Collections;
import java.util.List;

/**
 * What an analysed image was, as the file described it: dimensions, bit
 * depth, pixel size and channel names. Recorded in provenance so that a
 * result can be traced to the calibration it was computed with.
 */
public final class ImageDescription {

	public final String name;
	public final String series;
	public final int width;
	public final int height;
	public final int channels;
	public final int slices;
	public final int frames;
	public final int bitDepth;
	/** Pixel width and height in {@link #unit}; 1 and "pixel" when the file has no calibration. */
	public final double pixelWidth;
	public final double pixelHeight;
	public final String unit;
	/** One name per channel; empty strings where the file names none. */
	public final List<String> channelNames;

	public ImageDescription(String name, String series, int[] dimensions, int bitDepth,
		double pixelWidth, double pixelHeight, String unit, List<String> channelNames)
	{
		this.name = name;
		this.series = series;
		this.width = dimensions[0];
		this.height = dimensions[1];
		this.channels = dimensions[2];
		this.slices = dimensions[3];
		this.frames = dimensions[4];
		this.bitDepth = bitDepth;
		this.pixelWidth = pixelWidth;
		this.pixelHeight = pixelHeight;
		this.unit = unit;
		this.channelNames = Collections.unmodifiableList(channelNames);
	}

	public boolean calibrated() {
		return !unit.isEmpty() && !unit.equals("pixel") && !unit.equals("pixels");
	}
}
