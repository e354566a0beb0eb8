package org.ruralkg.extract;

import org.ruralkg.EntityKey;
import org.ruralkg.EntityKind;
import java.util.List;
import java.util.Objects;

/**
 * Something an article names, identified across articles by its key.
 *
 * @param key       stable across articles: "kind/local" where local is a division code, a concept id or a
 *                  normalized name (the graph assembler turns it into an IRI), e.g. "place/140525113",
 *                  "org/交城县天宁镇前火山锦绣养殖有限公司", "concept/hongshu"
 * @param kind      most specific kind known
 * @param label     preferred Chinese label
 * @param altLabels other names the article used for it
 */
public record Entity(String key, EntityKind kind, String label, List<String> altLabels) {
    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("entity " + key + " has no label");
        }
        EntityKey.parse(key); // checks the form
        altLabels = List.copyOf(altLabels);
    }
}
