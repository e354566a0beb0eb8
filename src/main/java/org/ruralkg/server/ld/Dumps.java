package org.ruralkg.server.ld;

import org.ruralkg.JsonText;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * The downloadable dumps of the whole graph. Each writer streams quads straight from the dataset (the caller holds
 * a read transaction), so no dump is ever held in memory whole.
 */
public enum Dumps {
    /** Union of all graphs as Turtle (blocks of one subject; a triple in two graphs may appear twice). */
    TURTLE("ruralkg.ttl.gz", "text/turtle", "Turtle（所有命名图合并）"),
    /** Every quad, named graphs kept. */
    NQUADS("ruralkg.nq.gz", "application/n-quads", "N-Quads（保留命名图）"),
    /** Union of all graphs as N-Triples. */
    NTRIPLES("ruralkg.nt.gz", "application/n-triples", "N-Triples（所有命名图合并）"),
    /** Union of all graphs as JSON-LD, one node object per run of a subject's triples. */
    JSONLD("ruralkg.jsonld.gz", "application/ld+json", "JSON-LD（所有命名图合并，上下文见 context.jsonld）");

    private final String fileName;
    private final String mediaType;
    private final String description;

    Dumps(String fileName, String mediaType, String description) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.description = description;
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
    public void write(DatasetGraph dsg, OutputStream out) throws IOException {
        switch (this) {
            case TURTLE -> stream(dsg, StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS), false);
            case NQUADS -> stream(dsg, StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8), true);
            case NTRIPLES -> stream(dsg, StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES_UTF8), false);
            case JSONLD -> jsonld(dsg, out);
        }
    }

    private static void stream(DatasetGraph dsg, StreamRDF w, boolean quads) {
        w.start();
        Describer.PREFIXES.getNsPrefixMap().forEach(w::prefix);
        Iterator<Quad> it = dsg.find();
        while (it.hasNext()) {
            Quad q = it.next();
            if (quads) {
                w.quad(q);
            } else {
                w.triple(q.asTriple());
            }
        }
        w.finish();
    }

    /** The JSON-LD context of the dumps, also published at /dumps/context.jsonld. */
    public static String context() {
        StringBuilder sb = new StringBuilder("{\n  \"@context\": ");
        contextObject(sb);
        return sb.append("\n}\n").toString();
    }

    private static void contextObject(StringBuilder sb) {
        sb.append("{");
        boolean first = true;
        for (Map.Entry<String, String> e : Describer.PREFIXES.getNsPrefixMap().entrySet()) {
            sb.append(first ? "\n    " : ",\n    ").append(JsonText.quote(e.getKey())).append(": ").append(JsonText.quote(e.getValue()));
            first = false;
        }
        sb.append("\n  }");
    }

    /**
     * Streams JSON-LD: the context inline (parsers need not fetch it), then one node object per run of triples
     * with the same subject. JSON-LD merges node objects with the same @id, so runs need not be complete.
     */
    private static void jsonld(DatasetGraph dsg, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("{\n  \"@context\": ");
        contextObject(head);
        w.write(head.append(",\n  \"@graph\": [").toString());
        Iterator<Quad> it = dsg.find();
        Node subject = null;
        Map<Node, List<String>> props = new LinkedHashMap<>();
        boolean first = true;
        while (it.hasNext()) {
            Quad q = it.next();
            if (!q.getSubject().equals(subject)) {
                if (subject != null) {
                    writeNode(w, subject, props, first);
                    first = false;
                }
                subject = q.getSubject();
                props.clear();
            }
            props.computeIfAbsent(q.getPredicate(), p -> new ArrayList<>()).add(value(q.getObject()));
        }
        if (subject != null) {
            writeNode(w, subject, props, first);
        }
        w.write("\n  ]\n}\n");
        w.flush();
    }

    private static void writeNode(Writer w, Node s, Map<Node, List<String>> props, boolean first)
            throws IOException {
        StringBuilder sb = new StringBuilder(first ? "\n    {" : ",\n    {");
        sb.append("\"@id\": ").append(JsonText.quote(id(s)));
        props.forEach((p, values) -> {
            String key = p.equals(RDF.type.asNode()) ? "@type" : compact(p.getURI());
            sb.append(", ").append(JsonText.quote(key)).append(": [");
            for (int i = 0; i < values.size(); i++) {
                String v = values.get(i);
                if (key.equals("@type")) {
                    v = v.substring("{\"@id\": ".length(), v.length() - 1); // @type takes bare IRIs
                }
                sb.append(i == 0 ? "" : ", ").append(v);
            }
            sb.append(']');
        });
        w.write(sb.append('}').toString());
    }

    private static String value(Node o) {
        if (!o.isLiteral()) {
            return "{\"@id\": " + JsonText.quote(id(o)) + "}";
        }
        String lex = JsonText.quote(o.getLiteralLexicalForm());
        String lang = o.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return "{\"@value\": " + lex + ", \"@language\": " + JsonText.quote(lang) + "}";
        }
        String dt = o.getLiteralDatatypeURI();
        if (dt == null || dt.equals(XSDDatatype.XSDstring.getURI())) {
            return "{\"@value\": " + lex + "}";
        }
        return "{\"@value\": " + lex + ", \"@type\": " + JsonText.quote(compact(dt)) + "}";
    }

    private static String id(Node n) {
        if (n.isBlank()) {
            return "_:b" + n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "");
        }
        return n.getURI();
    }

    private static String compact(String iri) {
        PrefixMapping pm = Describer.PREFIXES;
        String q = pm.qnameFor(iri);
        return q != null ? q : iri;
    }
}
