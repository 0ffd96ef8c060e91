package org.alsstress.io;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import ij.CompositeImage;
import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ShortProcessor;

import org.alsstress.model.NotEnoughMemoryException;
import org.alsstress.model.UserInputException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Damaged, empty, foreign and oversized files: each gets a message saying what is actually wrong. */
public class BadImageFilesTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	/** A 4-channel 16-bit ImageJ TIFF as microscopes export them. */
	static byte[] fourChannelTiff(Path folder, int width, int height) throws Exception {
		ImageStack stack = new ImageStack(width, height);
		for (int c = 0; c < 4; c++) {
			ShortProcessor ip = new ShortProcessor(width, height);
			for (int i = 0; i < width * height; i++)
				ip.set(i, (i * 7 + c * 100) % 3000);
			stack.addSlice("c" + c, ip);
		}
		ImagePlus image = new ImagePlus("field", stack);
		image.setDimensions(4, 1, 1);
		Path file = folder.resolve("four channels.tif");
		assertTrue(IJ.saveAsTiff(new CompositeImage(image), file.toString()));
		return Files.readAllBytes(file);
	}

	/** A minimal uncompressed one-strip grey TIFF header (little-endian) for a width x height image. */
	static byte[] tiffHeader(long width, long height, int bits, long stripOffset, long stripBytes) {
		return tiffHeader(width, height, bits, stripOffset, stripBytes, 1);
	}

	/** The same with an ImageJ description saying the file holds {@code planes} planes one after the other. */
	static byte[] tiffHeader(long width, long height, int bits, long stripOffset, long stripBytes, int planes) {
		byte[] description = ("ImageJ=1.54p\nimages=" + planes + "\nslices=" + planes + "\n\0").getBytes();
		short[][] tags = { { 256, 4 }, { 257, 4 }, { 258, 3 }, { 259, 3 }, { 262, 3 }, { 270, 2 }, { 273, 4 },
			{ 277, 3 }, { 278, 4 }, { 279, 4 } };
		int descriptionAt = 8 + 2 + tags.length * 12 + 4;
		long[] values = { width, height, bits, 1, 1, descriptionAt, stripOffset, 1, height, stripBytes };
		ByteBuffer b = ByteBuffer.allocate(descriptionAt + description.length).order(ByteOrder.LITTLE_ENDIAN);
		b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) tags.length);
		for (int i = 0; i < tags.length; i++) {
			b.putShort(tags[i][0]).putShort(tags[i][1]).putInt(tags[i][0] == 270 ? description.length : 1);
			if (tags[i][1] == 3) b.putShort((short) values[i]).putShort((short) 0);
			else b.putInt((int) values[i]);
		}
		b.putInt(0).put(description);
		return b.array();
	}

	private String problem(String name, byte[] content) throws Exception {
		Path file = tmp.getRoot().toPath().resolve(name);
		Files.write(file, content);
		try {
			List<ImagePlus> images = ImageOpener.open(file);
			fail(name + " opened as " + images.get(0));
			return null;
		}
		catch (UserInputException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("'" + name + "'"));
			assertTrue("nothing asks for Bio-Formats here: " + e.getMessage(), !e.getMessage().contains("Bio-Formats"));
			return e.getMessage();
		}
	}

	@Test
	public void anEmptyFileIsCalledEmpty() throws Exception {
		assertTrue(problem("empty.tif", new byte[0]).contains("is empty (0 bytes)"));
	}

	@Test
	public void aTextFileIsCalledText() throws Exception {
		String m = problem("notes.tif", "lane,sample,group\n1,WT-1,WT\n".getBytes());
		assertTrue(m, m.contains("is a text file, not an image (it begins \"lane,sample,group 1,WT-1,WT\")"));
	}

	@Test
	public void randomBytesAreNotATiff() throws Exception {
		byte[] noise = new byte[5000];
		new Random(3).nextBytes(noise);
		noise[0] = 7; // never text, never a signature
		assertTrue(problem("noise.tif", noise).contains("is not a TIFF image"));
		assertTrue(problem("noise.png", noise).contains("is not a PNG image"));
	}

	@Test
	public void aCutOffTiffIsTruncatedWhereverTheCutFalls() throws Exception {
		byte[] whole = fourChannelTiff(tmp.getRoot().toPath(), 64, 48);
		for (int length : new int[] { 3, 7, 96, 200, 400, 8000, whole.length - 1 }) {
			String m = problem("cut.tif", Arrays.copyOf(whole, length));
			assertTrue(length + ": " + m, m.contains("is truncated"));
		}
	}

	@Test
	public void theHeaderThatThrowsNegativeArraySizeExceptionInImageJIsReportedAsTruncated() throws Exception {
		byte[] whole = fourChannelTiff(tmp.getRoot().toPath(), 1024, 1024);
		byte[] cut = Arrays.copyOf(whole, 96);
		Path file = tmp.getRoot().toPath().resolve("raw.tif");
		Files.write(file, cut);
		try {
			IJ.openImage(file.toString());
			fail("ImageJ's own reader no longer throws on this header: the case is gone");
		}
		catch (NegativeArraySizeException e) {
			assertTrue(problem("cut at 96.tif", cut).contains("is truncated"));
		}
	}

	@Test
	public void headerValuesThatContradictTheFileAreADamagedHeader() throws Exception {
		byte[] header = tiffHeader(64, 48, 16, 200, 64 * 48 * 2);
		byte[] file = Arrays.copyOf(header, 200 + 64 * 48 * 2);
		assertEquals("the sound version opens", 1, openBytes("sound.tif", file).size());
		assertTrue(problem("bits.tif", patched(tiffHeader(64, 48, 13, 200, 64 * 48 * 2), file.length)).contains(
			"13 bits per pixel"));
		assertTrue(problem("short strips.tif", patched(tiffHeader(64, 48, 16, 200, 100), file.length)).contains(
			"holds 100 bytes of pixels"));
		assertTrue(problem("zero width.tif", patched(tiffHeader(0, 48, 16, 200, 64 * 48 * 2), file.length)).contains(
			"damaged TIFF header"));
	}

	private static byte[] patched(byte[] header, int length) {
		return Arrays.copyOf(header, length);
	}

	private List<ImagePlus> openBytes(String name, byte[] content) throws Exception {
		Path file = tmp.getRoot().toPath().resolve(name);
		Files.write(file, content);
		return ImageOpener.open(file);
	}

	@Test
	public void aBigTiffSaysImageJCannotReadIt() throws Exception {
		byte[] big = new byte[64];
		big[0] = 'I';
		big[1] = 'I';
		big[2] = 43;
		Path file = tmp.getRoot().toPath().resolve("huge scan.tif");
		Files.write(file, big);
		try {
			ImageOpener.open(file);
			fail();
		}
		catch (UserInputException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("is a BigTIFF"));
		}
	}

	@Test
	public void pixelsThatCannotFitIntoTheHeapAreRefusedBeforeReading() throws Exception {
		long width = 30000, height = 30000, plane = width * height * 2;
		int planes = 2 + (int) (Runtime.getRuntime().maxMemory() / plane);
		Path file = tmp.getRoot().toPath().resolve("whole slide.tif");
		Files.write(file, tiffHeader(width, height, 16, 512, plane, planes));
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(512 + plane * planes); // a sparse file: no disk space used
		}
		try {
			ImageOpener.open(file);
			fail("more pixels than the heap holds were read");
		}
		catch (NotEnoughMemoryException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("'whole slide.tif' holds " + planes +
				" planes of 30000 x 30000 pixels (" + (plane * planes >> 20) + " MB), more than all the memory Java may use"));
		}
	}

	/** Random damage to headers and pixels of two kinds of TIFF: a clear message or a sound image, nothing else. */
	@Test
	public void randomDamageNeverEscapesAsAnythingButAMessage() throws Exception {
		Path folder = tmp.newFolder("sources").toPath();
		byte[] imagej = fourChannelTiff(folder, 64, 48);
		ImageStack stack = new ImageStack(40, 30);
		for (int s = 0; s < 3; s++)
			stack.addSlice(new ShortProcessor(40, 30));
		Path plain = folder.resolve("plain.tif");
		assertTrue(new ij.io.FileSaver(new ImagePlus("plain", stack)).saveAsTiffStack(plain.toString()));
		Random random = new Random(12);
		int messages = 0, opened = 0;
		for (byte[] source : List.of(imagej, Files.readAllBytes(plain)))
			for (int k = 0; k < 150; k++) {
				byte[] damaged = k < 50 ? Arrays.copyOf(source, 1 + random.nextInt(source.length)) : source.clone();
				for (int j = 0; k >= 50 && j < 1 + random.nextInt(4); j++)
					damaged[random.nextInt(k % 2 == 0 ? 400 : damaged.length)] = (byte) random.nextInt(256);
				Path file = tmp.getRoot().toPath().resolve("damaged " + k + ".tif");
				Files.write(file, damaged);
				try {
					List<ImagePlus> images = ImageOpener.open(file);
					assertTrue(images.get(0).getStackSize() >= 1);
					opened++;
				}
				catch (UserInputException e) {
					assertTrue(e.getMessage(), e.getMessage().contains("'damaged " + k + ".tif'"));
					messages++;
				}
				Files.delete(file);
			}
		assertTrue(messages + " messages", messages > 150);
		assertTrue(opened + " opened", opened > 10);
	}
}
