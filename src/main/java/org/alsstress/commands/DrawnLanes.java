package org.alsstress.commands;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import ij.ImagePlus;
import ij.gui.Overlay;
import ij.gui.Roi;

import org.alsstress.blot.LaneLayout;
import org.alsstress.blot.LaneRoiFiles;
import org.alsstress.blot.LaneRois;
import org.alsstress.fiji.RoiManagerRois;
import org.alsstress.model.UserInputException;

/** Where a command's user-drawn lanes come from: a ROI file, the ROI Manager or the target image's overlay. */
final class DrawnLanes {
	static final String AUTOMATIC = "automatic";
	static final String ROI_FILE = "roi_file";
	static final String ROI_MANAGER = "roi_manager";
	static final String TARGET_OVERLAY = "target_overlay";

	private DrawnLanes() {}

	/**
	 * The lanes drawn by the user, or null for automatic lanes. With {@value #AUTOMATIC} a given
	 * ROI file still counts (as before lanes_from existed); with the ROI Manager or the overlay it is
	 * a contradiction.
	 */
	static LaneLayout read(String lanesFrom, File laneRois, ImagePlus target, String targetName) throws IOException {
		boolean file = ImageInputs.given(laneRois);
		if (file && (ROI_MANAGER.equals(lanesFrom) || TARGET_OVERLAY.equals(lanesFrom))) throw new UserInputException(
			"lane_rois is given but lanes_from is " + lanesFrom + ": set lanes_from=" + ROI_FILE
				+ " to use the file, or leave lane_rois empty.");
		switch (lanesFrom) {
			case AUTOMATIC:
				return file ? LaneRoiFiles.read(laneRois.toPath()) : null;
			case ROI_FILE:
				if (!file) throw new UserInputException("lanes_from is " + ROI_FILE + " but no lane_rois file is given: "
					+ "give the RoiSet.zip / .roi of the lanes (e.g. a previous run's lane_rois.zip).");
				return LaneRoiFiles.read(laneRois.toPath());
			case ROI_MANAGER:
				List<Roi> rois = RoiManagerRois.current();
				if (rois.isEmpty()) throw new UserInputException("lanes_from is " + ROI_MANAGER + " but the ROI Manager is "
					+ "not open or empty: add one rectangle or polygon per lane (Analyze > Tools > ROI Manager, Add), or "
					+ "save them and use lanes_from=" + ROI_FILE + ".");
				return LaneRois.layout(rois, "The ROI Manager");
			case TARGET_OVERLAY:
				Overlay overlay = target.getOverlay();
				if (overlay == null || overlay.size() == 0) throw new UserInputException("lanes_from is " + TARGET_OVERLAY
					+ " but '" + targetName + "' has no overlay: add the lanes to it (Image > Overlay > Add Selection) or "
					+ "choose another lanes_from.");
				return LaneRois.layout(Arrays.asList(overlay.toArray()), "The overlay of '" + targetName + "'");
			default:
				throw new UserInputException("lanes_from '" + lanesFrom + "' is not one of " + AUTOMATIC + ", " + ROI_FILE
					+ ", " + ROI_MANAGER + ", " + TARGET_OVERLAY + ".");
		}
	}
}
