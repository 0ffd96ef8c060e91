package org.alsstress.blot;

import ij.gui.Roi;
import ij.io.RoiDecoder;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.alsstress.model.UserInputException;

/**
 * Lanes drawn by the user: rectangles or polygons saved from the ROI Manager (RoiSet.zip) or a
 * single .roi file. Each ROI's column range is a lane; lanes are numbered left to right.
 */
public final class LaneRoiFiles {
	private LaneRoiFiles() {}

	public static LaneLayout read(Path file) throws IOException {
		if (!Files.isRegularFile(file)) throw new UserInputException("The lane ROI file '" + file
			+ "' does not exist: save the lanes from the ROI Manager (More > Save...) or leave lane_rois empty.");
		List<Roi> rois = new ArrayList<>();
		if (file.getFileName().toString().toLowerCase().endsWith(".zip")) {
			try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
				for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry())
					if (e.getName().endsWith(".roi")) rois.add(decode(readAll(zip), e.getName(), file));
			}
		}
		else rois.add(decode(Files.readAllBytes(file), file.getFileName().toString(), file));
		if (rois.isEmpty()) throw new UserInputException("'" + file + "' holds no ROIs: draw one rectangle per lane.");
		List<int[]> columns = new ArrayList<>();
		for (Roi roi : rois) {
			Rectangle r = roi.getBounds();
			columns.add(new int[] {Math.max(0, r.x), r.x + r.width - 1});
		}
		return LaneLayout.fromColumns(columns);
	}

	private static Roi decode(byte[] bytes, String name, Path file) throws IOException {
		Roi roi = new RoiDecoder(bytes, name).getRoi();
		if (roi == null || !roi.isArea()) throw new UserInputException("'" + name + "' in " + file
			+ " is not an area ROI: draw each lane as a rectangle or polygon.");
		return roi;
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		in.transferTo(out);
		return out.toByteArray();
	}
}
