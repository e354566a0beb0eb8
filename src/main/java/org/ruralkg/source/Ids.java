package org.ruralkg.source;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.ruralkg.Hashes;

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
                return "f" + Hashes.shortSha256(rel);
            }
        }
        String s = noExt.replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("^_+|_+$", "");
        return s.isEmpty() ? "f" + Hashes.shortSha256(rel) : s;
    }

    static String contentHash(String title, String text) {
        return Hashes.sha256(title + "\n" + text);
    }
}
