package org.ruralkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.store.KnowledgeStore;
import org.ruralkg.vocab.RKG;

/** The linked-data switch of {@link KgServer.Builder}: on by default, off leaves only SPARQL and the UI. */
class KgServerLinkedDataTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static int status(KgServer server, String path, String accept) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .header("Accept", accept).GET().build();
        return HTTP.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void linkedDataIsOnByDefaultAndCanBeTurnedOff() throws Exception {
        IriMinter iris = IriMinter.defaults();
        try (KnowledgeStore store = KnowledgeStore.create().inMemory().build()) {
            Model m = ModelFactory.createDefaultModel();
            m.createResource(iris.article("a1")).addProperty(RDF.type, RKG.Article);
            m.createResource(iris.entity("place/140525113")).addProperty(RDFS.label, "北义城镇", "zh");
            store.replaceArticle(iris.article("a1"), m);
            String ask = "/kg/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);

            KgServer on = KgServer.create().dataset(store.dataset()).port(0).build().start();
            try {
                assertEquals(200, status(on, "/home", "text/html"));
                assertEquals(200, status(on, "/id/place/140525113", "text/turtle"));
                assertEquals(200, status(on, "/", "text/html"), "the UI keeps /");
            } finally {
                on.stop();
            }
            KgServer off = KgServer.create().dataset(store.dataset()).port(0).linkedData(false).build().start();
            try {
                assertEquals(404, status(off, "/home", "text/html"));
                assertEquals(404, status(off, "/id/place/140525113", "text/turtle"));
                assertEquals(200, status(off, ask, "application/sparql-results+json"));
            } finally {
                off.stop();
            }
        }
    }

    @Test
    void aPublicBaseIsStillServedAtEachIrisPath() throws Exception {
        String base = "https://data.example.org/";
        IriMinter iris = IriMinter.create().base(base).build();
        try (KnowledgeStore store = KnowledgeStore.create().inMemory().iris(iris).build()) {
            Model m = ModelFactory.createDefaultModel();
            String village = iris.entity("place/141122100218");
            m.createResource(iris.article("a1")).addProperty(RDF.type, RKG.Article).addProperty(RKG.mentions,
                    m.createResource(village));
            m.createResource(village).addProperty(RDFS.label, "前火山村", "zh");
            store.replaceArticle(iris.article("a1"), m);

            KgServer server = KgServer.create().dataset(store.dataset()).port(0).base(base).build().start();
            try {
                HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + "id/place/141122100218"))
                        .header("Accept", "text/turtle").GET().build();
                HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(200, r.statusCode());
                Model got = ModelFactory.createDefaultModel();
                org.apache.jena.riot.RDFParser.fromString(r.body(), org.apache.jena.riot.Lang.TURTLE).parse(got);
                // The description is about the public IRI, served at its path on this host.
                org.junit.jupiter.api.Assertions.assertTrue(
                        got.contains(got.createResource(village), RDFS.label, "前火山村", "zh"), r.body());
                assertEquals(200, status(server, "/id/article/a1", "text/html"));
                assertEquals(404, status(server, "/id/place/999999999999", "text/turtle"));
            } finally {
                server.stop();
            }
        }
    }
}
