package org.ruralkg;

/**
 * The one unchecked exception of ruralkg. Library failures are wrapped in it with the context a user needs
 * (which file, which line, which article), so a caller can catch a single type.
 */
public class RuralKgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RuralKgException(String message) {
        super(message);
    }

    public RuralKgException(String message, Throwable cause) {
        super(message, cause);
    }
}
