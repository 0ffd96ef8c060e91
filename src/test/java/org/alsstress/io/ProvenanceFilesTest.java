package org.alsstress.io;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import com.google.gson.JsonObject;

import ij.ImagePlus;
import ij.process.ByteProcessor;

import org.alsstress.model.Provenance;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ProvenanceFilesTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void sha256OfKnownContent() throws Exception {
		// FIPS 180-2 test vector for "abc"
		Path file = tmp.newFile("abc.txt").toPath();
		Files.write(file, "abc".getBytes(StandardCharsets.US_ASCII));
		assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Checksums
			.sha256(file));
	}

	@Test
	public void pixelChecksumChangesWithOnePixel() {
		ByteProcessor ip = new ByteProcessor(8, 8);
		String before = Checksums.sha256(new ImagePlus("a", ip));
		ip.set(3, 3, 1);
		String after = Checksums.sha256(new ImagePlus("a", ip));
		assertEquals(64, before.length());
		org.junit.Assert.assertNotEquals(before, after);
	}

	@Test
	public void writesEveryFieldOfTheRun() throws Exception {
		Provenance p = new Provenance("Quantify TBK1 Bands", "x.Y", "1.2.3", Instant.parse(
			"2026-11-26T10:00:00Z"));
		p.parameter("lanes", 10).parameter("background", "rolling ball");
		p.input(new Provenance.Input("target", "p.tif", "/data/p.tif", "00ff"));
		p.warn("lane 3 saturated");
		p.output("bands.csv");
		p.finish();
		Path folder = tmp.getRoot().toPath();
		JsonObject json = ProvenanceFiles.read(ProvenanceFiles.write(p, folder));
		assertEquals("ALS Stress Toolkit", json.get("tool").getAsString());
		assertEquals("1.2.3", json.get("version").getAsString());
		assertEquals("completed", json.get("status").getAsString());
		assertEquals("10", json.getAsJsonObject("parameters").get("lanes").getAsString());
		assertEquals("rolling ball", json.getAsJsonObject("parameters").get("background")
			.getAsString());
		JsonObject input = json.getAsJsonArray("inputs").get(0).getAsJsonObject();
		assertEquals("target", input.get("role").getAsString());
		assertEquals("00ff", input.get("sha256").getAsString());
		assertEquals("lane 3 saturated", json.getAsJsonArray("warnings").get(0).getAsString());
		assertEquals("bands.csv", json.getAsJsonArray("outputs").get(0).getAsString());
		assertEquals("2026-11-26T10:00:00Z", json.get("started").getAsString());
	}
}
