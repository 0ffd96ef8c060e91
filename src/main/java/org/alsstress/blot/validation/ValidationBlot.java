package org.alsstress.blot.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.alsstress.blot.Role;

/** A simulated blot triple with its truth, as the validation needs it from either simulator family. */
public interface ValidationBlot {

	/** One true sample lane: where it lies in the target image and the pTBK1/TBK1 ratio its images hold. */
	final class Lane {
		public final int lane;
		public final String group;
		public final double centreX, width, ratio;
		/** The ratio of the amounts loaded (before each image's exposure and response), NaN when not known. */
		public final double loadedRatio;
		/** Bands in target and reference, neither saturated. */
		public final boolean measurable;

		public Lane(int lane, String group, double centreX, double width, double ratio, double loadedRatio, boolean measurable) {
			this.lane = lane;
			this.group = group;
			this.centreX = centreX;
			this.width = width;
			this.ratio = ratio;
			this.loadedRatio = loadedRatio;
			this.measurable = measurable;
		}
	}

	List<Lane> lanes();

	/** Writes the three images and the sample sheet into the folder, as the user would have them. */
	void write(Path folder) throws IOException;

	/** The image file of a role, relative to the folder written. */
	String fileName(Role role);

	String samplesFileName();

	/** The band window a user would give for this image ('top-bottom' px), or empty. */
	String bandWindow(Role role);

	default int sampleLanes() {
		return lanes().size();
	}
}
