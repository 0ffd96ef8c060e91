package org.alsstress.granules;

import java.util.Locale;

import org.alsstress.granules.sim.Scenario;
import org.alsstress.granules.sim.SimulatedField;
import org.alsstress.granules.sim.TrueGranule;
import org.alsstress.imaging.Filters;

/** Development aid: where the missed faint granules of a simulated field lie and how they look. */
final class MissDiagnosis {
	public static void main(String[] args) {
		Scenario scenario = Scenario.parse(args[0]);
		SimulatedField field = GranuleAccuracy.field(scenario, Long.parseLong(args[1]), 1024);
		FieldAnalysis a = GranuleAccuracy.analyze(field, true);
		GranuleAccuracy acc = GranuleAccuracy.score(field, a);
		float[] smooth = (float[]) Filters.gaussian(field.channel(2), 1.15).getPixels();
		int w = 1024;
		int[] reasons = new int[4];
		for (int t = 0; t < field.granules().size(); t++) {
			TrueGranule g = field.granules().get(t);
			if (acc.granules.detectionOf(t) >= 0 || !g.faint && !Boolean.getBoolean("all")) continue;
			int i = (int) g.y * w + (int) g.x;
			int cell = a.cells.pixels[i], nucleus = a.nuclei.labels.pixels[i];
			double d = cell > 0 ? a.granules.levels.diffuse[cell] : Double.NaN;
			double noise = cell > 0 ? a.granules.levels.noise[cell] : Double.NaN;
			double r = g.diameterUm / 0.13 / 2;
			double ring = 0;
			int n = 0;
			for (int k = 0; k < 32; k++) {
				int x = (int) (g.x + (r + 2) * Math.cos(k * Math.PI / 16)), y = (int) (g.y + (r + 2) * Math.sin(k * Math.PI / 16));
				if (x >= 0 && y >= 0 && x < w && y < w) { ring += smooth[y * w + x]; n++; }
			}
			ring /= n;
			double contrast = smooth[i] - ring;
			System.out.println(String.format(Locale.ROOT, "missed %s cell %d (true %d) nucleus %d d=%.1f um rel=%.2f contrast/D=%.2f contrast/noise=%.1f granule label there %d%s",
				g.faint ? "faint" : "", cell, g.cellId, nucleus, g.diameterUm, g.relativeIntensity, contrast / d, contrast / noise, a.granules.labels.pixels[i], g.touching ? " touching" : ""));
		}
		System.exit(0);
	}
}
