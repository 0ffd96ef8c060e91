package org.alsstress.blot.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ij.ImagePlus;

import org.alsstress.blot.BandWindow;
import org.alsstress.blot.BlotQuantifier;
import org.alsstress.blot.BlotResult;
import org.alsstress.blot.Lane;
import org.alsstress.blot.LaneRatio;
import org.alsstress.blot.LaneRatios;
import org.alsstress.blot.Polarity;
import org.alsstress.blot.Role;
import org.alsstress.blot.SignalImage;
import org.alsstress.blot.validation.QuantifyRun.Told;
import org.alsstress.io.ImageOpener;
import org.alsstress.io.SampleSheetFiles;
import org.alsstress.model.SampleSheet;

/**
 * A validation layout through the engine as the command drives it (its files written and read back, the lane
 * count or sample sheet as the prior, the band windows a user would give), without writing results: the
 * report's scoring at a fraction of its cost, for the test suite and development sweeps.
 */
public final class EngineRuns {
	private EngineRuns() {}

	public static LayoutOutcome measure(Families.Layout layout, Path scratch) {
		ValidationBlot blot = layout.simulate();
		Path folder = BlotValidationReport.layoutFolder(scratch, layout);
		LayoutOutcome o = new LayoutOutcome(layout, blot.lanes());
		try {
			blot.write(folder);
			for (Told told : Told.values())
				o.runs.put(told, run(blot, folder, told));
			if (System.getProperty("keep") == null) BlotValidationReport.delete(folder);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return o;
	}

	static QuantifyRun run(ValidationBlot blot, Path folder, Told told) {
		try {
			Map<Role, SignalImage> images = new EnumMap<>(Role.class);
			BlotQuantifier.Options options = new BlotQuantifier.Options();
			for (Role role : Role.values()) {
				ImagePlus imp = ImageOpener.open(folder.resolve(blot.fileName(role))).get(0);
				images.put(role, SignalImage.of(blot.fileName(role), imp.getStack().getProcessor(1), Polarity.AUTO, 0));
				String w = blot.bandWindow(role);
				options.windows.put(role, w.isEmpty() ? BandWindow.whole() : BandWindow.parse(w, role.key() + "_band_window"));
			}
			SampleSheet sheet = SampleSheetFiles.read(told == Told.SAMPLE_SHEET ? folder.resolve(blot.samplesFileName()) : null);
			options.lanes = told == Told.NOTHING ? 0 : blot.sampleLanes();
			BlotResult result = BlotQuantifier.quantify(images, options);
			List<LaneRatio> ratios = LaneRatios.compute(result, sheet, told == Told.SAMPLE_SHEET ? "control" : null);
			List<QuantifyRun.Found> found = new ArrayList<>();
			for (LaneRatio r : ratios) {
				Lane lane = result.layouts.get(Role.TARGET).lane(r.lane);
				found.add(new QuantifyRun.Found(r.lane, 0.5 * (lane.left + lane.right), r.ratio, r.normalizedRatio, r.usable(),
					r.sample == null ? "" : r.sample.group()));
			}
			return QuantifyRun.of(null, found);
		}
		catch (RuntimeException e) {
			return QuantifyRun.of(e.getClass().getSimpleName() + ": " + e.getMessage(), List.of());
		}
	}
}
