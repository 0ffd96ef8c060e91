package org.alsstress.blot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/** Development sweep: lane count and median ratio error of the old simulator's presets over seeds. */
public final class OldFamilySweep {
	public static void main(String[] args) {
		int from = Integer.parseInt(args[0]), to = Integer.parseInt(args[1]);
		sweep("clean", BlotSimulation::clean16Bit, from, to);
		sweep("hard", BlotSimulation::hard16Bit, from, to);
		sweep("film", BlotSimulation::film8Bit, from, to);
		sweep("ladder+empty", seed -> {
			BlotSimulation s = seed % 2 == 0 ? BlotSimulation.hard16Bit(seed) : BlotSimulation.clean16Bit(seed);
			s.ladder = seed % 3 != 0;
			s.sample_lanes = 4 + (int) (seed % 9);
			s.empty_lanes = seed % 2 == 1 ? new int[] {3} : new int[] {};
			return s;
		}, from, to);
	}

	static void sweep(String name, LongFunction<BlotSimulation> scenario, int from, int to) {
		List<Double> errors = new ArrayList<>();
		int right = 0, runs = 0;
		long start = System.nanoTime();
		for (long seed = from; seed <= to; seed++) {
			SimulatedBlot blot = BlotSimulator.simulate(scenario.apply(seed));
			runs++;
			try {
				BlotResult r = BlotAccuracy.quantify(blot);
				if (r.laneCount() == blot.lanes().size()) {
					right++;
					errors.addAll(BlotAccuracy.ratioErrors(blot, r));
				}
				else System.out.println("  " + name + " seed " + seed + ": " + r.laneCount() + " lanes instead of " + blot.lanes().size());
			}
			catch (RuntimeException e) {
				System.out.println("  " + name + " seed " + seed + ": " + e.getMessage());
			}
		}
		System.out.printf(Locale.ROOT, "%-14s lanes right %d/%d  median ratio error %.3f %%  (%.1f s)%n", name, right, runs,
			100 * BlotAccuracy.median(errors), (System.nanoTime() - start) / 1e9);
	}
}
