package org.alsstress.model;

/** One value of one metric of one object: a row of the tidy measurements table. */
public final class Measurement {

	private final MeasuredObject object;
	private final String metric;
	private final double value;
	private final String unit;

	public Measurement(MeasuredObject object, String metric, double value, String unit) {
		if (object == null) throw new IllegalArgumentException("object is null");
		if (metric == null || metric.isEmpty()) throw new IllegalArgumentException("metric is empty");
		this.object = object;
		this.metric = metric;
		this.value = value;
		this.unit = unit == null ? "" : unit;
	}

	public MeasuredObject object() { return object; }
	public String metric() { return metric; }
	public double value() { return value; }
	public String unit() { return unit; }

	@Override
	public String toString() {
		return object + " " + metric + "=" + value + (unit.isEmpty() ? "" : " " + unit);
	}
}
