package org.ruralkg.extract;

import java.util.Objects;

/**
 * One statement an article supports: subject entity, predicate IRI, object, and the evidence for it.
 *
 * @param subject   key of the subject entity
 * @param predicate full IRI of the property (use the vocabulary classes' constants)
 * @param object    entity reference or literal
 * @param evidence  where it was read; never null: every fact is traceable
 */
public record Fact(String subject, String predicate, Term object, Evidence evidence) {
    public Fact {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(evidence, "evidence of " + subject + " " + predicate);
    }
}
