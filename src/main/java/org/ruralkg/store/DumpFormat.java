package org.ruralkg.store;

import java.io.OutputStream;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.RDFStar;
import org.apache.jena.riot.RIOT;

/**
 * How the whole graph is written as one file, for {@code export} and the {@code /dumps/}: all by Jena's RIOT
 * writers. N-Quads and JSON-LD keep the named graphs (one per article); Turtle, N-Triples and RDF/XML write their
 * union. The line-based formats stream from the dataset; the JSON-LD and RDF/XML writers need the graph whole,
 * and cannot write RDF 1.2 triple terms ({@code rdf:reifies <<( s p o )>>}, see {@code GraphAssembler}): for them each
 * triple term becomes a blank node with {@code rdf:subject}, {@code rdf:predicate} and {@code rdf:object}
 * ({@link #withoutTripleTerms}), which Jena's {@code RDFStar.decodeFromRDF} turns back.
 *
 * <pre>{@code Txn.executeRead(dsg, () -> DumpFormat.JSONLD.write(dsg, Namespaces.of(iris), out));}</pre>
 */
public enum DumpFormat {
    TURTLE(RDFFormat.TURTLE_BLOCKS, false),
    NTRIPLES(RDFFormat.NTRIPLES_UTF8, false),
    NQUADS(RDFFormat.NQUADS_UTF8, true),
    /** JSON-LD 1.1 of the dataset: a {@code @graph} per named graph. */
    JSONLD(RDFFormat.JSONLD11, true),
    RDFXML(RDFFormat.RDFXML_PLAIN, false);

    private final RDFFormat format;
    private final boolean keepsGraphs;

    DumpFormat(RDFFormat format, boolean keepsGraphs) {
        this.format = format;
        this.keepsGraphs = keepsGraphs;
    }

    /** True when named graphs are kept, false when their union is written. */
    public boolean keepsGraphs() {
        return keepsGraphs;
    }

    /** Writes {@code dsg} to {@code out} (not closed) with these prefixes; call inside a read transaction. */
    public void write(DatasetGraph dsg, Map<String, String> prefixes, OutputStream out) {
        PrefixMap pm = PrefixMapFactory.create(prefixes);
        if (StreamRDFWriter.registered(format)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, format, null);
            w.start();
            pm.forEach(w::prefix);
            if (keepsGraphs) {
                dsg.find().forEachRemaining(w::quad);
            } else {
                // the union view yields each triple once, however many articles state it
                dsg.getUnionGraph().find().forEachRemaining(w::triple);
            }
            w.finish();
        } else if (keepsGraphs) {
            DatasetGraph plain = DatasetGraphFactory.create();
            dsg.listGraphNodes().forEachRemaining(g -> plain.addGraph(g, withoutTripleTerms(dsg.getGraph(g))));
            RDFWriterRegistry.getWriterDatasetFactory(format).create(format).write(out, plain, pm, null,
                    RIOT.getContext());
        } else {
            RDFWriterRegistry.getWriterGraphFactory(format).create(format).write(out,
                    withoutTripleTerms(dsg.getUnionGraph()), pm, null, RIOT.getContext());
        }
    }

    /**
     * {@code graph} with every triple term replaced by a blank node reifying it in RDF 1.1 terms, for writers that
     * know no triple terms (JSON-LD, RDF/XML); {@code graph} itself when it holds none.
     */
    public static Graph withoutTripleTerms(Graph graph) {
        boolean any = graph.stream().anyMatch(t -> t.getObject().isTripleTerm() || t.getSubject().isTripleTerm());
        return any ? RDFStar.encodeAsRDF(graph) : graph;
    }
}
