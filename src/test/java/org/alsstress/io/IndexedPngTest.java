package org.alsstress.io;

import static org.junit.Assert.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class IndexedPngTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void imageIoReadsBackEveryPixelInItsPaletteColour() throws Exception {
		int w = 37, h = 23;
		int[] palette = new int[256];
		for (int i = 0; i < 256; i++)
			palette[i] = (i * 7 & 0xff) << 16 | (255 - i) << 8 | (i * 13 & 0xff);
		byte[] indices = new byte[w * h];
		for (int i = 0; i < indices.length; i++)
			indices[i] = (byte) (i * 31 + i / w);
		Path file = tmp.getRoot().toPath().resolve("p.png");
		IndexedPng.write(file, w, h, indices, palette);
		BufferedImage read = ImageIO.read(file.toFile());
		assertEquals(w, read.getWidth());
		assertEquals(h, read.getHeight());
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				assertEquals("pixel " + x + "," + y, palette[indices[y * w + x] & 0xff], read.getRGB(x, y) & 0xffffff);
	}

	@Test(expected = IllegalArgumentException.class)
	public void refusesIndicesThatDoNotFitTheSize() throws Exception {
		IndexedPng.write(tmp.getRoot().toPath().resolve("q.png"), 4, 4, new byte[15], new int[] { 0 });
	}
}
