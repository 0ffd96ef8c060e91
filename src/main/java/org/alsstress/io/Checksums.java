package org.alsstress.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import ij.ImagePlus;
import ij.ImageStack;

/** SHA-256 checksums of input files, and of images that exist only in memory. */
public final class Checksums {

	private Checksums() {}

	public static String sha256(Path file) throws IOException {
		MessageDigest digest = newDigest();
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			int n;
			while ((n = in.read(buffer)) > 0)
				digest.update(buffer, 0, n);
		}
		return hex(digest.digest());
	}

	/** Checksum of an image's raw pixel values and dimensions (not of any file). */
	public static String sha256(ImagePlus image) {
		MessageDigest digest = newDigest();
		ImageStack stack = image.getStack();
		digest.update(ByteBuffer.allocate(16).putInt(stack.getWidth()).putInt(stack.getHeight())
			.putInt(stack.getSize()).putInt(image.getBitDepth()).array());
		for (int s = 1; s <= stack.getSize(); s++)
			digest.update(pixelBytes(stack.getPixels(s)));
		return hex(digest.digest());
	}

	private static byte[] pixelBytes(Object pixels) {
		if (pixels instanceof byte[]) return (byte[]) pixels;
		if (pixels instanceof short[]) {
			short[] p = (short[]) pixels;
			ByteBuffer b = ByteBuffer.allocate(p.length * 2).order(ByteOrder.LITTLE_ENDIAN);
			b.asShortBuffer().put(p);
			return b.array();
		}
		if (pixels instanceof float[]) {
			float[] p = (float[]) pixels;
			ByteBuffer b = ByteBuffer.allocate(p.length * 4).order(ByteOrder.LITTLE_ENDIAN);
			b.asFloatBuffer().put(p);
			return b.array();
		}
		int[] p = (int[]) pixels;
		ByteBuffer b = ByteBuffer.allocate(p.length * 4).order(ByteOrder.LITTLE_ENDIAN);
		b.asIntBuffer().put(p);
		return b.array();
	}

	static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	public static String hex(byte[] bytes) {
		StringBuilder sb = new StringBuilder(bytes.length * 2);
		for (byte b : bytes)
			sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
		return sb.toString();
	}
}
