package org.ruralkg.server.ld;

import java.io.OutputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ruralkg.graph.Namespaces;
import org.ruralkg.store.DumpFormat;

/**
 * The downloadable dumps of the whole graph, written by {@link DumpFormat} like {@code ruralkg export}; the caller
 * holds a read transaction.
 */
public enum Dumps {
    /** Union of all graphs as Turtle (blocks of one subject). */
    TURTLE("ruralkg.ttl.gz", "text/turtle", "Turtle（所有命名图合并）", DumpFormat.TURTLE),
    /** Every quad, named graphs kept. */
    NQUADS("ruralkg.nq.gz", "application/n-quads", "N-Quads（保留命名图）", DumpFormat.NQUADS),
    /** Union of all graphs as N-Triples. */
    NTRIPLES("ruralkg.nt.gz", "application/n-triples", "N-Triples（所有命名图合并）", DumpFormat.NTRIPLES),
    /** JSON-LD 1.1, named graphs kept. */
    JSONLD("ruralkg.jsonld.gz", "application/ld+json", "JSON-LD（保留命名图）", DumpFormat.JSONLD);

    private final String fileName;
    private final String mediaType;
    private final String description;
    private final DumpFormat format;

    Dumps(String fileName, String mediaType, String description, DumpFormat format) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.description = description;
        this.format = format;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public String description() {
        return description;
    }

    public static Dumps byFileName(String name) {
        for (Dumps d : values()) {
            if (d.fileName.equals(name)) {
                return d;
            }
        }
        return null;
    }

    /** Writes the dump (uncompressed) to out; call inside a read transaction on dsg. */
    public void write(DatasetGraph dsg, OutputStream out) {
        format.write(dsg, Namespaces.FIXED.getNsPrefixMap(), out);
    }

    /** The JSON-LD context of the dumps' prefixes, also published at /dumps/context.jsonld. */
    public static String context() {
        JsonObject prefixes = new JsonObject();
        Namespaces.FIXED.getNsPrefixMap().forEach(prefixes::put);
        JsonObject doc = new JsonObject();
        doc.put("@context", prefixes);
        return JSON.toString(doc) + "\n";
    }
}
