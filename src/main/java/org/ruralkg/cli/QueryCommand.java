package org.ruralkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.ruralkg.RuralKgException;
import org.ruralkg.graph.Namespaces;
import org.ruralkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ruralkg query}: run one SPARQL query against the store. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Run a SPARQL query over the union of all graphs (GRAPH ?g reaches single articles).",
                "The prefixes rkg:, concept:, id:, rdfs:, skos:, dcterms:, schema:, prov:, xsd: are predeclared."})
final class QueryCommand implements Callable<Integer> {
    /** Output formats of SELECT and ASK results. */
    enum Format { table, csv, json }

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "table",
            description = "table, csv or json (SELECT and ASK; graphs come as Turtle). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Parameters(paramLabel = "SPARQL", description = "The query, or @FILE to read it from a file.")
    String sparql;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String text = queryText();
        PrefixMapping prefixes = PrefixMapping.Factory.create();
        Namespaces.apply(prefixes, store.iris());
        Query query = new Query();
        query.setPrefixMapping(prefixes);
        try {
            QueryFactory.parse(query, text, null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new RuralKgException("bad SPARQL: " + e.getMessage(), e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (KnowledgeStore s = store.open()) {
            Txn.executeRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(query).build()) {
                    write(query, qe, out);
                }
            });
        }
        spec.commandLine().getOut().print(out.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private void write(Query query, QueryExecution qe, ByteArrayOutputStream out) {
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case table -> ResultSetFormatter.out(out, rs, query.getPrefixMapping());
                case csv -> ResultSetFormatter.outputAsCSV(out, rs);
                case json -> ResultSetFormatter.outputAsJSON(out, rs);
            }
        } else if (query.isAskType()) {
            boolean b = qe.execAsk();
            switch (format) {
                case table -> out.writeBytes((b + "\n").getBytes(StandardCharsets.UTF_8));
                case csv -> ResultSetFormatter.outputAsCSV(out, b);
                case json -> ResultSetFormatter.outputAsJSON(out, b);
            }
        } else if (query.isConstructType() || query.isDescribeType()) {
            var model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(out, model, Lang.TURTLE);
        } else {
            throw new RuralKgException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries can be run here");
        }
    }

    private String queryText() {
        if (!sparql.startsWith("@")) {
            return sparql;
        }
        Path file = Path.of(sparql.substring(1));
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuralKgException("cannot read query file " + file + ": " + e.getMessage(), e);
        }
    }
}
