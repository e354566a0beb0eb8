package org.ruralkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.system.Txn;
import org.ruralkg.RuralKgException;
import org.ruralkg.graph.ReferenceData;
import org.ruralkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ruralkg validate}: check the knowledge graph against the SHACL shapes of the ontology. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Validate the union of all graphs with SHACL (ontology/shapes.ttl).",
                "Prints one line per violation; exit 0 if the graph conforms, 3 if not."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--shapes", paramLabel = "FILE",
            description = "SHACL shapes to use instead of the shipped " + ReferenceData.SHAPES + ".")
    Path shapesFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Shapes shapes = Shapes.parse(shapes());
        PrintWriter out = spec.commandLine().getOut();
        try (KnowledgeStore s = store.open()) {
            ValidationReport report = Txn.calculateRead(s.dataset(),
                    () -> ShaclValidator.get().validate(shapes, s.dataset().asDatasetGraph().getUnionGraph()));
            for (ReportEntry e : report.getEntries()) {
                out.println(e.severity().level().getLocalName() + ": " + e.focusNode()
                        + (e.resultPath() == null ? "" : " " + e.resultPath()) + ": " + e.message());
            }
            int n = report.getEntries().size();
            out.println(report.conforms() ? "conforms" : n + " violation" + (n == 1 ? "" : "s"));
            out.flush();
            return report.conforms() ? 0 : Main.NOT_CONFORMING;
        }
    }

    private Graph shapes() {
        Model m = ModelFactory.createDefaultModel();
        if (shapesFile == null) {
            if (!ReferenceData.readResource(ReferenceData.SHAPES, m)) {
                throw new RuralKgException(ReferenceData.SHAPES + " is not on the classpath; give --shapes FILE");
            }
            return m.getGraph();
        }
        if (!Files.isRegularFile(shapesFile)) {
            throw new RuralKgException("shapes file " + shapesFile + " does not exist");
        }
        try {
            RDFDataMgr.read(m, shapesFile.toString());
        } catch (RiotException e) {
            throw new RuralKgException("shapes file " + shapesFile + ": " + e.getMessage(), e);
        }
        return m.getGraph();
    }
}
