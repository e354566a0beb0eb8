package org.ruralkg.server.ld;

import java.net.URI;
import java.util.Objects;

import org.apache.jena.atlas.AtlasException;
import org.apache.jena.atlas.lib.IRILib;
import org.ruralkg.RuralKgException;
import org.ruralkg.vocab.RKG;

/**
 * The mapping between request paths on this server and the IRIs they describe.
 * <ul>
 * <li>{@code /id/…} (and any other path) → base + path, e.g. {@code /id/place/141122100218} →
 * {@code http://localhost:3030/id/place/141122100218};</li>
 * <li>{@code /ontology} → {@code https://w3id.org/ruralkg/ontology}; {@code /ontology/Village} →
 * {@code https://w3id.org/ruralkg/ontology#Village};</li>
 * <li>{@code /concept/hongshu} → {@code https://w3id.org/ruralkg/concept/hongshu}.</li>
 * </ul>
 * The reverse mapping turns IRIs into links that work on the running server whatever its host name.
 */
public final class IriMap {
    private final String base;

    /** @param base the base of minted IRIs, ending in "/" (e.g. {@code http://localhost:3030/}) */
    public IriMap(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.endsWith("/") || !URI.create(base).isAbsolute()) {
            throw new RuralKgException("linked-data base '" + base + "' must be an absolute IRI ending in '/'");
        }
        this.base = base;
    }

    public String base() {
        return base;
    }

    /**
     * The IRI a request path stands for.
     *
     * @param path decoded path below the context path, starting with "/", without extension
     */
    public String iriOf(String path) {
        if (path.equals("/ontology") || path.equals("/ontology/")) {
            return RKG.ONTOLOGY_IRI;
        }
        if (path.startsWith("/ontology/")) {
            return RKG.NS + path.substring("/ontology/".length());
        }
        if (path.startsWith("/concept/")) {
            return RKG.CONCEPT_NS + path.substring("/concept/".length());
        }
        return base + path.substring(1);
    }

    /** The server path of an IRI this server describes, or null for an IRI from elsewhere. */
    public String pathOf(String iri) {
        if (iri.equals(RKG.ONTOLOGY_IRI)) {
            return "/ontology";
        }
        if (iri.startsWith(RKG.NS)) {
            return "/ontology/" + iri.substring(RKG.NS.length());
        }
        if (iri.startsWith(RKG.CONCEPT_NS)) {
            return "/concept/" + iri.substring(RKG.CONCEPT_NS.length());
        }
        if (iri.startsWith(base) && iri.length() > base.length()) {
            return "/" + iri.substring(base.length());
        }
        return null;
    }

    /** A link for an IRI: its server path (percent-encoded) when this server describes it, else the IRI. */
    public String href(String contextPath, String iri) {
        String path = pathOf(iri);
        return path == null ? iri : contextPath + encodePath(path);
    }

    /**
     * Percent-encodes a path for a link: reserved characters as {@link IRILib#encodeUriPath} does, then UTF-8
     * bytes of non-ASCII characters, so that the link is plain ASCII whatever the identifier.
     */
    static String encodePath(String path) {
        return IRILib.encodeNonASCII(IRILib.encodeUriPath(path));
    }

    /**
     * Decodes %XX escapes as UTF-8 (a "+" stays a "+": this is a path, not a form). A malformed escape leaves the
     * path as it came, which then names nothing (404) rather than failing the request.
     */
    static String decodePath(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        try {
            return IRILib.decodeHex(raw);
        } catch (AtlasException e) {
            return raw;
        }
    }
}
