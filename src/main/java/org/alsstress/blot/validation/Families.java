package org.alsstress.blot.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

import org.alsstress.blot.BlotSimulation;
import org.alsstress.blot.BlotSimulator;
import org.alsstress.blot.LaneTruth;
import org.alsstress.blot.Role;
import org.alsstress.blot.SimulatedBlot;
import org.alsstress.blot.sim.ExportClass;
import org.alsstress.blot.sim.ExportLaneTruth;
import org.alsstress.blot.sim.ExportLayout;
import org.alsstress.blot.sim.ImagerExportSimulator;
import org.alsstress.blot.sim.SimulatedExport;

/** The two simulator families as {@link ValidationBlot}s: the original BlotSimulator and the imager exports. */
public enum Families {
	OLD("old (BlotSimulator)", new String[] {"clean_16bit", "hard_16bit", "film"}),
	NEW("new (imager export)", new String[] {"clean_16bit", "hard_16bit", "film", "dna_gel"});

	public final String label;
	public final String[] kinds;

	Families(String label, String[] kinds) {
		this.label = label;
		this.kinds = kinds;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Lane counts above this are held out of tuning. */
	public static final int TUNING_MAX_LANES = 12;

	/** Regimes held out of tuning whatever their lane count. */
	public static boolean heldOutKind(String kind) {
		return kind.equals("dna_gel");
	}

	/** The layout of a seed: its class, then 2-12 sample lanes (three in four) or 13-26 (held out). */
	public Layout layout(long seed) {
		String kind = kinds[(int) Math.floorMod(seed, (long) kinds.length)];
		Random r = new Random(seed * 104_729L + ordinal());
		int lanes = r.nextDouble() < 0.75 ? 2 + r.nextInt(TUNING_MAX_LANES - 1) : TUNING_MAX_LANES + 1 + r.nextInt(14);
		return new Layout(this, kind, lanes, seed);
	}

	/** Which blot a seed gives, before it is drawn. */
	public static final class Layout {
		public final Families family;
		public final String kind;
		public final int lanes;
		public final long seed;

		Layout(Families family, String kind, int lanes, long seed) {
			this.family = family;
			this.kind = kind;
			this.lanes = lanes;
			this.seed = seed;
		}

		public boolean heldOut() {
			return lanes > TUNING_MAX_LANES || heldOutKind(kind);
		}

		public ValidationBlot simulate() {
			return family == OLD ? old(kind, lanes, seed) : imagerExport(kind, lanes, seed);
		}

		@Override
		public String toString() {
			return family.key() + "/" + kind + "/" + lanes + " lanes/seed " + seed;
		}
	}

	/** A BlotSimulator blot of a preset, with its size, ladder and lane count drawn at random. */
	static ValidationBlot old(String kind, int lanes, long seed) {
		BlotSimulation s = kind.equals("hard_16bit") ? BlotSimulation.hard16Bit(seed) : kind.equals("film") ? BlotSimulation
			.film8Bit(seed) : BlotSimulation.clean16Bit(seed);
		Random r = new Random(seed * 31 + 5);
		s.sample_lanes = lanes;
		s.ladder = r.nextBoolean();
		s.width = Math.min(1400, Math.max(400, (int) Math.round((lanes + 1) * (30 + 40 * r.nextDouble()))));
		s.height = 200 + r.nextInt(300);
		SimulatedBlot blot = BlotSimulator.simulate(s);
		List<ValidationBlot.Lane> truth = new ArrayList<>();
		for (LaneTruth t : blot.lanes())
			truth.add(new ValidationBlot.Lane(t.lane, t.group, blot.centreInImage(t, Role.TARGET), t.width, t.ratio(), Double.NaN, t
				.volume(Role.REFERENCE) > 0 && t.volume(Role.TARGET) > 0 && !t.saturated(Role.TARGET) && !t.saturated(
					Role.REFERENCE)));
		return blot(truth, blot::write, blot::fileName, SimulatedBlot.SAMPLES_FILE, role -> "");
	}

	static ValidationBlot imagerExport(String kind, int lanes, long seed) {
		SimulatedExport blot = ImagerExportSimulator.simulate(ExportLayout.random(ExportClass.fromKey(kind), lanes, seed));
		List<ValidationBlot.Lane> truth = new ArrayList<>();
		for (ExportLaneTruth t : blot.lanes())
			truth.add(new ValidationBlot.Lane(t.lane, t.group, t.centreX(Role.TARGET), t.width * blot.layout().shots.get(
				Role.TARGET).placement.scale, t.ratio(), t.amountRatio, t.measurable()));
		return blot(truth, folder -> blot.write(folder), blot::fileName, SimulatedExport.SAMPLES_FILE, blot::bandWindow);
	}

	private interface Writer {
		void write(Path folder) throws IOException;
	}

	private static ValidationBlot blot(List<ValidationBlot.Lane> truth, Writer writer, Function<Role, String> fileName,
		String samples, Function<Role, String> bandWindow)
	{
		return new ValidationBlot() {
			@Override
			public List<Lane> lanes() {
				return truth;
			}

			@Override
			public void write(Path folder) throws IOException {
				writer.write(folder);
			}

			@Override
			public String fileName(Role role) {
				return fileName.apply(role);
			}

			@Override
			public String samplesFileName() {
				return samples;
			}

			@Override
			public String bandWindow(Role role) {
				return bandWindow.apply(role);
			}
		};
	}
}
