package org.ruralkg.server.ld;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.ruralkg.vocab.RKG;

/**
 * The HTML index pages: {@code /home} (what the graph holds, with charts), {@code /class/<Name>} (entities of an
 * ontology class, {@code ?page=N}), {@code /articles} and {@code /search?q=…} (full text, via {@code text:query}).
 */
final class PageServlet extends LdServlet {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 100;
    static final int SEARCH_LIMIT = 50;
    /** Local names of the ontology's classes: ASCII letters, as in {@code rkg:Village}. */
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z]+");

    PageServlet(LinkedData ld) {
        super(ld);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = path(req);
        if (path.equals("/home") || path.equals("/home/")) {
            home(req, resp);
        } else if (path.equals("/articles") || path.equals("/articles/")) {
            list(req, resp, RKG.Article.getURI(), "文章");
        } else if (path.startsWith("/class/") && path.length() > "/class/".length()) {
            String local = path.substring("/class/".length());
            if (!CLASS_NAME.matcher(local).matches()) {
                // Checked before it becomes an IRI: a quote or bracket would make a node no query can hold.
                error(req, resp, HttpServletResponse.SC_BAD_REQUEST, "类名只能由字母组成 A class name is letters only");
                return;
            }
            list(req, resp, RKG.NS + local, null);
        } else if (path.equals("/search")) {
            search(req, resp);
        } else {
            error(req, resp, HttpServletResponse.SC_NOT_FOUND, "未找到页面 Not found: " + path);
        }
    }

    private void home(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> model = model(req);
        model.putAll(new HomeView(ld.summary(), ld.iris(), req.getContextPath()).build());
        model.put("sparql", ld.sparqlEndpoint(req));
        sendHtml(req, resp, ld.pages().render("home.ftlh", model));
    }

    /** One page ({@code ?page=N}, from 1) of the members of a class, from the summary: no query per request. */
    private void list(HttpServletRequest req, HttpServletResponse resp, String cls, String title) throws IOException {
        Summary summary = ld.summary();
        Node clsNode = NodeFactory.createURI(cls);
        List<Node> members = summary.sortedMembers(clsNode);
        if (members.isEmpty() && title == null) {
            error(req, resp, HttpServletResponse.SC_NOT_FOUND, "没有这一类的实体 No entities of class " + cls);
            return;
        }
        int pages = Math.max(1, (members.size() + PAGE - 1) / PAGE);
        int page = Math.min(Math.max(1, intParam(req, "page")), pages);
        int from = (page - 1) * PAGE;
        HomeView names = new HomeView(summary, ld.iris(), req.getContextPath());
        List<View.Row> rows = new ArrayList<>();
        for (Node n : members.subList(from, Math.min(members.size(), from + PAGE))) {
            String detail = summary.codes.containsKey(n) ? summary.codes.get(n) : summary.articleDates.get(n);
            rows.add(new View.Row(names.link(n), detail));
        }
        Map<String, Object> model = model(req);
        String clsLabel = summary.label(clsNode) != null ? summary.label(clsNode) : HomeView.localName(cls);
        model.put("title", title != null ? title : clsLabel);
        if (title == null) {
            model.put("classLink", new View.Link(ld.iris().href(req.getContextPath(), cls), clsLabel, null));
        }
        model.put("rows", rows);
        model.put("total", members.size());
        model.put("offset", from);
        model.put("page", page);
        model.put("pages", pages);
        String self = req.getContextPath() + IriMap.encodePath(path(req));
        if (page > 1) {
            model.put("prev", self + "?page=" + (page - 1));
        }
        if (page < pages) {
            model.put("next", self + "?page=" + (page + 1));
        }
        sendHtml(req, resp, ld.pages().render("list.ftlh", model));
    }

    private void search(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        q = q == null ? "" : q.strip();
        List<View.Hit> hits = q.isEmpty() ? List.of() : search(q, req.getContextPath());
        Map<String, Object> model = model(req);
        model.put("q", q);
        model.put("hits", hits);
        sendHtml(req, resp, ld.pages().render("search.ftlh", model));
    }

    /**
     * Full-text hits for a user's words. The words are escaped for Lucene, so that "光伏 (" searches and does not
     * fail to parse. A sentence or mention hit is shown as its text, linking to its article.
     */
    List<View.Hit> search(String words, String ctx) {
        ParameterizedSparqlString pq = new ParameterizedSparqlString();
        pq.setLiteral("q", QueryParserBase.escape(words));
        List<QuerySolution> found = ld.stats().rows("""
                SELECT ?s ?score ?lit { (?s ?score ?lit) text:query (?q %d) } ORDER BY DESC(?score)
                """.formatted(SEARCH_LIMIT), pq);
        Labeller names = new Labeller(ld, ctx);
        List<View.Hit> hits = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (QuerySolution row : found) {
            RDFNode s = row.get("s");
            if (!s.isURIResource() || seen.contains(s.asResource().getURI())) {
                continue;
            }
            String iri = denoted(s.asResource().getURI());
            if (seen.contains(iri)) {
                continue;
            }
            seen.add(iri);
            Model d = ld.describer().describe(iri);
            if (d == null) {
                continue; // the index may briefly lag a deletion made outside the text dataset
            }
            Resource r = d.createResource(iri);
            ResourceView view = new ResourceView(d, ld.iris(), ctx);
            String kind = r.hasProperty(org.apache.jena.vocabulary.RDF.type)
                    ? view.link(r.getPropertyResourceValue(org.apache.jena.vocabulary.RDF.type)).text() : "";
            Literal lit = row.contains("lit") ? row.getLiteral("lit") : null;
            Resource article = r.getPropertyResourceValue(RKG.inArticle);
            View.Link context = article == null ? null : view.link(article);
            String label = view.label(r);
            if (label == null && r.hasProperty(RKG.text)) {
                Statement idx = r.getProperty(RKG.sentenceIndex);
                label = idx == null ? "句子" : "第 " + idx.getString() + " 句";
            }
            String snippet = lit == null || lit.getLexicalForm().equals(label) ? null : lit.getLexicalForm();
            hits.add(new View.Hit(new View.Link(ld.iris().href(ctx, iri), label != null ? label : names.label(iri),
                    null), kind, snippet, context));
        }
        return hits;
    }

    /** A mention hit stands for the entity it denotes: the reader wants 光伏电站项目, not mention 6. */
    private String denoted(String iri) {
        List<String> targets = new ArrayList<>();
        ParameterizedSparqlString q = new ParameterizedSparqlString();
        q.setIri("m", iri);
        ld.stats().select("SELECT ?e { GRAPH ?g { ?m a rkg:Mention ; rkg:denotes ?e } } LIMIT 1", q,
                row -> targets.add(row.getResource("e").getURI()));
        return targets.isEmpty() ? iri : targets.get(0);
    }

    private static int intParam(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        try {
            return v == null ? 0 : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Labels of IRIs from the whole graph, with a readable fallback. */
    static final class Labeller {
        private final LinkedData ld;
        private final String ctx;

        Labeller(LinkedData ld, String ctx) {
            this.ld = ld;
            this.ctx = ctx;
        }

        String label(String iri) {
            Model m = ModelFactory.createDefaultModel();
            org.apache.jena.system.Txn.executeRead(ld.dataset(), () -> new Describer(ld.dataset().asDatasetGraph())
                    .addLabels(m.getGraph(), org.apache.jena.graph.NodeFactory.createURI(iri), new java.util.HashSet<>()));
            String l = new ResourceView(m, ld.iris(), ctx).label(m.createResource(iri));
            if (l != null) {
                return l;
            }
            int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
            return cut >= 0 ? iri.substring(cut + 1) : iri;
        }
    }
}
