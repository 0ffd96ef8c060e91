package org.alsstress.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Heap use for the benchmarks: what is in use now, and the peak of the heap pools since a reset. */
public final class HeapMeter {

	private HeapMeter() {}

	public static long usedHeap() {
		Runtime r = Runtime.getRuntime();
		return r.totalMemory() - r.freeMemory();
	}

	/** Collects garbage first, so that what follows is measured from what is really in use. */
	public static long usedHeapAfterGc() {
		System.gc();
		return usedHeap();
	}

	public static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
			if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
	}

	/** Sum of the heap pools' peaks since {@link #resetPeaks()} (includes garbage not yet collected). */
	public static long peakHeap() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
			if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
		return sum;
	}

	public static String machine() {
		return Runtime.getRuntime().availableProcessors() + " cores visible, Java " + System.getProperty(
			"java.version") + ", " + System.getProperty("os.arch") + ", max heap " + Runtime.getRuntime().maxMemory() /
				1_000_000 + " MB";
	}
}
