package org.ruralkg.graph;

import java.util.Objects;
import java.util.regex.Pattern;
import org.ruralkg.EntityKey;
import org.ruralkg.Hashes;
import org.ruralkg.source.Article;
import org.ruralkg.vocab.RKG;

/**
 * Turns article ids and entity keys into IRIs. The same key always gives the same IRI, whichever article it comes
 * from: that is how one village named by two articles becomes one node.
 *
 * <ul>
 *   <li>article: {@code base + "id/article/" + id}</li>
 *   <li>entity key {@code kind/local}: {@code base + "id/" + kind + "/" + local} when local is
 *       {@code [A-Za-z0-9_-]+} (division codes, ids), otherwise {@code base + "id/" + kind + "/h"} followed by the
 *       first 12 hex digits of the SHA-256 of local in UTF-8 (names in Chinese), so IRIs stay short and stable</li>
 *   <li>{@code concept/<id>}: {@link RKG#CONCEPT_NS} + id, the SKOS concepts shipped with the ontology</li>
 * </ul>
 *
 * <pre>{@code
 * IriMinter iris = IriMinter.create().base("https://example.org/").build();
 * iris.entity("place/140525113");   // https://example.org/id/place/140525113
 * }</pre>
 *
 * The default base is {@value #DEFAULT_BASE}, so IRIs minted by a default build resolve on the default server.
 */
public final class IriMinter {
    /** Base of minted IRIs when none is configured: the address of the default server. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_-]*");
    
    private final String base;

    private IriMinter(String base) {
        this.base = base;
    }

    public static Builder create() {
        return new Builder();
    }

    /** The minter with the default base {@value #DEFAULT_BASE}. */
    public static IriMinter defaults() {
        return create().build();
    }

    public String base() {
        return base;
    }

    public String article(Article article) {
        return article(Objects.requireNonNull(article, "article").id());
    }

    public String article(String articleId) {
        if (articleId == null || !SAFE.matcher(articleId).matches()) {
            throw new IllegalArgumentException("article id '" + articleId + "' is not IRI-safe");
        }
        return base + "id/article/" + articleId;
    }

    /** The IRI of the entity with key {@code kind/local}. */
    public String entity(String key) {
        EntityKey parsed = EntityKey.parse(key);
        String kind = parsed.kind();
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("entity key '" + key + "' has kind '" + kind
                    + "', expected lower-case letters, digits, '_' or '-'");
        }
        String path = localPart(parsed.local());
        return EntityKey.CONCEPT.equals(kind) ? RKG.CONCEPT_NS + path : base + "id/" + kind + "/" + path;
    }

    /** The name of the named graph holding ontology and concepts. */
    public String referenceGraph() {
        return base + "graph/reference";
    }

    /**
     * The name of the named graph holding per-place counts derived from all articles ({@code rkg:programmeCount}
     * and the like), rewritten by every build that changes the store.
     */
    public String statisticsGraph() {
        return base + "graph/statistics";
    }

    /** IRI of a quantity: quantities belong to the article that states them, whatever key the extractor gave. */
    public String quantity(String articleIri, String key) {
        Objects.requireNonNull(articleIri, "articleIri");
        return articleIri + "/q/" + localPart(EntityKey.localOf(key));
    }

    /** {@code local} itself when IRI-safe, otherwise "h" + the first 12 hex digits of its SHA-256. */
    static String localPart(String local) {
        return SAFE.matcher(local).matches() ? local : "h" + Hashes.shortSha256(local);
    }

    /** Configures an {@link IriMinter}. */
    public static final class Builder {
        private String base = DEFAULT_BASE;

        private Builder() {
        }

        /** Base IRI of everything minted; must be absolute http(s) and end with '/'. */
        public Builder base(String base) {
            if (base == null || !base.matches("https?://[^\\s<>\"{}|\\\\^`]+/")) {
                throw new IllegalArgumentException("base IRI '" + base + "' must be an http(s) IRI ending in '/'");
            }
            this.base = base;
            return this;
        }

        public IriMinter build() {
            return new IriMinter(base);
        }
    }
}
