package org.alsstress.blot;

import java.util.Locale;

/** What a blot image shows. */
public enum Role {
	TARGET, REFERENCE, LOADING;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
