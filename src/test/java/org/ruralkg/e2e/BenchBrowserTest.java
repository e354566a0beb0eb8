package org.ruralkg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralkg.bench.CorpusGenerator;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.server.KgServer;
import org.ruralkg.store.BuildReport;
import org.ruralkg.store.FreshBuild;
import org.ruralkg.store.KnowledgeStore;

/**
 * The browsing pages in a browser on a store of generated news (bench/CorpusGenerator, seed 42) built the way
 * {@code ./ruralkg build} builds an empty database: home, a county, a crop and the example queries, each chart's
 * numbers checked against SPARQL counts of the same store, screenshots as {@code target/screenshots/*-Nx.png}.
 *
 * <p>The 10x bench corpus ({@value #DEFAULT_ARTICLES} articles) by default: built once for the class, it takes about
 * 40 s of the class's 67 s on a busy 2-core machine, and 90 articles (3x) saved only 10 s, most of the build being
 * the extractor's start. {@code -Druralkg.benchArticles=N} runs it on the first N articles instead.
 */
class BenchBrowserTest {
    static final int DEFAULT_ARTICLES = 300;
    static final int ARTICLES = Integer.getInteger("ruralkg.benchArticles", DEFAULT_ARTICLES);
    /** 1x is 30 articles (BENCHMARKS.md). */
    static final String SCALE = (ARTICLES % 30 == 0 ? ARTICLES / 30 + "x" : ARTICLES + "a");
    static final String PREFIXES = """
            PREFIX rkg: <https://w3id.org/ruralkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    /** The classes the pages count as places (Summary.PLACE_CLASSES). */
    static final String PLACE_TYPES = "VALUES ?t { rkg:Province rkg:Prefecture rkg:County rkg:Township rkg:Village "
            + "rkg:Mountain rkg:ResidentialCommunity rkg:Place }";

    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static KgServer server;

    @BeforeAll
    static void build() throws IOException {
        Chromium.require();
        Path corpus = dir.resolve("corpus");
        CorpusGenerator.create().seed(42).build().write(corpus, ARTICLES, 50);
        BuildReport r = FreshBuild.run(dir.resolve("db"), IriMinter.defaults(), b -> b.threads(2),
                List.of(corpus), line -> { });
        assertTrue(r.complete() && r.built() == ARTICLES, r.summary());
        store = KnowledgeStore.open(dir.resolve("db"));
        server = KgServer.create().dataset(store.dataset()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void homeChartsShowTheStoreCounts(@TempDir Path profile) throws Exception {
        Document home = Chromium.shoot(profile, server.url(), "home", "home-" + SCALE);
        Chromium.assertChartsMatchTables(home, 4);
        assertEquals(ARTICLES, Long.parseLong(home.selectFirst("#count-articles b").text()));
        assertEquals(count("SELECT (COUNT(DISTINCT ?v) AS ?n) { ?v a rkg:Village ; rkg:divisionCode ?c }"),
                Long.parseLong(home.selectFirst("#villages-linked").text()));
        assertRowsCountPlaces(home, "crops", "rkg:grows", null);
        assertRowsCountPlaces(home, "livestock", "rkg:raises", null);
        assertRowsCountPlaces(home, "programs", "rkg:implements", null);
        assertEquals(ARTICLES, home.select("#chart-years tbody td.n").stream()
                .mapToInt(td -> Integer.parseInt(td.text())).sum(), "every generated article is dated");
    }

    @Test
    void countyPageChartsWhatIsGrownWithinIt(@TempDir Path profile) throws Exception {
        String county = first("""
                SELECT ?c (COUNT(DISTINCT ?p) AS ?n) { ?c a rkg:County . ?p rkg:partOf+ ?c ; rkg:grows ?x }
                GROUP BY ?c ORDER BY DESC(?n) ?c LIMIT 1""");
        Document page = Chromium.shoot(profile, server.url(), path(county), "county-" + SCALE);
        Chromium.assertChartsMatchTables(page, 1);
        assertEquals(count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p rkg:partOf <" + county + "> ; a ?t . "
                + PLACE_TYPES + " }"),
                page.select("#below tbody tr").size(), "the places directly below it");
        assertRowsCountPlaces(page, "crops", "rkg:grows", county);
    }

    @Test
    void cropPageCountsWhereItGrows(@TempDir Path profile) throws Exception {
        String crop = first("""
                SELECT ?c (COUNT(DISTINCT ?p) AS ?n) { ?p rkg:grows ?c ; rkg:divisionCode ?code }
                GROUP BY ?c ORDER BY DESC(?n) ?c LIMIT 1""");
        Document page = Chromium.shoot(profile, server.url(), path(crop), "crop-" + SCALE);
        Matcher total = Pattern.compile("共 (\\d+) 处").matcher(page.select("#occurs h2").text());
        assertTrue(total.find(), page.select("#occurs h2").text());
        assertEquals(places("rkg:grows", crop, null), Long.parseLong(total.group(1)));
        long provinces = count("SELECT (COUNT(DISTINCT ?prov) AS ?n) { ?p rkg:grows <" + crop + "> ; "
                + "rkg:partOf* ?prov . ?prov a rkg:Province }");
        assertEquals(provinces, page.select("#occurs h3").size(), "one heading per province");
    }

    @Test
    void exampleQueriesRunOnTheBenchStore(@TempDir Path profile) throws Exception {
        Document list = Chromium.shoot(profile.resolve("list"), server.url(), "queries", "queries-" + SCALE);
        assertEquals(8, list.select("a.open-ui").size());
        String query = exampleQuery("01-villages-crops");
        long rows = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(store.dataset()).build()) {
                ResultSet rs = qe.execSelect();
                long n = 0;
                for (; rs.hasNext(); rs.next()) {
                    n++;
                }
                return n;
            }
        });
        assertTrue(rows > 0, "generated villages grow crops");
        String url = server.url() + "queries?run=01-villages-crops";
        Document run = org.jsoup.Jsoup.parse(Chromium.run(profile.resolve("run"), "--dump-dom", url), url);
        assertEquals(Math.min(rows, 100), run.select("#result table.results tbody tr").size());
        assertEquals(rows > 100, run.select("#result p.muted").text().contains("只显示前"), "truncation said");
    }

    /** Each row of a ranking chart counts the places doing its item (within a division, if given). */
    private static void assertRowsCountPlaces(Document page, String chart, String predicate, String within) {
        List<Element> rows = page.select("#chart-" + chart + " table.chart-data tbody tr");
        assertFalse(rows.isEmpty(), chart + " has rows");
        for (Element row : rows) {
            String item = iri(row.selectFirst("a").attr("href"));
            assertEquals(places(predicate, item, within), Long.parseLong(row.selectFirst("td.n").text()),
                    chart + ": " + row.text());
        }
    }

    /** Places doing an item: places themselves, or the places an organization doing it is located in. */
    private static long places(String predicate, String item, String within) {
        String inside = within == null ? "" : "?p rkg:partOf* <" + within + "> .";
        return count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a ?t . " + PLACE_TYPES + " " + inside
                + " { ?p " + predicate + " <" + item + "> } UNION { ?o " + predicate + " <" + item + "> ; "
                + "rkg:locatedIn ?p FILTER NOT EXISTS { ?o a ?ot " + PLACE_TYPES.replace("?t", "?ot") + " } } }");
    }

    private static long count(String select) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(PREFIXES + select).dataset(store.dataset())
                    .build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static String first(String select) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(PREFIXES + select).dataset(store.dataset())
                    .build()) {
                return qe.execSelect().next().getResource("c").getURI();
            }
        });
    }

    /** The server path of a minted IRI or concept. */
    private static String path(String iri) {
        String concepts = "https://w3id.org/ruralkg/concept/";
        return iri.startsWith(concepts) ? "concept/" + iri.substring(concepts.length())
                : iri.substring(IriMinter.DEFAULT_BASE.length());
    }

    /** The IRI a page link names: the inverse of {@link #path}. */
    private static String iri(String href) {
        return href.startsWith("/concept/") ? "https://w3id.org/ruralkg/concept/" + href.substring(9)
                : IriMinter.DEFAULT_BASE + href.substring(1);
    }

    private static String exampleQuery(String name) throws IOException {
        try (InputStream in = KgServer.class.getResourceAsStream("ld/queries/" + name + ".rq")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
