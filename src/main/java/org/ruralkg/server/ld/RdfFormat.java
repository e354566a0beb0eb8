package org.ruralkg.server.ld;

import java.util.List;

import org.apache.jena.riot.RDFFormat;

/** The representations of a resource, with their media type, file extension and Jena writer format. */
public enum RdfFormat {
    HTML("text/html", "html", null),
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11_PRETTY),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES_UTF8),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PLAIN);

    /** Offered for resource pages, in order of preference when the client does not mind. */
    public static final List<RdfFormat> ALL = List.of(values());
    /** Offered where there is no HTML view (VoID). */
    public static final List<RdfFormat> RDF_ONLY = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);

    private final String mediaType;
    private final String extension;
    private final RDFFormat jenaFormat;

    RdfFormat(String mediaType, String extension, RDFFormat jenaFormat) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.jenaFormat = jenaFormat;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type header value, with charset. */
    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    public String extension() {
        return extension;
    }

    /** Jena's writer format; null for HTML. */
    public RDFFormat jenaFormat() {
        return jenaFormat;
    }

    /** The format whose extension a path ends with (".ttl"), or null. */
    public static RdfFormat byExtension(String path) {
        int dot = path.lastIndexOf('.');
        if (dot < 0 || path.indexOf('/', dot) >= 0) {
            return null;
        }
        String ext = path.substring(dot + 1);
        for (RdfFormat f : values()) {
            if (f.extension.equals(ext)) {
                return f;
            }
        }
        return null;
    }
}
