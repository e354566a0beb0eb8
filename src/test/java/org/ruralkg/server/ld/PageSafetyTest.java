package org.ruralkg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.ruralkg.vocab.RKG;

/** Data that tries to become script, and the summary following the store. */
class PageSafetyTest {
    static final String ARTICLE = "http://localhost:3030/id/article/x1";

    static Dataset articleWithUrl(String url) {
        Dataset ds = DatasetFactory.createTxnMem();
        var g = NodeFactory.createURI(ARTICLE);
        Txn.executeWrite(ds, () -> {
            ds.asDatasetGraph().add(new Quad(g, g, RDF.type.asNode(), RKG.Article.asNode()));
            ds.asDatasetGraph().add(new Quad(g, g, SchemaDO.url.asNode(), NodeFactory.createURI(url)));
        });
        return ds;
    }

    /** Issue 10 item 4: a javascript: url in the data is shown as text, never as a link. */
    @Test
    void javascriptUrlIsNotALink() throws Exception {
        Dataset ds = articleWithUrl("javascript:alert(1)");
        FusekiServer.Builder b = FusekiServer.create().port(0).add("/kg", ds);
        LinkedData.of(ds).install(b);
        FusekiServer server = b.build().start();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.getHttpPort() + "/id/article/x1"))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            Document d = Jsoup.parse(r.body());
            assertEquals(1, d.select("main span:containsOwn(javascript:alert(1))").size(), "shown as text");
            assertEquals(0, d.select("a[href~=(?i)^\\s*javascript:]").size());
        } finally {
            server.stop();
        }
    }

    @Test
    void onlyWebAndLocalHrefsSurvive() {
        assertEquals("https://example.org/a", View.safeHref("https://example.org/a"));
        assertEquals("/id/place/1", View.safeHref("/id/place/1"));
        for (String bad : new String[] {"javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x",
                "//evil.example/", "vbscript:x", "http://a\nb"}) {
            assertNull(View.safeHref(bad), bad);
        }
    }

    @Test
    void summaryIsKeptUntilTheStoreChanges() {
        Dataset ds = articleWithUrl("https://example.org/");
        AtomicLong now = new AtomicLong();
        SummaryCache cache = new SummaryCache(ds.asDatasetGraph(), now::get);
        Summary first = cache.get();
        assertEquals(1, first.count(RKG.Article.asNode()));
        now.addAndGet(SummaryCache.RECHECK_NANOS);
        assertSame(first, cache.get(), "nothing changed: same summary");
        var g2 = NodeFactory.createURI(ARTICLE + "-2");
        Txn.executeWrite(ds, () -> {
            ds.asDatasetGraph().add(new Quad(g2, g2, RDF.type.asNode(), RKG.Article.asNode()));
            ds.asDatasetGraph().add(new Quad(g2, g2, RKG.contentHash.asNode(), NodeFactory.createLiteralString("h")));
        });
        assertSame(first, cache.get(), "checked at most once a second");
        now.addAndGet(SummaryCache.RECHECK_NANOS);
        Summary second = cache.get();
        assertNotSame(first, second);
        assertEquals(2, second.count(RKG.Article.asNode()));
    }
}
