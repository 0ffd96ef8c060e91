package org.alsstress.io;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A palette PNG (8 bits per pixel, up to 256 colours) written in one pass with fast deflate: about ten times
 * quicker than ImageIO's PNG writer on a 1024 x 1024 picture, which tries every row filter on three bytes per
 * pixel. Any PNG reader opens it. Written atomically ({@link OutputFiles}).
 */
public final class IndexedPng {

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private IndexedPng() {}

	/** @param indices one palette index per pixel, row by row; @param palette 0xRRGGBB colours */
	public static void write(Path file, int width, int height, byte[] indices, int[] palette) throws IOException {
		if (indices.length != width * height) throw new IllegalArgumentException("indices do not fit " + width +
			" x " + height);
		if (palette.length == 0 || palette.length > 256) throw new IllegalArgumentException("a palette holds 1-256 " +
			"colours, not " + palette.length);
		byte[] idat = compressed(width, height, indices);
		OutputFiles.write(file, out -> {
			out.write(SIGNATURE);
			chunk(out, "IHDR", header(width, height));
			byte[] plte = new byte[3 * palette.length];
			for (int i = 0; i < palette.length; i++) {
				plte[3 * i] = (byte) (palette[i] >> 16);
				plte[3 * i + 1] = (byte) (palette[i] >> 8);
				plte[3 * i + 2] = (byte) palette[i];
			}
			chunk(out, "PLTE", plte);
			chunk(out, "IDAT", idat);
			chunk(out, "IEND", new byte[0]);
		});
	}

	private static byte[] header(int width, int height) {
		java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(13);
		b.putInt(width).putInt(height);
		b.put((byte) 8); // bit depth
		b.put((byte) 3); // colour type: palette
		b.put((byte) 0).put((byte) 0).put((byte) 0); // deflate, adaptive filtering, no interlace
		return b.array();
	}

	/** Rows with filter type 0 (none; the recommended filter for palette images), deflated at best speed. */
	private static byte[] compressed(int width, int height, byte[] indices) throws IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(indices.length / 4 + 1024);
		Deflater deflater = new Deflater(Deflater.BEST_SPEED);
		try (DeflaterOutputStream z = new DeflaterOutputStream(bytes, deflater, 1 << 16)) {
			for (int y = 0; y < height; y++) {
				z.write(0);
				z.write(indices, y * width, width);
			}
		}
		finally {
			deflater.end();
		}
		return bytes.toByteArray();
	}

	private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		DataOutputStream d = new DataOutputStream(out);
		d.writeInt(data.length);
		d.write(name);
		d.write(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		d.writeInt((int) crc.getValue());
		d.flush();
	}
}
