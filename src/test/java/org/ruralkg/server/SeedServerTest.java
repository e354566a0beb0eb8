package org.ruralkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ruralkg.e2e.SeedGraph;
import org.ruralkg.server.ld.IriMap;
import org.ruralkg.vocab.RKG;

/**
 * The server as a user meets it: the real graph built from seeds/, served with its defaults (linked data, text
 * index, CORS) and read over HTTP.
 */
class SeedServerTest {
    static final String PREFIXES = "PREFIX rkg: <" + RKG.NS + "> PREFIX rdfs: <" + RDFS.getURI() + "> "
            + "PREFIX text: <http://jena.apache.org/text#> ";
    static final String VILLAGE_CODE = "141122100218";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static SeedGraph seed;
    static IriMap iris;
    static String village;

    @BeforeAll
    static void start() {
        seed = SeedGraph.start();
        iris = new IriMap(seed.server().base());
        village = one("SELECT ?v { ?v rkg:divisionCode \"" + VILLAGE_CODE + "\" ; rdfs:label \"前火山村\"@zh }");
    }

    @AfterAll
    static void stop() {
        if (seed != null) {
            seed.close();
        }
    }

    /** The only value of the only variable of a SELECT over /kg/sparql, asserting there is exactly one. */
    static String one(String select) {
        List<String> values = select(select);
        assertEquals(1, values.size(), select + " → " + values);
        return values.get(0);
    }

    static List<String> select(String select) {
        List<String> out = new ArrayList<>();
        try (RDFConnection conn = RDFConnection.connect(seed.url() + "kg")) {
            conn.querySelect(PREFIXES + select, row -> {
                RDFNode n = row.get(row.varNames().next());
                out.add(n.isResource() ? n.asResource().getURI() : n.asLiteral().getLexicalForm());
            });
        }
        return out;
    }

