package org.alsstress.faults;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import org.alsstress.blot.BlotSimulation;
import org.alsstress.blot.BlotSimulator;
import org.alsstress.granules.sim.FieldSimulator;
import org.alsstress.granules.sim.FieldSpec;
import org.alsstress.granules.sim.Scenario;

/** Makes the files of the fault campaign: good ones to break, and broken ones of every kind. */
final class BadInputs {

	final Path root;
	/** A sound 4-channel field (DAPI, G3BP1, CellMask, cleaved caspase-3) at 0.13 um per pixel. */
	final Path field;
	/** A sound blot triple with its sample sheet. */
	final Path target, reference, loading, samples;

	BadInputs(Path root) throws IOException {
		this.root = root;
		Path fields = Files.createDirectories(root.resolve("field"));
		field = FieldSimulator.simulate(Scenario.ARSENITE, 7, FieldSpec.of(400, 400)).writeImage(fields, "arsenite");
		BlotSimulation s = BlotSimulation.clean16Bit(3);
		s.width = 420;
		s.height = 220;
		s.sample_lanes = 6;
		Path blot = root.resolve("blot");
		BlotSimulator.simulate(s).write(blot);
		target = blot.resolve("blot_target.tif");
		reference = blot.resolve("blot_reference.tif");
		loading = blot.resolve("blot_loading.tif");
		samples = blot.resolve("samples.csv");
	}

	Path file(String name, byte[] content) throws IOException {
		Path file = root.resolve("files").resolve(name);
		Files.createDirectories(file.getParent());
		Files.write(file, content);
		return file;
	}

	Path text(String name, String content) throws IOException {
		return file(name, content.getBytes(StandardCharsets.UTF_8));
	}

	Path folder(String name) throws IOException {
		return Files.createDirectories(root.resolve("folders").resolve(name));
	}

	static byte[] noise(int length, long seed) {
		byte[] b = new byte[length];
		new Random(seed).nextBytes(b);
		b[0] = 1; // not text, no signature
		return b;
	}

	byte[] fieldBytes() throws IOException {
		return Files.readAllBytes(field);
	}

	byte[] cut(Path file, int length) throws IOException {
		return Arrays.copyOf(Files.readAllBytes(file), length);
	}

	/** An image written by ImageJ, calibrated at 0.13 um unless told otherwise. */
	Path image(String name, double pixelUm, ImageProcessor... channels) {
		ImageStack stack = new ImageStack(channels[0].getWidth(), channels[0].getHeight());
		String[] names = { "DAPI", "G3BP1", "CellMask", "caspase" };
		for (int c = 0; c < channels.length; c++)
			stack.addSlice(names[c % names.length], channels[c]);
		ImagePlus imp = new ImagePlus(name, stack);
		if (channels.length > 1) imp.setDimensions(channels.length, 1, 1);
		if (pixelUm > 0) {
			imp.getCalibration().pixelWidth = pixelUm;
			imp.getCalibration().pixelHeight = pixelUm;
			imp.getCalibration().setUnit("micron");
		}
		Path file = root.resolve("images").resolve(name);
		try {
			Files.createDirectories(file.getParent());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		if (!IJ.saveAsTiff(imp, file.toString())) throw new IllegalStateException("cannot write " + file);
		return file;
	}

	/** The sound field's channels 1 and 2 as new processors (to break). */
	ImageProcessor[] fieldChannels(int channels) {
		ImagePlus imp = IJ.openImage(field.toString());
		ImageProcessor[] out = new ImageProcessor[channels];
		for (int c = 0; c < channels; c++)
			out[c] = imp.getStack().getProcessor(c + 1).duplicate();
		return out;
	}

	static FloatProcessor floats(ImageProcessor ip) {
		return ip.convertToFloatProcessor();
	}

	static ShortProcessor flat(int w, int h, int value) {
		ShortProcessor ip = new ShortProcessor(w, h);
		ip.set(value);
		return ip;
	}

	static ByteProcessor bytes(int w, int h, long seed) {
		ByteProcessor ip = new ByteProcessor(w, h);
		Random r = new Random(seed);
		for (int i = 0; i < w * h; i++)
			ip.set(i, r.nextInt(256));
		return ip;
	}

	static ColorProcessor rgb(int w, int h) {
		ColorProcessor ip = new ColorProcessor(w, h);
		for (int i = 0; i < w * h; i++)
			ip.set(i, i % 7 == 0 ? 0x336699 : 0x993366);
		return ip;
	}

	/** A minimal one-strip grey TIFF header (little-endian), patched by the caller. */
	static byte[] tiff(long width, long height, int bits, int compression, long stripOffset, long stripBytes,
		int extraTag, long extraValue)
	{
		int[][] tags = { { 256, 4 }, { 257, 4 }, { 258, 3 }, { 259, 3 }, { 262, 3 }, { 273, 4 }, { 277, 3 }, { 278, 4 },
			{ 279, 4 }, { extraTag, 4 } };
		long[] values = { width, height, bits, compression, 1, stripOffset, 1, height, stripBytes, extraValue };
		int n = extraTag == 0 ? tags.length - 1 : tags.length;
		ByteBuffer b = ByteBuffer.allocate(8 + 2 + n * 12 + 4).order(ByteOrder.LITTLE_ENDIAN);
		b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) n);
		for (int i = 0; i < n; i++) {
			b.putShort((short) tags[i][0]).putShort((short) tags[i][1]).putInt(1);
			if (tags[i][1] == 3) b.putShort((short) values[i]).putShort((short) 0);
			else b.putInt((int) values[i]);
		}
		b.putInt(0);
		return b.array();
	}

	/** A sound header for w x h 16-bit pixels, with the pixels (zeros) after it. */
	Path tiffFile(String name, long w, long h, int bits, int compression, long stripBytes, int extraTag,
		long extraValue, long length) throws IOException
	{
		byte[] header = tiff(w, h, bits, compression, 256, stripBytes, extraTag, extraValue);
		Path file = file(name, header);
		try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
			f.setLength(length);
		}
		return file;
	}

	/** A header whose first directory points back at itself. */
	static byte[] loopingTiff() {
		byte[] b = tiff(8, 8, 8, 1, 256, 64, 0, 0);
		ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(b.length - 4, 8);
		return Arrays.copyOf(b, 400);
	}

	Path sheet(String name, List<String> lines) throws IOException {
		return text(name, String.join("\n", lines) + "\n");
	}
}
