package org.alsstress.blot;

import org.junit.runner.JUnitCore;
import org.junit.runner.Result;
import org.junit.runner.notification.Failure;

/** Development: every lane-finding check at once (old simulator sweeps, real blots told nothing and told the count, imager-export scenarios). */
public final class Scoreboard {
	public static void main(String[] args) throws Exception {
		int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		OldFamilySweep.main(new String[] {"1", String.valueOf(seeds)});
		RealBlotSweep.main(new String[0]);
		System.setProperty("told", "true");
		RealBlotSweep.main(new String[0]);
		Result r = JUnitCore.runClasses(ImagerExportLanesTest.class, RealBlotTest.class);
		for (Failure f : r.getFailures())
			System.out.println("FAIL " + f.getTestHeader() + ": " + f.getMessage());
		System.out.println("scenarios " + (r.getRunCount() - r.getFailureCount()) + "/" + r.getRunCount());
	}
}
