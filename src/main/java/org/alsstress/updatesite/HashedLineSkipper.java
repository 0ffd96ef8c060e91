package org.alsstress.updatesite;

import java.io.ByteArrayOutputStream;

/**
 * Drops {@code #} comment lines from a {@code .properties} entry the way the
 * ImageJ Updater does before checksumming, so that the date comment Maven
 * writes into {@code pom.properties} does not change a jar's checksum.
 * <p>
 * The rules are the updater's, quirks included: a comment line is replaced by
 * its newline; a line starts only after a newline that was not itself at the
 * start of a line, so a comment right after an empty line or right after a
 * bare {@code #} line is kept. Matching those quirks is what keeps our
 * checksums identical to the ones Fiji computes.
 */
final class HashedLineSkipper {

	private final byte[] in;
	private int position;
	private boolean atLineStart = true;

	private HashedLineSkipper(final byte[] in) {
		this.in = in;
	}

	static byte[] filter(final byte[] content) {
		final HashedLineSkipper skipper = new HashedLineSkipper(content);
		final ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
		for (int ch = skipper.read(); ch >= 0; ch = skipper.read()) {
			out.write(ch);
		}
		return out.toByteArray();
	}

	private int next() {
		return position < in.length ? in[position++] & 0xff : -1;
	}

	private int read() {
		int ch = next();
		if (atLineStart) {
			if (ch == '#') {
				do {
					ch = read();
				}
				while (ch != '\n' && ch != -1);
			}
			else {
				atLineStart = false;
			}
		}
		else if (ch == '\n') {
			atLineStart = true;
		}
		return ch;
	}
}
