package org.alsstress.stats;

/** One observation entering group statistics: its group, replicate, label and value. */
public final class GroupedValue {

	public final String group;
	public final String replicate;
	/** What the point is (an image, a lane, a sample), shown in tables and plots. */
	public final String label;
	public final double value;

	public GroupedValue(String group, String replicate, String label, double value) {
		this.group = group;
		this.replicate = replicate == null ? "" : replicate;
		this.label = label == null ? "" : label;
		this.value = value;
	}

	public GroupedValue withValue(double newValue) {
		return new GroupedValue(group, replicate, label, newValue);
	}
}
