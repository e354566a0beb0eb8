package org.ruralkg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 10: requests that must not reach a query, and addresses that must follow the request or configuration. */
class LdHardeningTest {
    static Dataset ds;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void load() throws IOException {
        ds = DatasetFactory.createTxnMem();
        try (InputStream in = LdHardeningTest.class.getResourceAsStream("/ld/fixture.trig")) {
            Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, in, Lang.TRIG));
        }
    }

    @AfterAll
    static void close() {
        ds.close();
    }

    /** Runs {@code body} with the base URL of a server over the fixture, configured by {@code config}. */
    static void withServer(Consumer<LinkedData.Builder> config, Consumer<String> body) {
        LinkedData.Builder b = LinkedData.create().dataset(ds);
        config.accept(b);
        FusekiServer.Builder fb = FusekiServer.create().port(0).add("/kg", ds);
        b.build().install(fb);
        FusekiServer server = fb.build().start();
        try {
            body.accept("http://localhost:" + server.getHttpPort());
        } finally {
            server.stop();
        }
    }

    static HttpResponse<String> get(String url, String accept) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("GET " + url + " failed", e);
        }
    }

    @Test
    void aClassNameThatIsNotAWordIsRefusedBeforeAnyQuery() {
        withServer(b -> { }, url -> {
            assertEquals(200, get(url + "/class/Village", "text/html").statusCode());
            for (String bad : new String[] {"a%22b", "a%3Eb", "Village%20", "a%7Bb%7D", "Vil1age", "a%00b"}) {
                for (String accept : new String[] {"text/html", "text/plain"}) {
                    HttpResponse<String> r = get(url + "/class/" + bad, accept);
                    assertEquals(400, r.statusCode(), bad + " " + r.body());
                    assertFalse(r.body().contains("Exception"), r.body());
                    assertFalse(r.body().contains("a\"b") || r.body().contains("a&quot;b"), "not echoed: " + r.body());
                }
            }
        });
    }

    static String voidEndpoint(String url) {
        HttpResponse<String> r = get(url + "/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE)
                .parse(m);
        var endpoints = m.listObjectsOfProperty(VOID.sparqlEndpoint).toList();
        assertEquals(1, endpoints.size(), endpoints.toString());
        return endpoints.get(0).asResource().getURI();
    }

    @Test
    void voidNamesTheEndpointAsHomeDoes() {
        // Default base: the endpoint is on the host and port the client asked (not localhost:3030).
        withServer(b -> { }, url -> {
            assertFalse(url.endsWith(":3030"));
            assertEquals(url + "/kg/sparql", voidEndpoint(url));
            assertTrue(get(url + "/home", "text/html").body().contains(url + "/kg/sparql"), "home agrees");
        });
        withServer(b -> b.sparqlEndpoint("https://query.example.org/sparql"),
                url -> assertEquals("https://query.example.org/sparql", voidEndpoint(url)));
        withServer(b -> b.base("https://data.example.org/"),
                url -> assertEquals("https://data.example.org/kg/sparql", voidEndpoint(url)));
    }
}
