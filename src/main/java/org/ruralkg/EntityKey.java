package org.ruralkg;

import java.util.Objects;

/**
 * The key of an entity, written {@code kind/local}: the one place keys are built and split, so their shape is
 * decided here and nowhere else. {@link #toString()} gives the string stored in extraction records and turned
 * into IRIs, so changing it changes every IRI.
 *
 * <p>Shapes in use: {@code place/140525113} (a division code), {@code place/龙村@140525} (a name unresolved, scoped
 * by the place or article it was read in), {@code org/140525113-党委} (a body of a place), {@code
 * post/140525113-党委/书记} (a post in a body), {@code concept/hongshu}, {@code quantity/<article>-q3}.
 *
 * @param kind  what sort of thing: {@link #PLACE}, {@link #ORG}… never empty, never holds '/'
 * @param local which one of that kind; never empty, may hold '/'
 */
public record EntityKey(String kind, String local) {
    public static final String PLACE = "place";
    public static final String ORG = "org";
    public static final String PROGRAM = "program";
    public static final String PERSON = "person";
    public static final String POST = "post";
    public static final String CONCEPT = "concept";
    public static final String VARIETY = "variety";
    public static final String QUANTITY = "quantity";

    public EntityKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(local, "local");
        if (kind.isEmpty() || kind.indexOf('/') >= 0 || local.isEmpty()) {
            throw new IllegalArgumentException("entity key '" + kind + "/" + local + "' is not of the form kind/local");
        }
    }

    /** Splits {@code kind/local} at its first '/'. */
    public static EntityKey parse(String key) {
        Objects.requireNonNull(key, "key");
        int slash = key.indexOf('/');
        if (slash <= 0 || slash == key.length() - 1) {
            throw new IllegalArgumentException("entity key '" + key + "' is not of the form kind/local");
        }
        return new EntityKey(key.substring(0, slash), key.substring(slash + 1));
    }

    /** The local part of {@code key}: the code of {@code place/140525113}. */
    public static String localOf(String key) {
        return parse(key).local();
    }

    /** Whether {@code key} is a well-formed key of {@code kind}; false for null or malformed keys. */
    public static boolean isKind(String key, String kind) {
        return key != null && key.length() > kind.length() + 1 && key.startsWith(kind)
                && key.charAt(kind.length()) == '/';
    }

    public static EntityKey place(String local) {
        return new EntityKey(PLACE, local);
    }

    public static EntityKey org(String local) {
        return new EntityKey(ORG, local);
    }

    public static EntityKey program(String local) {
        return new EntityKey(PROGRAM, local);
    }

    public static EntityKey concept(String local) {
        return new EntityKey(CONCEPT, local);
    }

    /** A name that is only unique within a scope (a place's code or an article's id): {@code kind/name@scope}. */
    public static EntityKey scoped(String kind, String name, String scope) {
        return new EntityKey(kind, name + "@" + scope);
    }

    /** The body of a place, named after it: {@code org/<place local>-<body>}, e.g. {@code org/140525113-党委}. */
    public static EntityKey bodyOf(String placeKey, String body) {
        return org(localOf(placeKey) + "-" + body);
    }

    /** Whether {@code orgKey} is a body of the place {@code placeKey} (see {@link #bodyOf}). */
    public static boolean isBodyOf(String orgKey, String placeKey) {
        return orgKey.startsWith(bodyOf(placeKey, "").toString());
    }

    /** A post in a body or outlet: {@code post/<holder local>/<title>}. */
    public static EntityKey post(String holderKey, String title) {
        return new EntityKey(POST, localOf(holderKey) + "/" + title);
    }

    /** {@code kind/local}, exactly the string stored in extraction records. */
    @Override
    public String toString() {
        return kind + "/" + local;
    }
}
