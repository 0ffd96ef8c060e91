package org.alsstress.io;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Walks the directories (IFDs) of a classic TIFF and checks that every offset and every value lies inside the
 * file, before ImageJ's decoder reads it: on a damaged header that decoder throws, or loops for minutes reading
 * past the end of the file.
 */
final class TiffStructure {

	/** Bytes per value of the TIFF field types 1 to 13 (index 0 unused). */
	private static final int[] TYPE_SIZE = { 0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4 };
	private static final int MAX_DIRECTORIES = 1_000_000;

	private TiffStructure() {}

	/**
	 * Null when the structure is sound, else what is wrong ("truncated: ..." or "damaged: ..."), or "tiled" for a
	 * sound tiled TIFF (which ImageJ's reader does not read).
	 */
	static String problem(Path file) throws IOException {
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			long size = in.length();
			ByteBuffer header = read(in, 0, 8);
			if (header == null) return "truncated: the file ends inside its 8-byte TIFF header";
			ByteOrder order = header.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
			long ifd = header.order(order).getInt(4) & 0xFFFFFFFFL;
			Set<Long> seen = new HashSet<>();
			boolean tiled = false;
			for (int n = 0; ifd != 0; n++) {
				String where = n == 0 ? "the first image directory" : "image directory " + (n + 1);
				if (ifd < 8) return "damaged: " + where + " is said to start at byte " + ifd + ", inside the header";
				if (ifd + 2 > size) return beyondEnd(where, ifd, size);
				if (!seen.add(ifd) || n >= MAX_DIRECTORIES) return "damaged: its image directories form a loop";
				int entries = read(in, ifd, 2).order(order).getShort(0) & 0xFFFF;
				if (entries == 0) return "damaged: " + where + " is empty";
				ByteBuffer dir = read(in, ifd + 2, entries * 12L + 4);
				if (dir == null) return beyondEnd(where, ifd + 2 + entries * 12L + 4, size);
				dir.order(order);
				Map<Integer, long[]> tags = new HashMap<>();
				for (int e = 0; e < entries; e++) {
					int type = dir.getShort(e * 12 + 2) & 0xFFFF;
					long count = dir.getInt(e * 12 + 4) & 0xFFFFFFFFL;
					if (type < 1 || type >= TYPE_SIZE.length) continue; // unknown types are skipped, as the standard says
					int tag = dir.getShort(e * 12) & 0xFFFF;
					long bytes = count * TYPE_SIZE[type];
					long offset = bytes <= 4 ? ifd + 2 + e * 12L + 8 : dir.getInt(e * 12 + 8) & 0xFFFFFFFFL;
					if (offset + bytes > size) return beyondEnd("a value of " + where + " (tag " + tag + ")", offset + bytes,
						size);
					tags.put(tag, new long[] { type, count, offset });
				}
				String inconsistent = inconsistency(in, order, tags);
				if (inconsistent != null) return "damaged: " + where + " " + inconsistent;
				if (tags.containsKey(TILE_WIDTH)) tiled = true;
				ifd = dir.getInt(entries * 12) & 0xFFFFFFFFL;
			}
			return tiled ? "tiled" : null;
		}
	}

	private static final int WIDTH = 256, HEIGHT = 257, BITS = 258, COMPRESSION = 259, SAMPLES = 277,
		STRIP_BYTES = 279, TILE_WIDTH = 322, META_BYTES = 50838, META = 50839;

	/** Values that contradict each other, which ImageJ's decoder would take as given. */
	private static String inconsistency(RandomAccessFile in, ByteOrder order, Map<Integer, long[]> tags)
		throws IOException
	{
		long width = first(in, order, tags.get(WIDTH)), height = first(in, order, tags.get(HEIGHT));
		if (width <= 0 || height <= 0) return "gives the image as " + width + " x " + height + " pixels";
		long bits = first(in, order, tags.get(BITS));
		if (bits != -1 && bits != 1 && bits != 8 && bits != 12 && bits != 16 && bits != 32 && bits != 64)
			return "gives " + bits + " bits per pixel";
		long samples = Math.max(1, first(in, order, tags.get(SAMPLES)));
		long compression = first(in, order, tags.get(COMPRESSION));
		if ((compression == -1 || compression == 1) && bits > 0 && tags.containsKey(STRIP_BYTES)) {
			long need = (width * samples * bits + 7) / 8 * height;
			long have = sum(in, order, tags.get(STRIP_BYTES));
			if (have < need) return "holds " + have + " bytes of pixels, but " + width + " x " + height + " pixels of " +
				bits + " bits need " + need;
		}
		if (tags.containsKey(META_BYTES) && tags.containsKey(META) && !metadataAddsUp(in, order, tags.get(META_BYTES),
			tags.get(META))) return "has ImageJ metadata whose sizes do not add up";
		return null;
	}

	/**
	 * ImageJ's metadata: a list of block sizes that must fill the metadata exactly, the first block a header
	 * ("IJIJ", then a count of blocks per kind) whose counts must match the other blocks.
	 */
	private static boolean metadataAddsUp(RandomAccessFile in, ByteOrder order, long[] sizesTag, long[] metaTag)
		throws IOException
	{
		if (sizesTag[1] > 1 << 20 || sum(in, order, sizesTag) != metaTag[1]) return false;
		long header = first(in, order, sizesTag);
		if (header < 12 || header > 804) return true; // ImageJ ignores such metadata
		ByteBuffer h = read(in, metaTag[2], header).order(order);
		if (h.getInt(0) != 0x494a494a) return true;
		long blocks = 0;
		for (int i = 1; i < (header - 4) / 8 * 2; i += 2)
			blocks += h.getInt(i * 4 + 4) & 0xFFFFFFFFL;
		return blocks == sizesTag[1] - 1;
	}

	/** The first value of an integer tag; -1 when the tag is absent. */
	private static long first(RandomAccessFile in, ByteOrder order, long[] tag) throws IOException {
		if (tag == null || tag[1] == 0) return -1;
		return value(read(in, tag[2], TYPE_SIZE[(int) tag[0]]).order(order), (int) tag[0], 0);
	}

	private static long sum(RandomAccessFile in, ByteOrder order, long[] tag) throws IOException {
		int size = TYPE_SIZE[(int) tag[0]];
		long count = Math.min(tag[1], 1 << 20), total = 0;
		ByteBuffer values = read(in, tag[2], count * size).order(order);
		for (int i = 0; i < count; i++)
			total += value(values, (int) tag[0], i * size);
		return total;
	}

	private static long value(ByteBuffer b, int type, int at) {
		switch (type) {
			case 1: case 2: case 6: case 7:
				return b.get(at) & 0xFF;
			case 3: case 8:
				return b.getShort(at) & 0xFFFF;
			default:
				return b.getInt(at) & 0xFFFFFFFFL;
		}
	}

	private static String beyondEnd(String what, long end, long size) {
		return "truncated: " + what + " reaches byte " + end + " but the file has only " + size + " bytes";
	}

	private static ByteBuffer read(RandomAccessFile in, long offset, long length) throws IOException {
		if (offset + length > in.length()) return null;
		byte[] bytes = new byte[(int) length];
		in.seek(offset);
		in.readFully(bytes);
		return ByteBuffer.wrap(bytes);
	}
}
