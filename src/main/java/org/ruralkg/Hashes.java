package org.ruralkg;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one SHA-256 helper: content hashes of articles, hashed IRI parts, ETags.
 *
 * <pre>{@code Hashes.sha256("前火山村")   // 64 hex digits
 * Hashes.shortSha256("前火山村")            // its first 12}</pre>
 */
public final class Hashes {
    /** One digest per thread: every assertion is hashed, and getInstance per call showed in profiles. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new RuralKgException("SHA-256 is not available in this Java runtime", e);
        }
    });

    private Hashes() {
    }

    /** Hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(SHA256.get().digest(bytes));
    }

    /** Hex SHA-256 of {@code s} in UTF-8. */
    public static String sha256(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    /** First 12 hex digits of the SHA-256 of {@code s} in UTF-8: 48 bits, ample for the names of one corpus. */
    public static String shortSha256(String s) {
        byte[] d = SHA256.get().digest(s.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 6);
    }
}
