package org.alsstress.blot;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;

/** Development timing: CPU time of lane matching alone and of the whole quantification on the benchmark triple. */
public final class LaneTiming {
	public static void main(String[] args) {
		BlotSimulation s = BlotSimulation.hard16Bit(42);
		s.width = 2000;
		s.height = 1500;
		SimulatedBlot blot = BlotSimulator.simulate(s);
		ThreadMXBean bean = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < 8; i++) {
			Map<Role, SignalImage> images = BlotAccuracy.signals(blot);
			long t0 = bean.getCurrentThreadCpuTime();
			LaneMatcher.match(images, 0, null);
			long t1 = bean.getCurrentThreadCpuTime();
			BlotQuantifier.quantify(BlotAccuracy.signals(blot), new BlotQuantifier.Options());
			long t2 = bean.getCurrentThreadCpuTime();
			if (i >= 3) System.out.printf("lanes %.3f s CPU, whole quantification %.3f s CPU%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
		}
	}
}
