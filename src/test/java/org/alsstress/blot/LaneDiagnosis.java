package org.alsstress.blot;

import ij.IJ;
import ij.ImagePlus;

/** Prints what the lane finder sees in an image: band rows, their blobs, the evidence bumps and the lanes. */
public final class LaneDiagnosis {
	public static void main(String[] args) {
		for (String f : args) {
			SimulatedBlot blot = null;
			SignalImage img;
			if (f.startsWith("sim:")) {
				String[] p = f.split(":");
				long seed = Long.parseLong(p[2]);
				BlotSimulation s = p[1].startsWith("hard") ? BlotSimulation.hard16Bit(seed) : p[1].equals("film") ? BlotSimulation.film8Bit(seed) : BlotSimulation.clean16Bit(seed);
				if (p[1].equals("hardnoisy")) s.noise = 0.12;
				for (int k = p.length > 3 ? 4 : 3; k < p.length; k++) {
					String[] kv = p[k].split("=");
					if (kv[0].equals("ladder")) s.ladder = true;
					if (kv[0].equals("lanes")) s.sample_lanes = Integer.parseInt(kv[1]);
					if (kv[0].equals("empty")) s.empty_lanes = new int[] {Integer.parseInt(kv[1])};
				}
				blot = BlotSimulator.simulate(s);
				img = SignalImage.of(f, blot.image(Role.valueOf(p.length > 3 ? p[3] : "TARGET")).getProcessor(), Polarity.AUTO, 0);
			}
			else {
				ImagePlus imp = IJ.openImage(f);
				img = SignalImage.of(f, imp.getProcessor(), Polarity.AUTO, 0);
			}
			print(img);
			if (blot != null) for (LaneTruth t : blot.lanes()) System.out.printf("  truth lane %d centre %.1f width %.1f%n", t.lane, t.centre, t.width);
		}
	}

	static void print(SignalImage img) {
		System.out.println(img.name + " " + img.width + "x" + img.height + " " + img.polarity);
		LaneEvidence e = LaneEvidence.of(img);
		System.out.printf("  evidence: wholeHeight=%s noise=%.4f pitch(autocorr)=%.1f rows=%d%n", e.wholeHeight, e.noise, e.pitch(), e.rows.size());
		for (LaneEvidence.RowBlobs r : e.rows) {
			StringBuilder b = new StringBuilder();
			for (ProfileBumps.Bump bump : r.blobs)
				b.append(String.format(" [%d..%d p%.2f]", bump.left, bump.right, bump.prominence / r.scale));
			System.out.printf("  %s w=%.2f scale=%.1f snr=%.1f blobs%s%n", r.row, r.weight, r.scale, r.snr(), b.length() > 300 ? b.substring(0, 300) + "..." : b);
			if (System.getProperty("ribbon") != null && r.weight > 0.5) {
				StringBuilder rb = new StringBuilder("    ribbon");
				for (int x = r.row.left; x <= r.row.right; x += BandRows.stripWidth(img.width))
					rb.append(" ").append(x).append(":").append(r.row.top(x)).append("-").append(r.row.bottom(x));
				System.out.println(rb);
				double[] c = LaneEvidence.contrast(img, r.row);
				StringBuilder cb = new StringBuilder("    contrast");
				for (int x = 0; x < c.length; x += 5) cb.append(String.format(" %.0f", c[x]));
				System.out.println(cb);
			}
		}
		if (System.getProperty("profile") != null) {
			StringBuilder eb = new StringBuilder("  E");
			for (int x = 0; x < e.profile.length; x += Integer.getInteger("profile")) eb.append(String.format(" %d:%.2f", x, e.profile[x]));
			System.out.println(eb);
		}
		for (ProfileBumps.Bump bump : ProfileBumps.find(e.profile, e.noise))
			System.out.println("  hump " + bump);
		for (ProfileBumps.Bump bump : ProfileBumps.lanes(e.profile, e.noise))
			System.out.println("  E " + bump);
		LaneCandidates c = LaneCandidates.of(img);
		System.out.printf("  pitch %.1f medianWidth %.1f clarity %.2f%n", c.pitch, c.medianWidth, c.clarity());
		for (Lane l : c.samples) System.out.printf("  sample %s conf %.2f rows %d %s%n", l, l.confidence, e.rowsWithBlobIn(l), l.doubt);
		for (Lane l : c.ladders) System.out.printf("  ladder %s%n", l);
		for (Lane l : c.rejected) System.out.printf("  rejected %s conf %.2f %s%n", l, l.confidence, l.doubt);
	}
}
