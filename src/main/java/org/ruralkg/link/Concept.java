package org.ruralkg.link;

import java.util.Objects;
import org.ruralkg.EntityKind;

/**
 * A crop or livestock concept of the ruralkg concept scheme ({@code ontology/concepts.ttl}).
 *
 * @param iri          e.g. {@code https://w3id.org/ruralkg/concept/hongshu}
 * @param key          entity key, {@code "concept/hongshu"}
 * @param prefLabelZh  preferred Chinese label, e.g. 红薯
 * @param prefLabelEn  preferred English label, e.g. sweet potato
 * @param kind         {@link EntityKind#CROP} or {@link EntityKind#LIVESTOCK}
 * @param broaderIri   IRI of the broader concept (梨 for 玉露香梨), or null for a top concept
 */
public record Concept(String iri, String key, String prefLabelZh, String prefLabelEn, EntityKind kind,
        String broaderIri) {
    public Concept {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(prefLabelZh, "prefLabelZh");
        Objects.requireNonNull(prefLabelEn, "prefLabelEn");
        if (kind != EntityKind.CROP && kind != EntityKind.LIVESTOCK) {
            throw new IllegalArgumentException("concept " + iri + " has kind " + kind + ", not CROP or LIVESTOCK");
        }
    }
}
