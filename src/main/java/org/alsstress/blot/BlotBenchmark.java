package org.alsstress.blot;

import static org.alsstress.benchmark.HeapMeter.peakHeap;
import static org.alsstress.benchmark.HeapMeter.resetPeaks;
import static org.alsstress.benchmark.HeapMeter.usedHeap;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.alsstress.benchmark.HeapMeter;

/**
 * Speed and memory of the blot quantifier on a 10-lane triple of 2000x1500 16-bit blots, with the
 * same figures for the plain equal-lanes quantifier in the same run. Single-threaded by design, so
 * the time is the time on one core.
 */
public final class BlotBenchmark {
	private static final int WARM_UP = 2;
	private static final int RUNS = 5;

	private BlotBenchmark() {}

	public static void main(String[] args) {
		BlotSimulation s = BlotSimulation.hard16Bit(42);
		s.width = 2000;
		s.height = 1500;
		s.sample_lanes = 10;
		SimulatedBlot blot = BlotSimulator.simulate(s);
		long inputBytes = 3L * s.width * s.height * 2;
		System.out.println("Blot benchmark: 10-lane triple of 2000x1500 16-bit blots (" + inputBytes / 1_000_000 + " MB of pixels), "
			+ HeapMeter.machine());
		Figures ours = measure(() -> BlotQuantifier.quantify(signals(blot), new BlotQuantifier.Options()));
		Figures plain = measure(() -> EqualLaneQuantifier.quantify(signals(blot), s.sample_lanes));
		print("automatic (this toolkit)", ours, inputBytes);
		print("equal lanes, told the lane count", plain, inputBytes);
		System.out.printf(Locale.ROOT, "time ratio automatic / equal lanes: %.2f%n", ours.seconds / plain.seconds);
	}

	private static Map<Role, SignalImage> signals(SimulatedBlot blot) {
		Map<Role, SignalImage> images = new EnumMap<>(Role.class);
		for (Role role : Role.values())
			images.put(role, SignalImage.of(role.key(), blot.image(role).getProcessor(), Polarity.AUTO, 0));
		return images;
	}

	private static final class Figures {
		double seconds;
		long peakBytes;
		long retainedBytes;
	}

	private static Figures measure(Supplier<BlotResult> run) {
		for (int i = 0; i < WARM_UP; i++)
			run.get();
		System.gc();
		long before = usedHeap();
		resetPeaks();
		long start = System.nanoTime();
		for (int i = 0; i < RUNS; i++)
			run.get();
		Figures f = new Figures();
		f.seconds = (System.nanoTime() - start) / 1e9 / RUNS;
		f.peakBytes = Math.max(0, peakHeap() - before);
		System.gc();
		before = usedHeap();
		BlotResult kept = run.get();
		System.gc();
		f.retainedBytes = Math.max(0, usedHeap() - before);
		if (kept.laneCount() == 0) System.out.println("no lanes");
		return f;
	}

	private static void print(String name, Figures f, long inputBytes) {
		System.out.printf(Locale.ROOT, "%-34s %.3f s per triple; result holds %.0f MB (%.1fx the input); "
			+ "heap pools peaked %.0f MB above the start (includes garbage not yet collected)%n", name, f.seconds,
			f.retainedBytes / 1e6, (double) f.retainedBytes / inputBytes, f.peakBytes / 1e6);
	}
}
