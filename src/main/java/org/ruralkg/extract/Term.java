package org.ruralkg.extract;

import java.util.Objects;

/** The object of a {@link Fact}: another entity, or a literal value. */
public sealed interface Term {

    /** A reference to an entity by its key. */
    record Ref(String key) implements Term {
        public Ref {
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * A literal.
     *
     * @param lexical  lexical form
     * @param datatype datatype IRI (XSD), or null for a plain/language string
     * @param lang     language tag, or null
     */
    record Lit(String lexical, String datatype, String lang) implements Term {
        public Lit {
            Objects.requireNonNull(lexical, "lexical");
        }

        public static Lit zh(String s) {
            return new Lit(s, null, "zh");
        }

        public static Lit plain(String s) {
            return new Lit(s, null, null);
        }

        public static Lit typed(String s, String datatypeIri) {
            return new Lit(s, datatypeIri, null);
        }
    }
}
