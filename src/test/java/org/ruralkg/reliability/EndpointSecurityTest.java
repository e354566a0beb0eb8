package org.ruralkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralkg.reliability.Http.basic;
import static org.ruralkg.reliability.Http.query;
import static org.ruralkg.reliability.Http.rows;
import static org.ruralkg.reliability.Http.send;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralkg.cli.Main;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.server.KgServer;
import org.ruralkg.store.KnowledgeStore;
import picocli.CommandLine;

/**
 * The endpoint as exposed to a network: read-only unless updates are enabled with a password file, basic auth both
 * ways, the row cap for anonymous queries, 400 with the parser's message for bad SPARQL, the timeout ending a
 * runaway query while other clients are served, and loopback binding. All over real HTTP on loopback.
 */
class EndpointSecurityTest {
    static final IriMinter IRIS = EndpointFixture.IRIS;
    static final String ARTICLE = IRIS.article("sec1");
    static final int PLACES = 60;
    static final int CAP = 25;
    static final String LABELS = "SELECT ?l WHERE { ?p <" + RDFS.label.getURI() + "> ?l }";
    static final String INSERT = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> "
            + "<http://example.org/p> \"written\" } }";
    static final String ASK_WRITTEN = "ASK { ?s ?p \"written\" }";

    @TempDir
    static Path tmp;
    static Path passwords;
    static EndpointFixture fixture;
    static KnowledgeStore store;

    @BeforeAll
    static void data() throws IOException {
        passwords = tmp.resolve("users.txt");
        // a plain and an MD5-hashed password (printf '1aa6d6aa4cad4c81b02e073c772f50ca' hashed-Pa55 | md5sum), as the README shows
        Files.writeString(passwords, "editor: s3cret-Pa55\nreader: MD5:1aa6d6aa4cad4c81b02e073c772f50ca\n");
        fixture = new EndpointFixture(ARTICLE, PLACES, m -> m);
        store = fixture.store;
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void readOnlyByDefaultHasNoWriteServices() throws Exception {
        String root = fixture.start(b -> b);
        assertEquals(404, send(root, "POST", "kg/update", "application/sparql-update", INSERT, null).statusCode());
        int viaDataset = send(root, "POST", "kg", "application/sparql-update", INSERT, null).statusCode();
        assertTrue(viaDataset == 400 || viaDataset == 405 || viaDataset == 415, "update on /kg gave " + viaDataset);
        int put = send(root, "PUT", "kg/data?graph=" + Http.enc("http://example.org/g"), "text/turtle",
                "<http://example.org/s> <http://example.org/p> \"written\" .", null).statusCode();
        assertTrue(put == 405 || put == 404, "GSP PUT gave " + put);
        // credentials do not help when writing is off
        assertEquals(404, send(root, "POST", "kg/update", "application/sparql-update", INSERT,
                basic("editor", "s3cret-Pa55")).statusCode());
        assertTrue(query(root, ASK_WRITTEN, null).body().contains("false"));
    }

    @Test
    void updatesNeedTheFlagAndALogin() throws Exception {
        var e = assertThrows(IllegalStateException.class,
                () -> KgServer.create().dataset(store.dataset()).port(0).allowUpdate(true).build());
        assertTrue(e.getMessage().contains("password file"), e.getMessage());

        try (KnowledgeStore scratch = KnowledgeStore.create().inMemory().build()) {
            KgServer s = fixture.started(KgServer.create().dataset(scratch.dataset()).port(0).ui(false)
                    .allowUpdate(true).passwordFile(passwords).build().start());
            String root = s.url();
            var anonymous = send(root, "POST", "kg/update", "application/sparql-update", INSERT, null);
            assertEquals(401, anonymous.statusCode());
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                    anonymous.headers().toString());
            assertEquals(401, send(root, "POST", "kg/update", "application/sparql-update", INSERT,
                    basic("editor", "wrong")).statusCode());
            assertTrue(query(root, ASK_WRITTEN, null).body().contains("false"));

            var ok = send(root, "POST", "kg/update", "application/sparql-update", INSERT,
                    basic("editor", "s3cret-Pa55"));
            assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
            // reads stay open to everyone
            var read = query(root, ASK_WRITTEN, null);
            assertEquals(200, read.statusCode());
            assertTrue(read.body().contains("true"), read.body());

            String gsp = "kg/data?graph=" + Http.enc("http://example.org/h");
            String turtle = "<http://example.org/s> <http://example.org/p> \"put\" .";
            assertEquals(401, send(root, "PUT", gsp, "text/turtle", turtle, null).statusCode());
            int put = send(root, "PUT", gsp, "text/turtle", turtle, basic("editor", "s3cret-Pa55")).statusCode();
            assertTrue(put == 200 || put == 201 || put == 204, "authorised PUT gave " + put);
            assertTrue(query(root, "ASK { ?s ?p \"put\" }", null).body().contains("true"));
        }
    }

