package org.alsstress.model;

/**
 * An input that does not fit into the memory Java was given, found before (or instead of) an
 * {@link OutOfMemoryError}. The message says what needed the memory; how to give Java more is added where it is
 * shown.
 */
public class NotEnoughMemoryException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public NotEnoughMemoryException(String message) {
		super(message);
	}
}
