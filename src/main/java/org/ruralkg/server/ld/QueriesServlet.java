package org.ruralkg.server.ld;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.ruralkg.RuralKgException;

/**
 * {@code /queries}: example SPARQL queries, each one click from the Fuseki query UI (which reads a query from its
 * URL: {@code /#/dataset/kg/query?query=…}) or from its result table here ({@code ?run=<name>}, at most
 * {@value #MAX_ROWS} rows, {@value #TIMEOUT_SECONDS} s). The queries live in {@code queries/*.rq}: first line a
 * comment with the title.
 */
final class QueriesServlet extends LdServlet {
    private static final long serialVersionUID = 1L;
    static final List<String> NAMES = List.of("01-villages-crops", "02-grows-sources", "03-quantities-by-article",
            "04-lvliang-maize", "05-text-search", "06-programmes-per-county", "07-organizations-in-prefecture",
            "08-quantities-over-years");
    static final int MAX_ROWS = 100;
    static final int TIMEOUT_SECONDS = 5;

    /** An example: its name, title, text and the URL that opens it in the query UI. */
    public record Example(String name, String title, String text, String uiHref, String runHref) {
    }

    QueriesServlet(LinkedData ld) {
        super(ld);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<Example> examples = new ArrayList<>();
        for (String name : NAMES) {
            examples.add(example(name, req.getContextPath()));
        }
        Map<String, Object> model = model(req);
        model.put("examples", examples);
        String run = req.getParameter("run");
        if (run != null) {
            Example ex = examples.stream().filter(e -> e.name().equals(run)).findFirst().orElse(null);
            if (ex == null) {
                error(req, resp, HttpServletResponse.SC_NOT_FOUND, "没有这个示例查询 No example query " + run);
                return;
            }
            model.put("run", ex);
            model.putAll(results(ex.text()));
        }
        sendHtml(req, resp, ld.pages().render("queries.ftlh", model));
    }

    static Example example(String name, String ctx) {
        String text;
        try (InputStream in = QueriesServlet.class.getResourceAsStream("queries/" + name + ".rq")) {
            if (in == null) {
                throw new RuralKgException("example query " + name + ".rq is missing from the classpath");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuralKgException("cannot read example query " + name + ": " + e.getMessage(), e);
        }
        String first = text.lines().findFirst().orElse("");
        String title = first.startsWith("#") ? first.substring(1).strip() : name;
        String body = first.startsWith("#") ? text.substring(first.length()).stripLeading() : text;
        // The UI's router takes the query from the fragment's own query string; %20, not "+", for spaces there.
        String ui = ctx + "/#/dataset/kg/query?query="
                + URLEncoder.encode(body, StandardCharsets.UTF_8).replace("+", "%20");
        return new Example(name, title, body, ui, ctx + "/queries?run=" + name + "#result");
    }

    /** Runs a query with a time limit and shows at most MAX_ROWS rows; values are shown as text. */
    private Map<String, Object> results(String query) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        List<String> vars = new ArrayList<>();
        try {
            Txn.executeRead(ld.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create().query(query).dataset(ld.dataset())
                        .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
                    ResultSet rs = qe.execSelect();
                    vars.addAll(rs.getResultVars());
                    while (rs.hasNext() && rows.size() < MAX_ROWS) {
                        var row = rs.next();
                        List<String> cells = new ArrayList<>();
                        for (String v : vars) {
                            RDFNode n = row.get(v);
                            cells.add(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                        }
                        rows.add(cells);
                    }
                    out.put("truncated", rs.hasNext());
                }
            });
        } catch (QueryParseException | org.apache.jena.query.QueryCancelledException e) {
            out.put("failure", e.getMessage());
        }
        out.put("vars", vars);
        out.put("rows", rows);
        return out;
    }
}
