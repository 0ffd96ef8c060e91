package org.alsstress.model;

import java.util.Objects;

/**
 * The thing a measurement describes: which assay measured it, in which image
 * (file name and series), what kind of object it is (lane, band, cell,
 * granule, image...) and its id, and the sample, group and replicate it
 * belongs to. Immutable; the {@code with...} methods return modified copies.
 */
public final class MeasuredObject {

	private final String assay;
	private final String image;
	private final String series;
	private final String kind;
	private final String id;
	private final String sample;
	private final String group;
	private final String replicate;

	private MeasuredObject(String assay, String image, String series, String kind, String id,
		String sample, String group, String replicate)
	{
		this.assay = nonNull(assay);
		this.image = nonNull(image);
		this.series = nonNull(series);
		this.kind = nonNull(kind);
		this.id = nonNull(id);
		this.sample = nonNull(sample);
		this.group = nonNull(group);
		this.replicate = nonNull(replicate);
	}

	public static MeasuredObject of(String assay, String image) {
		return new MeasuredObject(assay, image, "", "image", "", "", "", "");
	}

	public static MeasuredObject of(String assay, String image, String series, String kind,
		String id, String sample, String group, String replicate)
	{
		return new MeasuredObject(assay, image, series, kind, id, sample, group, replicate);
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

	public MeasuredObject withSeries(String value) {
		return new MeasuredObject(assay, image, value, kind, id, sample, group, replicate);
	}

	/** This object's kind and id, e.g. {@code object("lane", "3")}. */
	public MeasuredObject object(String objectKind, Object objectId) {
		return new MeasuredObject(assay, image, series, objectKind, String.valueOf(objectId), sample,
			group, replicate);
	}

	public MeasuredObject withSample(String value) {
		return new MeasuredObject(assay, image, series, kind, id, value, group, replicate);
	}

	public MeasuredObject withGroup(String value) {
		return new MeasuredObject(assay, image, series, kind, id, sample, value, replicate);
	}

	public MeasuredObject withReplicate(String value) {
		return new MeasuredObject(assay, image, series, kind, id, sample, group, value);
	}

	/** Sample, group and replicate from a sample sheet row. */
	public MeasuredObject withSampleInfo(SampleInfo info) {
		if (info == null) return this;
		return new MeasuredObject(assay, image, series, kind, id, info.sample(), info.group(),
			info.replicate());
	}

	public String assay() { return assay; }
	public String image() { return image; }
	public String series() { return series; }
	public String kind() { return kind; }
	public String id() { return id; }
	public String sample() { return sample; }
	public String group() { return group; }
	public String replicate() { return replicate; }

	/** Image name as shown to users: {@code file [series]} for multi-series files. */
	public String imageLabel() {
		return series.isEmpty() ? image : image + " [" + series + "]";
	}

	@Override
	public boolean equals(Object o) {
		if (!(o instanceof MeasuredObject)) return false;
		MeasuredObject m = (MeasuredObject) o;
		return assay.equals(m.assay) && image.equals(m.image) && series.equals(m.series) &&
			kind.equals(m.kind) && id.equals(m.id) && sample.equals(m.sample) && group.equals(
				m.group) && replicate.equals(m.replicate);
	}

	@Override
	public int hashCode() {
		return Objects.hash(assay, image, series, kind, id, sample, group, replicate);
	}

	@Override
	public String toString() {
		return assay + ":" + imageLabel() + ":" + kind + " " + id;
	}
}
