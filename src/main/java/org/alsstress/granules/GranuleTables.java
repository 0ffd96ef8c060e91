package org.alsstress.granules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alsstress.model.Assay;
import org.alsstress.model.DataTable;
import org.alsstress.model.MeasuredObject;
import org.alsstress.model.MeasurementTable;
import org.alsstress.stats.GroupStatistics;
import org.alsstress.stats.GroupSummary;
import org.alsstress.stats.GroupedValue;
import org.alsstress.stats.StatTest;

/** The results tables of a run: granules.csv, cells.csv, images.csv, conditions.csv and the tidy measurements. */
public final class GranuleTables {

	public static final String NO_CONDITION = "(no condition)";
	/** The per-image metrics compared between conditions, each image one point. */
	public static final List<String> CONDITION_METRICS = List.of("pct_sg_positive", "granules_per_cell",
		"pct_apoptotic");

	private GranuleTables() {}

	public static DataTable granules(List<ImageResult> results) {
		DataTable t = new DataTable("image", "granule_id", "cell_id", "x_px", "y_px", "area_um2", "mean_intensity",
			"integrated_intensity", "relative_intensity", "signal_to_noise", "debris", "condition", "replicate");
		for (ImageResult r : results)
			for (Granule g : r.granules())
				t.addRow(r.image, g.id, g.cellId, g.x, g.y, g.areaPx * r.pixelSizeUm * r.pixelSizeUm, g.meanIntensity,
					g.integratedIntensity, g.relativeIntensity, g.signalToNoise, g.debris, r.condition(), r.replicate());
		return t;
	}

	public static DataTable cells(List<ImageResult> results) {
		DataTable t = new DataTable("image", "cell_id", "nucleus_x_px", "nucleus_y_px", "nucleus_area_um2",
			"cell_area_um2", "granule_count", "granule_area_um2", "sg_positive", "apoptotic", "edge", "counted",
			"diffuse_intensity", "noise", "apoptosis_signal", "apoptosis_method", "condition", "replicate");
		for (ImageResult r : results) {
			if (!r.ok()) continue;
			double px2 = r.pixelSizeUm * r.pixelSizeUm;
			for (CellResult c : r.analysis.cellResults)
				t.addRow(r.image, c.id, c.nucleusX, c.nucleusY, c.nucleusAreaPx * px2, c.cellAreaPx * px2,
					c.granuleCount, c.granuleAreaPx * px2, c.sgPositive, c.apoptotic, c.edge, r.analysis.settings
						.includeEdgeCells || !c.edge, c.diffuseLevel, c.noise, c.apoptosisSignal, r.analysis.apoptosis.method,
					r.condition(), r.replicate());
		}
		return t;
	}

