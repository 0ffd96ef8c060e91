package org.alsstress.blot;

import ij.gui.Roi;
import ij.io.RoiDecoder;
import ij.io.RoiEncoder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.alsstress.io.OutputFiles;
import org.alsstress.model.UserInputException;

/**
 * Lanes drawn by the user: rectangles or polygons saved from the ROI Manager (RoiSet.zip) or a
 * single .roi file (see {@link LaneRois}); and the lanes a run used, written as a RoiSet.zip that
 * the ROI Manager opens and that can be given back as lane ROIs.
 */
public final class LaneRoiFiles {
	private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

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
		return LaneRois.layout(rois, "'" + file + "'");
	}

	/** Writes the sample lanes (and ladders) as a RoiSet.zip, lanes named "lane N", ladders "ladder", "ladder 2", ... */
	public static void write(LaneLayout layout, int imageHeight, Path file) throws IOException {
		List<Lane> lanes = new ArrayList<>(layout.samples());
		lanes.addAll(layout.ladders());
		OutputFiles.write(file, out -> {
			ZipOutputStream zip = new ZipOutputStream(out);
			int ladders = 0;
			for (Lane lane : lanes) {
				Roi roi = LaneRois.roi(lane, imageHeight);
				// a blot with a marker at each end has two ladders: entries of a zip need names of their own
				if (lane.ladder && ++ladders > 1) roi.setName("ladder " + ladders);
				ZipEntry entry = new ZipEntry(roi.getName().replace(' ', '_') + ".roi");
				entry.setTimeLocal(FIXED_TIME); // the same lanes give the same file
				zip.putNextEntry(entry);
				zip.write(RoiEncoder.saveAsByteArray(roi));
				zip.closeEntry();
			}
			zip.finish();
		});
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
