package org.ruralkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.ruralkg.RuralKgException;
import org.ruralkg.graph.Namespaces;
import org.ruralkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ruralkg export}: the whole knowledge graph as one RDF file. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Write the knowledge graph as RDF.",
                "nq and jsonld keep the named graphs (one per article); ttl, nt and rdfxml write their union."})
final class ExportCommand implements Callable<Integer> {
    /** Export formats. */
    enum Format { ttl, nt, nq, jsonld, rdfxml }

    @Mixin
    StoreOptions store;

    @Option(names = "--format", required = true, description = "ttl, nt, nq, jsonld or rdfxml.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file. Default: standard output.")
    Path output;

    @Override
    public Integer call() {
        try (KnowledgeStore s = store.open(); OutputStream out = open()) {
            DatasetGraph dsg = s.dataset().asDatasetGraph();
            PrefixMap prefixes = PrefixMapFactory.create(Namespaces.of(s.iris()));
            Txn.executeRead(dsg, () -> write(dsg, prefixes, out));
            out.flush();
        } catch (IOException e) {
            throw new RuralKgException("cannot write " + (output == null ? "standard output" : output) + ": "
                    + e.getMessage(), e);
        }
        return 0;
    }

    private void write(DatasetGraph dsg, PrefixMap prefixes, OutputStream out) {
        switch (format) {
            case ttl -> stream(RDFFormat.TURTLE_BLOCKS, dsg, prefixes, out, false);
            case nt -> stream(RDFFormat.NTRIPLES, dsg, prefixes, out, false);
            case nq -> stream(RDFFormat.NQUADS, dsg, prefixes, out, true);
            // JSON-LD and RDF/XML writers need the whole graph; the union graph is a view, not a copy.
            case jsonld -> RDFDataMgr.write(out, dsg, RDFFormat.JSONLD11);
            case rdfxml -> RDFDataMgr.write(out, dsg.getUnionGraph(), RDFFormat.RDFXML_PLAIN);
        }
    }

    private static void stream(RDFFormat fmt, DatasetGraph dsg, PrefixMap prefixes, OutputStream out, boolean quads) {
        StreamRDF w = StreamRDFWriter.getWriterStream(out, fmt, null);
        w.start();
        prefixes.forEach(w::prefix);
        if (quads) {
            dsg.find().forEachRemaining(w::quad);
        } else {
            dsg.getUnionGraph().find().forEachRemaining(w::triple);
        }
        w.finish();
    }

    private OutputStream open() throws IOException {
        if (output == null) {
            return new BufferedOutputStream(new java.io.FilterOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush(); // leave standard output open
                }
            });
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new RuralKgException("cannot write " + output + ": folder " + parent + " does not exist");
        }
        return new BufferedOutputStream(Files.newOutputStream(output));
    }
}