	public static DataTable images(List<ImageResult> results) {
		DataTable t = new DataTable("image", "condition", "replicate", "cells", "sg_positive_cells", "pct_sg_positive",
			"granules_per_cell", "apoptotic_cells", "pct_apoptotic", "nuclei", "edge_cells", "granules",
			"pixel_size_um", "apoptosis_method", "status");
		for (ImageResult r : results) {
			if (!r.ok()) {
				t.addRow(r.image, r.condition(), r.replicate(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
					Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, "", "failed: " + r.failure);
				continue;
			}
			FieldAnalysis a = r.analysis;
			int edge = 0;
			for (CellResult c : a.cellResults)
				if (c.edge) edge++;
			t.addRow(r.image, r.condition(), r.replicate(), a.countedCells().size(), a.sgPositiveCells(), a
				.pctSgPositive(), a.granulesPerCell(), a.apoptoticCells(), a.pctApoptotic(), a.cellResults.size(), edge, a
					.granules.granules.size(), r.pixelSizeUm, a.apoptosis.method, "ok");
		}
		return t;
	}

	/** Each image one point, per condition; the control condition is the first one named like a control. */
	public static DataTable conditions(List<ImageResult> results) {
		DataTable table = new DataTable(GroupStatistics.COLUMNS);
		for (String metric : CONDITION_METRICS) {
			List<GroupedValue> points = points(results, metric);
			if (points.isEmpty()) continue;
			Map<String, double[]> groups = GroupStatistics.byGroup(points);
			List<GroupSummary> summaries = GroupStatistics.compare(groups, controlCondition(groups.keySet()),
				StatTest.PARAMETRIC);
			table.addRows(GroupStatistics.toTable(metric, summaries));
		}
		return table;
	}

	public static List<GroupedValue> points(List<ImageResult> results, String metric) {
		List<GroupedValue> points = new ArrayList<>();
		for (ImageResult r : ordered(results)) {
			if (!r.ok()) continue;
			double value = metric.equals("pct_sg_positive") ? r.analysis.pctSgPositive() : metric.equals(
				"granules_per_cell") ? r.analysis.granulesPerCell() : r.analysis.pctApoptotic();
			if (Double.isFinite(value)) points.add(new GroupedValue(condition(r), r.replicate(), r.image, value));
		}
		return points;
	}

	static String condition(ImageResult r) {
		return r.condition().isEmpty() ? NO_CONDITION : r.condition();
	}

	/** A condition named control / untreated / mock / vehicle / ctrl, else the first. */
	public static String controlCondition(Iterable<String> conditions) {
		String first = null;
		for (String c : conditions) {
			if (first == null) first = c;
			String lower = c.toLowerCase(Locale.ROOT);
			if (lower.equals("control") || lower.equals("ctrl") || lower.startsWith("untreated") || lower.equals(
				"mock") || lower.equals("vehicle")) return c;
		}
		return first == null ? "" : first;
	}

	/** Images grouped by condition, the control condition first, input order within a condition. */
	public static List<ImageResult> ordered(List<ImageResult> results) {
		Map<String, List<ImageResult>> byCondition = new LinkedHashMap<>();
		for (ImageResult r : results)
			byCondition.computeIfAbsent(condition(r), k -> new ArrayList<>()).add(r);
		String control = controlCondition(byCondition.keySet());
		List<ImageResult> ordered = new ArrayList<>();
		if (byCondition.containsKey(control)) ordered.addAll(byCondition.remove(control));
		byCondition.values().forEach(ordered::addAll);
		return ordered;
	}

	/**
	 * The tidy measurements: per image (cells, pct_sg_positive, ...), per cell (granule_count, sg_positive, ...)
	 * and per granule (area_um2, ...), with condition and replicate; the control condition first.
	 */
	public static MeasurementTable measurements(List<ImageResult> results) {
		MeasurementTable m = new MeasurementTable();
		for (ImageResult r : ordered(results)) {
			if (!r.ok()) continue;
			FieldAnalysis a = r.analysis;
			MeasuredObject image = MeasuredObject.of(Assay.STRESS_GRANULES, r.fileName).withSeries(r.series)
				.withSampleInfo(r.sample);
			if (r.sample == null) image = image.withSample(r.image);
			m.add(image, "cells", a.countedCells().size(), "cells");
			m.add(image, "sg_positive_cells", a.sgPositiveCells(), "cells");
			m.add(image, "pct_sg_positive", a.pctSgPositive(), "%");
			m.add(image, "granules_per_cell", a.granulesPerCell(), "granules");
			m.add(image, "apoptotic_cells", a.apoptoticCells(), "cells");
			m.add(image, "pct_apoptotic", a.pctApoptotic(), "%");
			double px2 = r.pixelSizeUm * r.pixelSizeUm;
			for (CellResult c : a.countedCells()) {
				MeasuredObject cell = image.object("cell", c.id);
				m.add(cell, "granule_count", c.granuleCount, "granules");
				m.add(cell, "granule_area_um2", c.granuleAreaPx * px2, "um2");
				m.add(cell, "sg_positive", c.sgPositive ? 1 : 0, "");
				m.add(cell, "apoptotic", c.apoptotic ? 1 : 0, "");
				m.add(cell, "cell_area_um2", c.cellAreaPx * px2, "um2");
			}
			for (Granule g : a.granules.granules) {
				MeasuredObject granule = image.object("granule", g.id);
				m.add(granule, "area_um2", g.areaPx * px2, "um2");
				m.add(granule, "mean_intensity", g.meanIntensity, "");
				m.add(granule, "relative_intensity", g.relativeIntensity, "");
			}
		}
		return m;
	}
}