    @Test
    void passwordFileAloneClosesTheWholeServer() throws Exception {
        String root = fixture.start(b -> b.passwordFile(passwords));
        assertEquals(401, query(root, LABELS, null).statusCode());
        assertEquals(200, query(root, LABELS, basic("editor", "s3cret-Pa55")).statusCode());
        assertEquals(200, query(root, LABELS, basic("reader", "hashed-Pa55")).statusCode());
        assertEquals(401, query(root, LABELS, basic("reader", "MD5:" + "x")).statusCode());
        assertThrows(IllegalArgumentException.class,
                () -> KgServer.create().passwordFile(tmp.resolve("no-such-file")));
    }

    @Test
    void anonymousQueriesAreCappedLoggedInOnesAreNot() throws Exception {
        String root = fixture.start(b -> b.maxRows(CAP).allowUpdate(true).passwordFile(passwords));
        var capped = query(root, LABELS, null);
        assertEquals(200, capped.statusCode(), capped.body());
        assertEquals(CAP, rows(capped.body()));
        assertEquals(String.valueOf(CAP), capped.headers().firstValue("Ruralkg-Row-Limit").orElse(""));

        var bigLimit = query(root, LABELS + " LIMIT 1000", null);
        assertEquals(CAP, rows(bigLimit.body()));
        var small = query(root, LABELS + " LIMIT 5", null);
        assertEquals(5, rows(small.body()));
        assertFalse(small.headers().firstValue("Ruralkg-Row-Limit").isPresent());

        var construct = Http.get(root, "kg/sparql?query=" + Http.enc("CONSTRUCT WHERE { ?p <"
                + RDFS.label.getURI() + "> ?l }"), "application/n-triples", null);
        assertEquals(CAP, construct.body().lines().filter(l -> !l.isBlank()).count());

        var loggedIn = query(root, LABELS, basic("editor", "s3cret-Pa55"));
        assertEquals(200, loggedIn.statusCode());
        assertEquals(PLACES, rows(loggedIn.body()));

        String unlimited = fixture.start(b -> b.maxRows(0));
        assertEquals(PLACES, rows(query(unlimited, LABELS, null).body()));
    }

    @Test
    void malformedSparqlIsA400WithTheParserMessage() throws Exception {
        String root = fixture.start(b -> b);
        var r = query(root, "SELECT ?x WHERE { ?x ?p }", null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Encountered") && r.body().contains("line 1"), r.body());
        var lexical = query(root, "SELECT ?x WHERE { ?x <unterminated ?o }", null);
        assertEquals(400, lexical.statusCode());
        assertTrue(lexical.body().toLowerCase().contains("error"), lexical.body());
    }

    @Test
    void runawayQueryIsEndedWhileOtherClientsAreServed() throws Exception {
        String root = fixture.start(b -> b.queryTimeout(Duration.ofSeconds(2)));
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            values.append(i).append(' ');
        }
        // 10^9 combinations: hours of work without the timeout
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { VALUES ?a { " + values + "} VALUES ?b { " + values
                + "} VALUES ?c { " + values + "} }";
        CompletableFuture<java.net.http.HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return query(root, runaway, null);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        for (int i = 0; i < 10; i++) {
            var r = query(root, LABELS + " LIMIT 3", null);
            assertEquals(200, r.statusCode());
            assertEquals(3, rows(r.body()));
        }
        assertFalse(slow.isDone(), "the runaway query should still be running while the others were answered");
        var ended = slow.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(503, ended.statusCode(), ended.body());
        assertTrue(ended.body().contains("Query timed out"), ended.body());
    }

    @Test
    void bindsToLoopbackUnlessToldOtherwise() {
        KgServer local = KgServer.create().dataset(store.dataset()).port(0).ui(false).build();
        assertEquals(Set.of("localhost"), hosts(local));
        KgServer open = KgServer.create().dataset(store.dataset()).port(0).ui(false).host("0.0.0.0").build();
        assertFalse(hosts(open).contains("localhost"), hosts(open).toString());
        assertThrows(IllegalArgumentException.class, () -> KgServer.create().host("example.org"));
    }

    private static Set<String> hosts(KgServer s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Connector c : s.fuseki().getJettyServer().getConnectors()) {
            out.add(String.valueOf(((ServerConnector) c).getHost()));
        }
        return out;
    }

    @Test
    void cliRefusesUpdateWithoutPasswordFileBeforeTouchingTheStore() {
        Path db = tmp.resolve("cli-db");
        StringWriter err = new StringWriter();
        CommandLine cli = Main.cli();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        int code = cli.execute("serve", "--db", db.toString(), "--port", "0", "--allow-update");
        assertEquals(64, code, err.toString()); // usage error, as documented
        assertTrue(err.toString().contains("--allow-update needs --password-file"), err.toString());
        assertFalse(Files.exists(db), "the store was opened before the options were checked");

        err.getBuffer().setLength(0);
        code = cli.execute("serve", "--db", db.toString(), "--port", "0", "--allow-update", "--password-file",
                tmp.resolve("missing.txt").toString());
        assertEquals(1, code, err.toString());
        assertTrue(err.toString().contains("missing.txt"), err.toString());
    }
}
