package org.alsstress.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The tidy measurement table every command writes to: one row per object and
 * metric. This is what {@code measurements.csv} holds and what
 * Summarize Experiment reads back, whatever assay produced it.
 */
public final class MeasurementTable implements Iterable<Measurement> {

	private final List<Measurement> rows = new ArrayList<>();

	public MeasurementTable add(MeasuredObject object, String metric, double value, String unit) {
		rows.add(new Measurement(object, metric, value, unit));
		return this;
	}

	public synchronized MeasurementTable add(Measurement measurement) {
		rows.add(measurement);
		return this;
	}

	public synchronized MeasurementTable addAll(Iterable<Measurement> measurements) {
		for (Measurement m : measurements)
			rows.add(m);
		return this;
	}

	public List<Measurement> rows() {
		return Collections.unmodifiableList(rows);
	}

	public int size() {
		return rows.size();
	}

	public boolean isEmpty() {
		return rows.isEmpty();
	}

	@Override
	public Iterator<Measurement> iterator() {
		return rows().iterator();
	}

	public MeasurementTable select(Predicate<Measurement> keep) {
		MeasurementTable out = new MeasurementTable();
		for (Measurement m : rows)
			if (keep.test(m)) out.rows.add(m);
		return out;
	}

	public MeasurementTable metric(String metric) {
		return select(m -> m.metric().equals(metric));
	}

	/** Metric names in the order they first appear. */
	public Set<String> metrics() {
		Set<String> names = new LinkedHashSet<>();
		for (Measurement m : rows)
			names.add(m.metric());
		return names;
	}

	/** Object kinds in the order they first appear. */
	public Set<String> kinds() {
		Set<String> names = new LinkedHashSet<>();
		for (Measurement m : rows)
			names.add(m.object().kind());
		return names;
	}

	/**
	 * One wide table per object kind: one row per object, the object's
	 * identity columns followed by one column per metric.
	 */
	public Map<String, DataTable> wideTablesByKind() {
		Map<String, DataTable> tables = new LinkedHashMap<>();
		for (String kind : kinds())
			tables.put(kind, wideTable(kind));
		return tables;
	}

	public DataTable wideTable(String kind) {
		MeasurementTable ofKind = select(m -> m.object().kind().equals(kind));
		List<String> metricNames = new ArrayList<>(ofKind.metrics());
		List<String> columns = new ArrayList<>(List.of("assay", "image", "series", "object_id",
			"sample", "group", "replicate"));
		columns.addAll(metricNames);
		Map<MeasuredObject, Object[]> byObject = new LinkedHashMap<>();
		for (Measurement m : ofKind) {
			Object[] row = byObject.computeIfAbsent(m.object(), o -> newWideRow(o, columns.size()));
			row[7 + metricNames.indexOf(m.metric())] = m.value();
		}
		DataTable table = new DataTable(columns);
		for (Object[] row : byObject.values())
			table.addRow(row);
		return table;
	}

	private static Object[] newWideRow(MeasuredObject o, int width) {
		Object[] row = new Object[width];
		Object[] identity = { o.assay(), o.image(), o.series(), o.id(), o.sample(), o.group(), o
			.replicate() };
		System.arraycopy(identity, 0, row, 0, identity.length);
		for (int i = identity.length; i < width; i++)
			row[i] = Double.NaN;
		return row;
	}
}
