package org.ruralkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralkg.reliability.Http.basic;
import static org.ruralkg.reliability.Http.enc;
import static org.ruralkg.reliability.Http.query;
import static org.ruralkg.reliability.Http.rows;
import static org.ruralkg.reliability.Http.send;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.server.KgServer;

/**
 * What an anonymous client on the network can no longer make the endpoint do (issue 10): fetch URLs (SERVICE,
 * LOAD), spin a core on a backtracking REGEX past the timeout, send an endless body, read with credentials from
 * another origin, get around the row cap with another result form, see exception internals, or wait in a queue
 * beyond the timeout. All over real HTTP on loopback; the "remote" servers are loopback listeners of the test.
 */
class PublicEndpointTest {
    static final IriMinter IRIS = EndpointFixture.IRIS;
    static final int PLACES = 60;
    static final int CAP = 25;
    static final String HUB = IRIS.entity("place/140525199999");
    static final String LABEL = "<" + RDFS.label.getURI() + ">";

    @TempDir
    static Path tmp;
    static EndpointFixture fixture;
    static Path passwords;

    @BeforeAll
    static void data() throws IOException {
        passwords = tmp.resolve("users.txt");
        Files.writeString(passwords, "editor: s3cret-Pa55\n");
        fixture = new EndpointFixture(IRIS.article("pub1"), PLACES, m -> {
            Resource hub = m.createResource(HUB).addProperty(RDFS.label, "光伏中心村", "zh");
            for (int i = 0; i < PLACES; i++) {
                hub.addProperty(RDFS.seeAlso, m.createResource(EndpointFixture.place(i)));
            }
            // text that makes (.*.){6}x backtrack for hours
            return m.add(hub, RDFS.comment, "a".repeat(40));
        });
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void serviceIsRefusedWithoutConnectingAnywhere() throws Exception {
        String root = fixture.start(b -> b);
        try (ServerSocket remote = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String target = "<http://127.0.0.1:" + remote.getLocalPort() + "/x>";
            for (String q : List.of("SELECT * { SERVICE " + target + " { ?s ?p ?o } }",
                    "SELECT * { BIND(" + target + " AS ?u) SERVICE ?u { ?s ?p ?o } }",
                    "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE SILENT " + target + " { ?s ?p ?o } } } LIMIT 1")) {
                var r = query(root, q, null);
                assertEquals(400, r.statusCode(), q + " -> " + r.body());
                assertTrue(r.body().contains("SERVICE"), r.body());
            }
            remote.setSoTimeout(500);
            assertThrows(SocketTimeoutException.class, remote::accept, "the server connected to the listener");
        }
    }

    @Test
    void backtrackingRegexEndsAtTheTimeoutAndFreesItsThread() throws Exception {
        Duration timeout = Duration.ofSeconds(2);
        String root = fixture.start(b -> b.queryTimeout(timeout));
        for (String filter : List.of("REGEX(STR(?o), \"(.*.){6}x\")", "REPLACE(STR(?o), \"(.*.){6}x\", \"\") = \"\"")) {
            long t0 = System.nanoTime();
            var r = query(root, "SELECT * { ?s ?p ?o FILTER(" + filter + ") }", null);
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            assertEquals(503, r.statusCode(), r.body());
            // the issue asks for timeout + 1 s; 3 s more leave room for a busy 2-core machine
            assertTrue(took.compareTo(timeout.plusSeconds(4)) < 0, filter + " took " + took);
        }
        // Nothing may still be matching once the client has its answer (bounded wait for the thread to unwind).
        for (int i = 0; i < 50 && matching(); i++) {
            Thread.sleep(100);
        }
        assertFalse(matching(), "a thread is still inside java.util.regex after the query timed out");
        // ordinary regular expressions still work
        var ok = query(root, "SELECT ?l { ?s " + LABEL + " ?l FILTER(REGEX(?l, \"^村1[0-9]$\")) }", null);
        assertEquals(10, rows(ok.body()), ok.body());
        var replaced = query(root, "SELECT (REPLACE(\"村12\", \"[0-9]+\", \"#\") AS ?r) {}", null);
        assertTrue(replaced.body().contains("村#"), replaced.body());
    }

    private static boolean matching() {
        return Thread.getAllStackTraces().values().stream().anyMatch(stack -> stack.length > 0
                && List.of(stack).stream().anyMatch(f -> f.getClassName().startsWith("java.util.regex.")));
    }

    @Test
    void oversizedBodyGets413BeforeItIsRead() throws Exception {
        String root = fixture.start(b -> b.maxRequestBytes(64 * 1024));
        URI uri = URI.create(root);
        long fifty = 50L * 1024 * 1024;
        long t0 = System.nanoTime();
        try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /kg/sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                    + "Content-Length: " + fifty + "\r\n\r\nSELECT * { VALUES ?x { ").getBytes(StandardCharsets.US_ASCII));
            out.write("1 2 3 4 5 6 7 8 9 ".repeat(1000).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", status);
        }
        assertTrue(Duration.ofNanos(System.nanoTime() - t0).toSeconds() < 10, "413 without reading 50 MB");

