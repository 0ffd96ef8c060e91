package org.alsstress.granules;

import java.util.Locale;

import org.alsstress.granules.sim.Scenario;
import org.alsstress.granules.sim.SimulatedField;
import org.alsstress.granules.sim.TrueGranule;
import org.alsstress.granules.validation.GranuleAccuracy;
import org.alsstress.imaging.Filters;

/**
 * Development aid: the scores of a simulated field and where its missed granules lie and how they look
 * (faint, touching, over a nucleus, in another cell), and where its false granules lie.
 * {@code MissDiagnosis scenario seed [-Dall=true: every miss, not only the faint] [-Dfalse=true]}.
 */
final class MissDiagnosis {
	public static void main(String[] args) {
		Scenario scenario = Scenario.parse(args[0]);
		SimulatedField field = GranuleAccuracy.field(scenario, Long.parseLong(args[1]), 1024);
		FieldAnalysis a = GranuleAccuracy.analyze(field, true);
		GranuleAccuracy acc = GranuleAccuracy.score(field, a);
		System.out.println(acc);
		float[] smooth = (float[]) Filters.gaussian(field.channel(2), 1.15).getPixels();
		int w = 1024;
		int[] n = new int[4], hit = new int[4];
		for (int t = 0; t < field.granules().size(); t++) {
			TrueGranule g = field.granules().get(t);
			int cat = g.faint ? 0 : g.touching ? 1 : g.diameterUm < 0.5 ? 2 : 3;
			n[cat]++;
			if (acc.granules.detectionOf(t) >= 0) hit[cat]++;
			if (acc.granules.detectionOf(t) >= 0 || !g.faint && !Boolean.getBoolean("all")) continue;
			int i = (int) g.y * w + (int) g.x;
			int cell = a.cells.pixels[i], nucleus = a.nuclei.labels.pixels[i];
			double d = cell > 0 ? a.granules.levels.diffuse[cell] : Double.NaN;
			double noise = cell > 0 ? a.granules.levels.noise[cell] : Double.NaN;
			double r = g.diameterUm / 0.13 / 2;
			double ring = 0;
			int k = 0;
			for (int s = 0; s < 32; s++) {
				int x = (int) (g.x + (r + 2) * Math.cos(s * Math.PI / 16)), y = (int) (g.y + (r + 2) * Math.sin(s * Math.PI /
					16));
				if (x >= 0 && y >= 0 && x < w && y < w) {
					ring += smooth[y * w + x];
					k++;
				}
			}
			ring /= k;
			double contrast = smooth[i] - ring;
			System.out.println(String.format(Locale.ROOT,
				"missed %s at (%.0f, %.0f) cell %d (true %d) nucleus %d d=%.2f um rel=%.2f contrast/D=%.2f " +
					"contrast/noise=%.1f granule label there %d%s", g.faint ? "faint" : "", g.x, g.y, cell, g.cellId, nucleus,
				g.diameterUm, g.relativeIntensity, contrast / d, contrast / noise, a.granules.labels.pixels[i], g.touching
					? " touching" : ""));
		}
		System.out.println("recall faint " + hit[0] + "/" + n[0] + " touching " + hit[1] + "/" + n[1] + " small " +
			hit[2] + "/" + n[2] + " other " + hit[3] + "/" + n[3]);
		if (Boolean.getBoolean("false")) for (int i = 0; i < a.granules.granules.size(); i++) {
			if (acc.granules.truthOf(i) >= 0) continue;
			Granule g = a.granules.granules.get(i);
			int p = (int) g.y * w + (int) g.x;
			int trueCell = field.cellLabels().get(p);
			boolean border = false;
			for (int dy = -3; dy <= 3; dy++)
				for (int dx = -3; dx <= 3; dx++) {
					int x = (int) g.x + dx, y = (int) g.y + dy;
					if (x >= 0 && y >= 0 && x < w && y < w && field.cellLabels().get(y * w + x) != trueCell) border = true;
				}
			System.out.println(String.format(Locale.ROOT,
				"false at (%.0f, %.0f) cell %d true cell %d%s area %d rel %.2f snr %.1f", g.x, g.y, g.cellId, trueCell,
				border ? " near true border" : "", g.areaPx, g.relativeIntensity, g.signalToNoise));
		}
		System.exit(0);
	}
}
