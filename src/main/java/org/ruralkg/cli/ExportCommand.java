package org.ruralkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.ruralkg.RuralKgException;
import org.ruralkg.graph.Namespaces;
import org.ruralkg.store.DumpFormat;
import org.ruralkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ruralkg export}: the whole knowledge graph as one RDF file. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Write the knowledge graph as RDF.",
                "nq and jsonld keep the named graphs (one per article); ttl, nt and rdfxml write their union."})
final class ExportCommand implements Callable<Integer> {
    /** Export formats, by their command-line names. */
    enum Format {
        ttl(DumpFormat.TURTLE), nt(DumpFormat.NTRIPLES), nq(DumpFormat.NQUADS), jsonld(DumpFormat.JSONLD),
        rdfxml(DumpFormat.RDFXML);

        final DumpFormat dumpFormat;

        Format(DumpFormat dumpFormat) {
            this.dumpFormat = dumpFormat;
        }
    }

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
            Txn.executeRead(dsg, () -> format.dumpFormat.write(dsg, Namespaces.of(s.iris()), out));
            out.flush();
        } catch (IOException e) {
            throw new RuralKgException("cannot write " + (output == null ? "standard output" : output) + ": "
                    + e.getMessage(), e);
        }
        return 0;
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
