package org.alsstress.fiji;

import java.awt.HeadlessException;
import java.util.Arrays;
import java.util.List;

import ij.gui.Roi;
import ij.macro.Interpreter;
import ij.plugin.frame.RoiManager;

/**
 * The ROIs of ImageJ's ROI Manager, read without ever opening it: {@code RoiManager.getRoiManager()}
 * and {@code new RoiManager()} would open its window, so only a manager that already exists is read:
 * the open window, or the hidden one a batch-mode macro keeps.
 */
public final class RoiManagerRois {

	private RoiManagerRois() {}

	/** The ROIs in the ROI Manager, in its order; empty when there is no ROI Manager. */
	public static List<Roi> current() {
		RoiManager manager = RoiManager.getRawInstance();
		if (manager == null && Interpreter.isBatchMode()) manager = batchModeManager();
		return manager == null ? List.of() : Arrays.asList(manager.getRoisAsArray());
	}

	/**
	 * A batch-mode macro's hidden manager. {@code getInstance()} makes a hidden (never shown) one
	 * when the running macro has none yet; without a display even that is impossible, and there is none.
	 */
	private static RoiManager batchModeManager() {
		try {
			return RoiManager.getInstance();
		}
		catch (HeadlessException e) {
			return null;
		}
	}
}