    static HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(seed.url() + path.substring(1))).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("GET " + path + " failed", e);
        }
    }

    static String path(String iri) {
        assertNotNull(iris.pathOf(iri), "no server path for " + iri);
        return iris.href("", iri);
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    static String type(HttpResponse<?> r) {
        return header(r, "Content-Type").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    static Model parse(byte[] body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base(seed.server().base()).parse(m);
        return m;
    }

    static Document html(String path) {
        HttpResponse<byte[]> r = get(path, "Accept", "text/html");
        assertEquals(200, r.statusCode(), path);
        assertEquals("text/html;charset=utf-8", type(r), path);
        return Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8), seed.url());
    }

    static boolean minted(Node n) {
        if (!n.isURI()) {
            return false;
        }
        String iri = n.getURI();
        return iri.startsWith(seed.server().base()) || iri.startsWith(RKG.CONCEPT_NS) || iri.startsWith(RKG.NS)
                || iri.equals(RKG.ONTOLOGY_IRI);
    }

    @Test
    void everyIriTheGraphMintsDereferencesToTurtleAboutIt() {
        Set<String> minted = new TreeSet<>();
        DatasetGraph dsg = seed.store().dataset().asDatasetGraph();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
            for (Node n : List.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())) {
                if (minted(n)) {
                    minted.add(n.getURI());
                }
            }
        }));
        assertTrue(minted.size() > 500, "IRIs in the seed graph: " + minted.size());
        List<String> failures = new ArrayList<>();
        for (String iri : minted) {
            HttpResponse<byte[]> r = get(path(iri), "Accept", "text/turtle");
            if (r.statusCode() != 200) {
                failures.add(iri + " → " + r.statusCode());
                continue;
            }
            Model m = parse(r.body(), Lang.TURTLE);
            Resource res = m.createResource(iri);
            if (!m.contains(res, null, (RDFNode) null) && !m.contains(null, null, res)) {
                failures.add(iri + " → no triple about it");
            }
        }
        assertEquals(List.of(), failures, "of " + minted.size() + " IRIs");
        System.out.println("SeedServerTest: " + minted.size() + " minted IRIs dereferenced as Turtle");
    }

    @Test
    void theVillageInEveryFormat() {
        String[][] cases = {{"text/turtle", "TTL"}, {"application/ld+json", "JSONLD"},
                {"application/n-triples", "NTRIPLES"}, {"application/rdf+xml", "RDFXML"}};
        for (String[] c : cases) {
            HttpResponse<byte[]> r = get(path(village), "Accept", c[0]);
            assertEquals(200, r.statusCode(), c[0]);
            assertEquals(c[0] + ";charset=utf-8", type(r));
            assertTrue(header(r, "Vary").contains("Accept"), c[0]);
            Model m = parse(r.body(), org.apache.jena.riot.RDFLanguages.nameToLang(c[1]));
            Resource v = m.createResource(village);
            assertTrue(m.contains(v, RKG.divisionCode, VILLAGE_CODE), c[0]);
            assertTrue(m.contains(v, RDFS.label, "前火山村", "zh"), c[0]);
        }
        HttpResponse<byte[]> page = get(path(village), "Accept", "text/html");
        assertEquals("text/html;charset=utf-8", type(page));
        String[][] extensions = {{"ttl", "text/turtle"}, {"jsonld", "application/ld+json"},
                {"nt", "application/n-triples"}, {"rdf", "application/rdf+xml"}, {"html", "text/html"}};
        for (String[] e : extensions) {
            HttpResponse<byte[]> r = get(path(village) + "." + e[0]);
            assertEquals(200, r.statusCode(), e[0]);
            assertEquals(e[1] + ";charset=utf-8", type(r), e[0]);
        }
        assertEquals(404, get("/id/place/999999999999", "Accept", "text/turtle").statusCode());
        assertEquals(406, get(path(village), "Accept", "image/png").statusCode());

        HttpResponse<byte[]> first = get(path(village), "Accept", "text/turtle");
        String etag = header(first, "ETag");
        assertNotNull(etag);
        assertEquals(304, get(path(village), "Accept", "text/turtle", "If-None-Match", etag).statusCode());
        assertEquals(200, get(path(village), "Accept", "application/rdf+xml", "If-None-Match", etag).statusCode());
    }

    @Test
    void villagePageShowsBreadcrumbsCodeAndHighlightedSources() {
        Document d = html(path(village));
        assertEquals("前火山村", d.selectFirst("h1").text());
        assertEquals(List.of("山西省", "吕梁市", "交城县", "天宁镇", "前火山村"),
                d.select("nav.crumbs a, nav.crumbs span").eachText());
        assertTrue(d.select("td").eachText().contains(VILLAGE_CODE), "division code shown");
        // Quantities read as the article wrote them, with the normalized figure beside them.
        assertTrue(d.select("td").eachText().containsAll(List.of("100余万元", "1.35万元", "1000000 CNY", "13500 CNY")),
                d.select("td").eachText().toString());

        Element source = d.selectFirst("blockquote.source");
        assertNotNull(source, "a source sentence");
        assertEquals("前火山村", source.selectFirst("mark").text());
        assertTrue(source.text().contains("前火山村"));
        Element from = source.nextElementSibling();
        String article = one("SELECT DISTINCT ?a { ?a a rkg:Article ; rkg:mentions <" + village + "> }");
        assertNotNull(from.selectFirst("a[href=" + path(article) + "]"), "links to the article: " + from);
        assertTrue(html(path(article)).selectFirst("h1").text().contains("前火山村"), "the article page");
    }

    @Test
    void fullTextFindsTheVillagesSolarProjectInSparqlAndOnTheSearchPage() {
        List<String> projects = select("SELECT DISTINCT ?p { ?p text:query \"光伏\" ; rkg:locatedIn <" + village + "> }");
        assertFalse(projects.isEmpty(), "the solar project's label is indexed");
        String project = projects.get(0);
        List<String> sentences = select("SELECT DISTINCT ?s { ?s text:query \"光伏\" . "
                + "?m rkg:sentence ?s ; rkg:denotes <" + project + "> }");
        assertFalse(sentences.isEmpty(), "the sentence about the project is indexed");

        List<String> hrefs = html("/search?q=" + URLEncoder.encode("光伏", StandardCharsets.UTF_8))
                .select("main ol li > a").eachAttr("href");
        assertTrue(hrefs.contains(path(project)), hrefs.toString());
        assertTrue(hrefs.contains(path(sentences.get(0))), hrefs.toString());
    }

    @Test
    void dumpsParseAndVoidCountsTheTriples() throws IOException {
        DatasetGraph nq = DatasetFactory.createTxnMem().asDatasetGraph();
        RDFParser.source(new ByteArrayInputStream(gunzip("/dumps/ruralkg.nq.gz"))).lang(Lang.NQUADS).parse(nq);
        List<Node> graphs = new ArrayList<>();
        nq.listGraphNodes().forEachRemaining(graphs::add);
        assertTrue(graphs.size() >= 5, "four articles and the reference graph: " + graphs);
        long distinct = parse(gunzip("/dumps/ruralkg.nt.gz"), Lang.NTRIPLES).size();
        assertEquals(distinct, parse(gunzip("/dumps/ruralkg.ttl.gz"), Lang.TURTLE).size());
        // The JSON-LD dump is parsed in LinkedDataTest on a small fixture: on the seed graph it costs seconds.
        assertEquals(200, get("/dumps/ruralkg.jsonld.gz").statusCode());

        HttpResponse<byte[]> r = get("/.well-known/void");
        assertEquals(200, r.statusCode());
        Model v = parse(r.body(), Lang.TURTLE);
        Resource dataset = v.createResource(seed.server().base() + ".well-known/void#ruralkg");
        long union = Long.parseLong(one("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"));
        assertEquals(union, distinct, "the dumps hold the union graph");
        assertEquals(union, dataset.getProperty(VOID.triples).getLong(), "void:triples");
    }

    private static byte[] gunzip(String path) throws IOException {
        HttpResponse<byte[]> r = get(path);
        assertEquals(200, r.statusCode(), path);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            return in.readAllBytes();
        }
    }

    @Test
    void corsOnSparqlAndLinkedData() {
        String origin = "http://example.org";
        HttpResponse<byte[]> sparql = get("/kg/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                "Origin", origin, "Accept", "application/sparql-results+json");
        assertEquals(200, sparql.statusCode());
        assertTrue(List.of("*", origin).contains(header(sparql, "Access-Control-Allow-Origin")),
                "CORS on /kg/sparql: " + sparql.headers().map());
        HttpResponse<byte[]> ld = get(path(village), "Origin", origin, "Accept", "text/turtle");
        assertEquals("*", header(ld, "Access-Control-Allow-Origin"));
        assertEquals(200, get("/home", "Accept", "text/html").statusCode());
        assertEquals(200, get("/", "Accept", "text/html").statusCode(), "the Fuseki UI keeps /");
    }
}
