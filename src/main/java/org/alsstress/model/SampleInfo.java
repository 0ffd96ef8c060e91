package org.alsstress.model;

import java.util.Collections;
import java.util.Map;

/** One row of a sample sheet: who a lane or an image is. */
public final class SampleInfo {

	private final String sample;
	private final String group;
	private final String replicate;
	private final double amountUg;
	private final int line;
	private final Map<String, String> extra;

	public SampleInfo(String sample, String group, String replicate, double amountUg, int line,
		Map<String, String> extra)
	{
		this.sample = sample == null ? "" : sample;
		this.group = group == null ? "" : group;
		this.replicate = replicate == null ? "" : replicate;
		this.amountUg = amountUg;
		this.line = line;
		this.extra = extra == null ? Map.of() : Collections.unmodifiableMap(extra);
	}

	public String sample() { return sample; }
	public String group() { return group; }
	public String replicate() { return replicate; }
	/** Loaded protein amount in µg, NaN when the sheet has none. */
	public double amountUg() { return amountUg; }
	/** Line of the sheet this row came from (1 = header). */
	public int line() { return line; }
	/** Columns the sheet has beyond the known ones. */
	public Map<String, String> extra() { return extra; }

	public boolean hasAmount() {
		return !Double.isNaN(amountUg);
	}

	SampleInfo withSample(String name) {
		return new SampleInfo(name, group, replicate, amountUg, line, extra);
	}

	boolean sameAs(SampleInfo other) {
		return sample.equals(other.sample) && group.equals(other.group) && replicate.equals(
			other.replicate) && Double.compare(amountUg, other.amountUg) == 0;
	}

	@Override
	public String toString() {
		return sample + " (" + group + (replicate.isEmpty() ? "" : ", " + replicate) + ")";
	}
}
