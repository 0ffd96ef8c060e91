package org.alsstress.blot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ij.ImagePlus;

import org.alsstress.io.ImageOpener;

/**
 * Development: a written layout (a folder with blot_*.tif/png and truth.csv) through the engine, lane by lane
 * against the truth. Args: folder [lanes].
 */
public final class CaseDiagnosis {
	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		int expected = args.length > 1 ? Integer.parseInt(args[1]) : 0;
		Map<Role, SignalImage> images = new EnumMap<>(Role.class);
		BlotQuantifier.Options options = new BlotQuantifier.Options();
		options.lanes = expected;
		List<String> truth = Files.readAllLines(folder.resolve("truth.csv"));
		for (Role role : Role.values())
			for (String ext : new String[] {"tif", "png"}) {
				Path f = folder.resolve("blot_" + role.key() + "." + ext);
				if (!Files.exists(f)) continue;
				ImagePlus imp = ImageOpener.open(f).get(0);
				images.put(role, SignalImage.of(f.getFileName().toString(), imp.getStack().getProcessor(1), Polarity.AUTO, 0));
			}
		List<String> imageRows = Files.exists(folder.resolve("images.csv")) ? Files.readAllLines(folder.resolve("images.csv")) : List.of();
		for (String line : imageRows)
			for (Role role : Role.values())
				if (line.contains("," + role.key() + ",") && !line.endsWith(",")) options.windows.put(role, BandWindow.parse(
					line.substring(line.lastIndexOf(',') + 1), "window"));
		if (System.getProperty("evidence") != null) for (SignalImage img : images.values())
			LaneDiagnosis.print(img);
		BlotResult r = BlotQuantifier.quantify(images, options);
		for (Role role : images.keySet()) {
			LaneLayout l = r.layouts.get(role);
			System.out.printf(Locale.ROOT, "%s: %d lanes, %d ladders, registration %s%n", role, l.count(), l.ladders().size(), l.registration());
			for (Lane lane : l.leftOut())
				System.out.printf(Locale.ROOT, "   left out %d-%d: %s%n", lane.left, lane.right, lane.doubt);
			for (Lane lane : l.ladders())
				System.out.printf(Locale.ROOT, "   ladder %d-%d%n", lane.left, lane.right);
			for (Band b : r.bands.get(role))
				System.out.printf(Locale.ROOT, "   lane %2d %4d-%4d conf %.2f band %s %d-%d vol %.4g %s%n", b.lane.number, b.lane.left,
					b.lane.right, b.lane.confidence, b.found, b.top, b.bottom, b.volume(r.method), b.lane.doubt + " " + b.note);
			for (String line : truth)
				if (line.contains("," + role.key() + ",")) {
					String[] c = line.split(",");
					System.out.printf(Locale.ROOT, "   truth %s x %.1f y %.1f w %.1f vol %.4g sat %s%n", c[2], Double.parseDouble(c[5]),
						Double.parseDouble(c[6]), Double.parseDouble(c[7]), Double.parseDouble(c[8]), c[9]);
				}
		}
	}
}
