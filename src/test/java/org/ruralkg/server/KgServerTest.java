package org.ruralkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.store.KnowledgeStore;
import org.ruralkg.vocab.RKG;

class KgServerTest {
    static final IriMinter IRIS = IriMinter.defaults();
    static final String ARTICLE = IRIS.article("a1");
    static KnowledgeStore store;
    static KgServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = KnowledgeStore.create().inMemory().build();
        Model m = ModelFactory.createDefaultModel();
        m.createResource(ARTICLE).addProperty(RDF.type, RKG.Article).addProperty(RKG.contentHash, "x");
        m.createResource(IRIS.entity("place/140525113")).addProperty(RDFS.label, "前火山村", "zh");
        store.replaceArticle(ARTICLE, m);
        server = KgServer.create().dataset(store.dataset()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .header("Accept", accept).GET().build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void selectOverTheUnionReturnsJsonResults() throws Exception {
        for (String endpoint : new String[] {"/kg/sparql", "/kg/query"}) {
            String q = "SELECT ?l WHERE { ?p <" + RDFS.label.getURI() + "> ?l }";
            var r = get(endpoint + "?query=" + enc(q), "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("sparql-results+json"));
            assertTrue(r.body().contains("前火山村"), r.body());
        }
    }

    @Test
    void graphStoreReadReturnsTheArticleGraph() throws Exception {
        var r = get("/kg/get?graph=" + enc(ARTICLE), "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertTrue(m.contains(m.createResource(ARTICLE), RDF.type, RKG.Article));
    }

    @Test
    void updatesAreRefused() throws Exception {
        String update = "INSERT DATA { <http://x/s> <http://x/p> \"o\" }";
        var r = post("/kg/update", "application/sparql-update", update);
        assertTrue(r.statusCode() >= 400, "update endpoint answered " + r.statusCode());
        var viaDataset = post("/kg", "application/sparql-update", update);
        assertTrue(viaDataset.statusCode() >= 400, "dataset answered update with " + viaDataset.statusCode());
        var put = post("/kg/get?graph=" + enc("http://x/g"), "text/turtle", "<http://x/s> <http://x/p> 1 .");
        assertTrue(put.statusCode() >= 400, "GSP write answered " + put.statusCode());
        var ask = get("/kg/sparql?query=" + enc("ASK { <http://x/s> ?p ?o }"), "application/sparql-results+json");
        assertTrue(ask.body().contains("false"), ask.body());
    }

    @Test
    void uiRootAnswersHtmlAndCorsIsOn() throws Exception {
        var r = get("/", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Fuseki"), r.body());
        var status = get("/$/server", "application/json");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("/kg"), status.body());

        HttpRequest preflight = HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://example.org")
                .header("Access-Control-Request-Method", "GET").build();
        var cors = HTTP.send(preflight, HttpResponse.BodyHandlers.discarding());
        assertTrue(cors.headers().firstValue("Access-Control-Allow-Origin").isPresent(), cors.headers().toString());
    }

    @Test
    void longQueriesAreCutOffByTheTimeout() throws Exception {
        try (KnowledgeStore small = KnowledgeStore.create().inMemory().build()) {
            KgServer strict = KgServer.create().dataset(small.dataset()).port(0).ui(false)
                    .queryTimeout(java.time.Duration.ofMillis(1)).build().start();
            try {
                StringBuilder values = new StringBuilder();
                for (int i = 0; i < 200; i++) {
                    values.append(i).append(' ');
                }
                // 200^3 = 8 million rows: far beyond a millisecond on any machine
                String q = "SELECT (COUNT(*) AS ?n) WHERE { VALUES ?a { " + values + "} VALUES ?b { " + values
                        + "} VALUES ?c { " + values + "} }";
                HttpRequest req = HttpRequest.newBuilder(URI.create(strict.url() + "kg/sparql?query=" + enc(q)))
                        .header("Accept", "application/sparql-results+json").GET().build();
                var r = HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(503, r.statusCode(), r.body());
            } finally {
                strict.stop();
            }
        }
    }

    @Test
    void boundToLoopbackByDefault() {
        assertTrue(server.port() > 0);
        assertTrue(server.url().startsWith("http://localhost:"));
        assertFalse(server.base().isEmpty());
    }
}