        // a chunked body (no Content-Length) is counted as it streams
        byte[] big = ("SELECT * { VALUES ?x { " + "1 2 3 4 5 6 7 8 9 ".repeat(10_000) + "} }")
                .getBytes(StandardCharsets.US_ASCII);
        var chunked = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(root + "kg/sparql"))
                .header("Content-Type", "application/sparql-query").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode());
        // small bodies, chunked or not, still work
        var small = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(root + "kg/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", Http.JSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        "SELECT * { VALUES ?x { 1 2 3 } }".getBytes(StandardCharsets.US_ASCII)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(3, rows(small.body()), small.body());
    }

    @Test
    void corsReadsWithoutCredentialsAndNoCorsOnWrites() throws Exception {
        String root = fixture.start(b -> b.allowUpdate(true).passwordFile(passwords));
        for (String origin : List.of("null", "https://evil.example")) {
            for (String path : List.of("kg/sparql?query=" + enc("ASK {}"), "kg/get?graph=union",
                    "id/place/140525100001", "home", ".well-known/void")) {
                var r = get(root, path, "Origin", origin);
                assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), path);
                assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent(), path);
            }
            var ping = get(root, "$/ping", "Origin", origin);
            assertFalse(ping.headers().firstValue("Access-Control-Allow-Origin").isPresent(), "/$/ping");
            for (String write : List.of("kg/update", "kg/data")) {
                var pre = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(root + write))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                        .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
                assertFalse(pre.headers().firstValue("Access-Control-Allow-Origin").isPresent(), write);
            }
        }
        var update = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(root + "kg/update"))
                .header("Origin", "https://evil.example").header("Authorization", basic("editor", "s3cret-Pa55"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertFalse(update.headers().firstValue("Access-Control-Allow-Origin").isPresent(), update.headers().toString());
        var preflight = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(root + "kg/sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://a.example")
                .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void rowCapHoldsForEveryResultForm() throws Exception {
        String root = fixture.start(b -> b.maxRows(CAP));
        var json = query(root, "JSON { \"l\": ?l } WHERE { ?p " + LABEL + " ?l }", null);
        assertEquals(200, json.statusCode(), json.body());
        assertEquals(CAP, org.apache.jena.atlas.json.JSON.parseAny(json.body()).getAsArray().size());
        assertEquals(String.valueOf(CAP), json.headers().firstValue("Ruralkg-Row-Limit").orElse(""));

        var describe = Http.get(root, "kg/sparql?query=" + enc("DESCRIBE <" + HUB + ">"), "application/n-triples", null);
        assertEquals(CAP, describe.body().lines().filter(l -> !l.isBlank()).count(), describe.body());
        assertEquals(String.valueOf(CAP), describe.headers().firstValue("Ruralkg-Row-Limit").orElse(""));
        // one solution, many triples: the cap counts triples
        var construct = Http.get(root, "kg/sparql?query=" + enc("CONSTRUCT { <urn:x:hub> ?p ?o } WHERE { <" + HUB
                + "> ?p ?o } LIMIT 1000"), "application/n-triples", null);
        assertEquals(CAP, construct.body().lines().filter(l -> !l.isBlank()).count(), construct.body());
        var select = query(root, "SELECT * { ?p " + LABEL + " ?l }", null);
        assertEquals(CAP, rows(select.body()));
    }

    @Test
    void loadAndServiceInUpdatesAreRefusedWithoutEchoingFiles() throws Exception {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "hunter2 is the password\n");
        String root = fixture.start(b -> b.allowUpdate(true).passwordFile(passwords));
        String auth = basic("editor", "s3cret-Pa55");
        for (String update : List.of("LOAD <" + secret.toUri() + ">", "LOAD SILENT <" + secret.toUri() + "> INTO GRAPH <urn:g>",
                "LOAD <http://127.0.0.1:9/x>",
                "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }")) {
            var r = send(root, "POST", "kg/update", "application/sparql-update", update, auth);
            assertEquals(400, r.statusCode(), update + " -> " + r.body());
            assertFalse(r.body().contains("hunter2"), r.body());
            var form = send(root, "POST", "kg/update", "application/x-www-form-urlencoded", "update=" + enc(update), auth);
            assertEquals(400, form.statusCode(), form.body());
        }
        var fine = send(root, "POST", "kg/update", "application/sparql-update",
                "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"ok\" } }", auth);
        assertTrue(fine.statusCode() == 200 || fine.statusCode() == 204, fine.statusCode() + " " + fine.body());
        send(root, "POST", "kg/update", "application/sparql-update", "DROP GRAPH <urn:x:g>", auth);
    }

    @Test
    void clientErrorsAre4xxAndNoBodyShowsInternals() throws Exception {
        String root = fixture.start(b -> b);
        var lucene = query(root, "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \"光伏 AND (\" }",
                null);
        assertEquals(400, lucene.statusCode(), lucene.body());
        assertNoInternals(lucene.body());
        for (String path : List.of("kg/sparql?query=" + enc("ASK {}"), "home", "id/place/140525100001", "class/a%22b")) {
            var r = get(root, path, "Accept", ";");
            assertTrue(r.statusCode() == 400 || r.statusCode() == 406, path + " -> " + r.statusCode());
            assertNoInternals(r.body());
        }
        // Its status is the pages' business; whatever it is, the body names no exception.
        var quote = get(root, "class/a%22b", "Accept", "text/html");
        assertNoInternals(quote.body());
        if (quote.statusCode() >= 500) {
            assertTrue(quote.body().contains("incident"), quote.body());
        }
    }

    private static void assertNoInternals(String body) {
        assertFalse(body.matches("(?s).*(Exception|\\bat org\\.|\\bat java\\.|org\\.apache\\.).*"), body);
    }

    @Test
    void timeoutCountsFromArrivalUnderLoad() throws Exception {
        Duration timeout = Duration.ofSeconds(3);
        String root = fixture.start(b -> b.queryTimeout(timeout));
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            values.append(i).append(' ');
        }
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { VALUES ?a { " + values + "} VALUES ?b { " + values
                + "} VALUES ?c { " + values + "} }";
        int clients = 32;
        AtomicInteger late = new AtomicInteger();
        List<CompletableFuture<Integer>> all = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            all.add(CompletableFuture.supplyAsync(() -> {
                long t0 = System.nanoTime();
                try {
                    int status = query(root, runaway, null).statusCode();
                    // Fuseki's 20 threads made the last ones wait a whole timeout in Jetty's queue first.
                    if (Duration.ofNanos(System.nanoTime() - t0).compareTo(timeout.multipliedBy(2)) >= 0) {
                        late.incrementAndGet();
                    }
                    return status;
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }, pool));
        }
        try {
            for (CompletableFuture<Integer> f : all) {
                assertEquals(503, f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, late.get(), "answers that came after twice the timeout");
    }

    private static HttpResponse<String> get(String root, String path, String header, String value)
            throws IOException, InterruptedException {
        return Http.CLIENT.send(HttpRequest.newBuilder(URI.create(root + path)).header(header, value)
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
