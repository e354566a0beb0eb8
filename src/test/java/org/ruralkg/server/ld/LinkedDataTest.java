package org.ruralkg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ruralkg.store.TextIndex;
import org.ruralkg.vocab.RKG;

/** The linked-data routes over real HTTP, against Fuseki on a free port with the fixture {@code ld/fixture.trig}. */
class LinkedDataTest {
    static final String BASE = "http://localhost:3030/";
    static final String VILLAGE = BASE + "id/place/141122100218";
    static final String PROGRAM = BASE + "id/program/a1-pv";

    static Dataset ds;
    static FusekiServer server;
    static String url;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        ds = TextIndex.wrap(DatasetFactory.createTxnMem(), null);
        try (InputStream in = LinkedDataTest.class.getResourceAsStream("/ld/fixture.trig")) {
            Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, in, Lang.TRIG));
        }
        LinkedData ld = LinkedData.create().dataset(ds).base(BASE).build();
        FusekiServer.Builder builder = FusekiServer.create().port(0).add("/kg", ds);
        ld.install(builder);
        server = builder.build().start();
        url = "http://localhost:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("GET " + path + " failed", e);
        }
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    static String header(HttpResponse<byte[]> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    /** Content-Type without spaces: Jetty writes "text/html;charset=utf-8" for some types. */
    static String type(HttpResponse<byte[]> r) {
        return header(r, "Content-Type").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }

    static Model parse(byte[] body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base(BASE).parse(m);
        return m;
    }

    static Document html(String path) {
        HttpResponse<byte[]> r = get(path, "Accept", "text/html");
        assertEquals(200, r.statusCode(), path);
        assertEquals("text/html;charset=utf-8", type(r));
        return Jsoup.parse(text(r), url + path);
    }

    @Test
    void eachAcceptTypeGivesParseableTriplesAboutThePlace() {
        Lang[] langs = {Lang.TURTLE, Lang.JSONLD, Lang.NTRIPLES, Lang.RDFXML};
        String[] types = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"};
        for (int i = 0; i < langs.length; i++) {
            HttpResponse<byte[]> r = get("/id/place/141122100218", "Accept", types[i]);
            assertEquals(200, r.statusCode(), types[i]);
            assertEquals(types[i] + ";charset=utf-8", type(r));
            assertEquals("Accept", header(r, "Vary"));
            assertNotNull(header(r, "ETag"));
            assertTrue(header(r, "Cache-Control").contains("max-age"));
            Model m = parse(r.body(), langs[i]);
            Resource v = m.createResource(VILLAGE);
            assertTrue(m.contains(v, RDFS.label, "前火山村", "zh"), types[i]);
            assertTrue(m.contains(v, RKG.divisionCode, "141122100218"), types[i]);
            assertTrue(m.contains(v, RKG.partOf, m.createResource(BASE + "id/place/141122100000")), types[i]);
        }
    }

    @Test
    void descriptionHasIncomingLinksChainAndProvenance() {
        Model m = parse(get("/id/place/141122100218", "Accept", "text/turtle").body(), Lang.TURTLE);
        Resource company = m.createResource(BASE + "id/org/jinxiu");
        assertTrue(m.contains(company, RKG.locatedIn, m.createResource(VILLAGE)), "incoming link");
        assertTrue(m.contains(company, RDFS.label, "交城县天宁镇前火山锦绣养殖有限公司", "zh"), "label of incoming");
        assertTrue(m.contains(m.createResource(BASE + "id/place/140000000000"), RDFS.label, "山西省", "zh"),
                "the whole partOf chain is labelled");
        Resource sentence = m.createResource(BASE + "id/article/a1/s/3");
        assertTrue(m.contains(sentence, RKG.text, "前火山村建成光伏电站一座,年收益30万元。"), "source sentence");
        assertTrue(m.contains(m.createResource(BASE + "id/article/a1/a/7c1e9b"), RKG.sentence, sentence));
        assertTrue(m.contains(m.createResource(BASE + "id/article/a1/q/0"), RKG.unitText, "万元"), "quantity node");
    }

    @Test
    void qValuesDecide() {
        HttpResponse<byte[]> r = get("/id/place/141122100218", "Accept",
                "text/turtle;q=0.5, application/ld+json;q=0.9, text/html;q=0.1");
        assertEquals("application/ld+json;charset=utf-8", type(r));
        r = get("/id/place/141122100218", "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals("text/html;charset=utf-8", type(r));
        r = get("/id/place/141122100218", "Accept", "application/*;q=0.2, text/turtle;q=0");
        assertEquals("application/ld+json;charset=utf-8", type(r));
    }

    @Test
    void extensionsChooseTheFormat() {
        String[][] cases = {{"ttl", "text/turtle"}, {"jsonld", "application/ld+json"},
                {"nt", "application/n-triples"}, {"rdf", "application/rdf+xml"}, {"html", "text/html"}};
        for (String[] c : cases) {
            HttpResponse<byte[]> r = get("/id/place/141122100218." + c[0], "Accept", "image/png");
            assertEquals(200, r.statusCode(), c[0]);
            assertEquals(c[1] + ";charset=utf-8", type(r));
        }
        Model m = parse(get("/id/place/141122100218.ttl").body(), Lang.TURTLE);
        assertTrue(m.contains(m.createResource(VILLAGE), RDFS.label));
    }

    @Test
    void unknownIs404AndUnacceptableIs406() {
        assertEquals(404, get("/id/place/999999999999", "Accept", "text/turtle").statusCode());
        assertEquals(404, get("/id/place/999999999999.ttl").statusCode());
        assertEquals(404, get("/concept/nosuch").statusCode());
        assertEquals(406, get("/id/place/141122100218", "Accept", "image/png").statusCode());
        assertEquals(406, get("/id/place/141122100218", "Accept", "text/turtle;q=0").statusCode());
    }

    @Test
    void etagAnswersIfNoneMatchWith304() {
        HttpResponse<byte[]> first = get("/id/place/141122100218", "Accept", "text/turtle");
        String etag = header(first, "ETag");
        assertNotNull(etag);
        HttpResponse<byte[]> again = get("/id/place/141122100218", "Accept", "text/turtle", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        HttpResponse<byte[]> other = get("/id/place/141122100218", "Accept", "application/n-triples",
                "If-None-Match", etag);
        assertEquals(200, other.statusCode(), "another representation has another ETag");
    }

    @Test
    void htmlPageShowsBreadcrumbsHighlightQuantitiesAndNeighbours() {
        Document d = html("/id/place/141122100218");
        List<String> crumbs = new ArrayList<>();
        for (Element e : d.select("nav.crumbs a, nav.crumbs span")) {
            crumbs.add(e.text());
        }
        assertEquals(List.of("山西省", "吕梁市", "交城县", "天宁镇", "前火山村"), crumbs);
        assertEquals("/id/place/140000000000", d.selectFirst("nav.crumbs a").attr("href"));
        assertEquals("前火山村", d.selectFirst("h1").ownText().strip());
        assertTrue(d.text().contains("141122100218"));
        Element source = d.selectFirst("blockquote.source");
        assertEquals("前火山村", source.selectFirst("mark").text());
        assertEquals("前火山村建成光伏电站一座,年收益30万元。", source.text());
        assertNotNull(d.selectFirst("a[href=/id/article/a1]"), "links to the article page");
        assertTrue(d.text().contains("30万元"), d.text());
        assertTrue(d.text().contains("300000 CNY"));
        assertTrue(d.select("th").eachText().contains("实施"), "property label from the ontology");
        assertNotNull(d.selectFirst("a[href=/id/program/a1-pv]"));
        assertNotNull(d.selectFirst("a[href=/ontology/Village]"), "type links to the ontology term");
        // A division page charts what its places do: scripts from this server only, none inline.
        assertTrue(d.select("script:not([src])").isEmpty());
        assertTrue(d.select("script[src]").eachAttr("src").stream().allMatch(src -> src.startsWith("/res/")));

        Document program = html("/id/program/a1-pv");
        assertEquals("光伏电站", program.selectFirst("blockquote.source mark").text());
    }

    @Test
    void ontologyAndConceptIrisAreServed() {
        Model onto = parse(get("/ontology", "Accept", "text/turtle").body(), Lang.TURTLE);
        assertTrue(onto.contains(onto.createResource(RKG.ONTOLOGY_IRI), RDFS.label));
        assertTrue(onto.contains(RKG.Village, RDFS.label, "Village", "en"), "the whole ontology");
        assertTrue(onto.contains(RKG.partOf, RDFS.label, "隶属于", "zh"));
        Model village = parse(get("/ontology/Village.ttl").body(), Lang.TURTLE);
        assertTrue(village.contains(RKG.Village, RDFS.subClassOf, RKG.Place));
        Model concept = parse(get("/concept/hongshu", "Accept", "application/n-triples").body(), Lang.NTRIPLES);
        assertTrue(concept.contains(concept.createResource(RKG.CONCEPT_NS + "hongshu"), RDFS.label, "红薯", "zh"));
        assertEquals(200, get("/ontology.ttl").statusCode());
    }

    @Test
    void everyMintedIriAnswersWithTurtleAboutIt() {
        Set<String> iris = new LinkedHashSet<>();
        DatasetGraph dsg = ds.asDatasetGraph();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining((Quad q) -> {
            Node s = q.getSubject();
            if (s.isURI() && (s.getURI().startsWith(BASE) || s.getURI().startsWith(RKG.NS)
                    || s.getURI().startsWith(RKG.CONCEPT_NS) || s.getURI().equals(RKG.ONTOLOGY_IRI))) {
                iris.add(s.getURI());
            }
        }));
        assertTrue(iris.size() > 30, "fixture subjects: " + iris.size());
        IriMap map = new IriMap(BASE);
        for (String iri : iris) {
            String path = map.pathOf(iri);
            HttpResponse<byte[]> r = get(IriMap.encodePath(path), "Accept", "text/turtle");
            assertEquals(200, r.statusCode(), iri + " at " + path);
            Model m = parse(r.body(), Lang.TURTLE);
            assertTrue(m.contains(m.createResource(iri), null, (org.apache.jena.rdf.model.RDFNode) null),
                    "triples about " + iri);
        }
    }

    @Test
    void classIndexArticleListAndHome() {
        Document villages = html("/class/Village");
        List<String> names = villages.select("main li a").eachText();
        assertTrue(names.containsAll(List.of("前火山村", "后火山村")), names.toString());
        assertFalse(names.contains("天宁镇"));
        assertEquals(404, get("/class/NoSuchClass").statusCode());

        Document articles = html("/articles");
        assertEquals(List.of("前火山村光伏电站并网发电"), articles.select("main li a").eachText());
        assertEquals("/id/article/a1", articles.selectFirst("main li a").attr("href"));

        Document home = html("/home");
        String villageRow = null;
        for (Element tr : home.select("main tr")) {
            if (tr.text().startsWith("村 ")) {
                villageRow = tr.text();
            }
        }
        assertEquals("村 2", villageRow);
        assertNotNull(home.selectFirst("form[action=/search] input[name=q]"));
        assertNotNull(home.selectFirst("a[href=/class/Company]"));
    }

    @Test
    void searchPageAndTextQueryThroughFuseki() {
        Document d = html("/search?q=" + java.net.URLEncoder.encode("光伏", StandardCharsets.UTF_8));
        List<String> hrefs = d.select("main ol li > a").eachAttr("href");
        assertTrue(hrefs.contains("/id/article/a1/s/3"), hrefs.toString());
        assertTrue(hrefs.contains("/id/program/a1-pv"), hrefs.toString());
        assertTrue(d.text().contains("光伏电站项目"));
        // Lucene syntax in user input is searched as text, not parsed.
        assertEquals(200, get("/search?q=" + java.net.URLEncoder.encode("光伏 (", StandardCharsets.UTF_8)).statusCode());

        List<String> found = new ArrayList<>();
        try (RDFConnection conn = RDFConnection.connect(url + "/kg")) {
            conn.querySelect("PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \"光伏\" }",
                    row -> found.add(row.getResource("s").getURI()));
        }
        assertTrue(found.contains(BASE + "id/article/a1/s/3"), found.toString());
    }

    @Test
    void dumpsGunzipAndParse() throws IOException {
        Document index = html("/dumps/");
        assertEquals(4, index.select("a[href$=.gz]").size());
        long distinct = parse(gunzip("/dumps/ruralkg.nt.gz"), Lang.NTRIPLES).size();
        assertEquals(distinct, parse(gunzip("/dumps/ruralkg.ttl.gz"), Lang.TURTLE).size());
        // JSON-LD keeps the named graphs, like N-Quads and export
        Dataset jsonldDs = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(gunzip("/dumps/ruralkg.jsonld.gz"))).lang(Lang.JSONLD)
                .parse(jsonldDs);
        Model jsonld = jsonldDs.getUnionModel();
        assertEquals(distinct, jsonld.size());
        assertTrue(jsonld.contains(jsonld.createResource(VILLAGE), RDFS.label, "前火山村", "zh"));

        DatasetGraph nq = DatasetFactory.createTxnMem().asDatasetGraph();
        RDFParser.source(new ByteArrayInputStream(gunzip("/dumps/ruralkg.nq.gz"))).lang(Lang.NQUADS).parse(nq);
        Node gazetteer = org.apache.jena.graph.NodeFactory.createURI(BASE + "graph/gazetteer");
        assertTrue(nq.containsGraph(gazetteer), "named graphs kept");
        assertEquals(6, nq.getGraph(gazetteer).find(null, RKG.divisionCode.asNode(), null).toList().size());

        HttpResponse<byte[]> ctx = get("/dumps/context.jsonld");
        assertEquals(200, ctx.statusCode());
        JsonObject context = JSON.parse(text(ctx)).get("@context").getAsObject();
        assertEquals(RKG.NS, context.get("rkg").getAsString().value());
        assertEquals(404, get("/dumps/nosuch.gz").statusCode());
    }

    private static byte[] gunzip(String path) throws IOException {
        HttpResponse<byte[]> r = get(path);
        assertEquals(200, r.statusCode(), path);
        assertEquals("application/gzip", type(r));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            return in.readAllBytes();
        }
    }

    @Test
    void voidDescribesCountsDumpsAndEndpoint() {
        HttpResponse<byte[]> r = get("/.well-known/void");
        assertEquals(200, r.statusCode());
        assertEquals("text/turtle;charset=utf-8", type(r));
        Model m = parse(r.body(), Lang.TURTLE);
        Resource dataset = m.createResource(BASE + ".well-known/void#ruralkg");
        long distinct = Txn.calculateRead(ds, () -> {
            Model union = ModelFactory.createDefaultModel();
            ds.asDatasetGraph().find().forEachRemaining(q -> union.getGraph().add(q.asTriple()));
            return union.size();
        });
        assertEquals(distinct, dataset.getProperty(VOID.triples).getLong());
        // BASE is the default base, so the endpoint follows the request (see LdHardeningTest).
        assertTrue(dataset.hasProperty(VOID.sparqlEndpoint, m.createResource(url + "/kg/sparql")));
        assertEquals(4, m.listObjectsOfProperty(dataset, VOID.dataDump).toList().size());
        assertEquals(4, m.listObjectsOfProperty(dataset, org.apache.jena.vocabulary.DCAT.distribution).toList().size());
        long villages = -1;
        for (Statement st : dataset.listProperties(VOID.classPartition).toList()) {
            if (st.getResource().hasProperty(VOID._class, RKG.Village)) {
                villages = st.getResource().getProperty(VOID.entities).getLong();
            }
        }
        assertEquals(2, villages);
        assertTrue(dataset.hasProperty(org.apache.jena.vocabulary.DCTerms.license));
        HttpResponse<byte[]> jsonld = get("/.well-known/void", "Accept", "application/ld+json");
        assertEquals("application/ld+json;charset=utf-8", type(jsonld));
        assertEquals(406, get("/.well-known/void", "Accept", "text/html").statusCode());
    }

    @Test
    void escapesEverything() {
        Resource evil = ModelFactory.createDefaultModel().createResource(BASE + "id/org/evil");
        Txn.executeWrite(ds, () -> ds.getNamedModel(BASE + "graph/evil")
                .add(evil, RDFS.label, "<script>alert(1)</script>\"&"));
        try {
            HttpResponse<byte[]> r = get("/id/org/evil", "Accept", "text/html");
            assertFalse(text(r).contains("<script>"), "label is escaped");
            assertTrue(text(r).contains("&lt;script&gt;"));
            Document s = html("/search?q=" + java.net.URLEncoder.encode("<b>光伏</b>", StandardCharsets.UTF_8));
            assertTrue(s.select("main b").isEmpty(), "query is escaped");
        } finally {
            Txn.executeWrite(ds, () -> ds.removeNamedModel(BASE + "graph/evil"));
        }
    }
}
