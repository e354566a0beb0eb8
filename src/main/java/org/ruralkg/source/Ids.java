package org.ruralkg.source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.ruralkg.RuralKgException;

/** Stable, IRI-safe article identifiers and content hashes. */
final class Ids {
    static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]+");

    private Ids() {
    }

    /**
     * An id stem for a file: its path relative to the input root without extension, '/' turned into '_'. Names with
     * non-ASCII characters become a short hash of the relative path, because transliteration would not be stable.
     */
    static String fileStem(Path relative) {
        String rel = relative.toString().replace('\\', '/');
        String noExt = rel.replaceFirst("\\.[A-Za-z0-9]+$", "");
        for (int i = 0; i < noExt.length(); i++) {
            if (noExt.charAt(i) > 0x7E) {
                return "f" + shortHash(rel);
            }
        }
        String s = noExt.replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("^_+|_+$", "");
        return s.isEmpty() ? "f" + shortHash(rel) : s;
    }

    /** First 12 hex digits of the SHA-256 of {@code s}. */
    static String shortHash(String s) {
        return sha256(s).substring(0, 12);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new RuralKgException("SHA-256 is not available in this Java runtime", e);
        }
    }

    static String contentHash(String title, String text) {
        return sha256(title + "\n" + text);
    }
}
