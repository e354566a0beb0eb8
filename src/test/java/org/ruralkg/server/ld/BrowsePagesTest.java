package org.ruralkg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ruralkg.e2e.SeedGraph;

/** The browsing pages over the real seed graph, checked against SPARQL counts of the same store. */
class BrowsePagesTest {
    static final String FRUIT = "https://w3id.org/ruralkg/concept/shuiguo";
    static SeedGraph seed;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        seed = SeedGraph.start();
    }

    @AfterAll
    static void stop() {
        seed.close();
    }

    static HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static Document page(String path) throws Exception {
        HttpResponse<String> r = get(seed.url() + path);
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(r.body(), seed.url() + path);
    }

    static long count(String select) {
        String q = "PREFIX rkg: <https://w3id.org/ruralkg/ontology#> " + select;
        return Txn.calculateRead(seed.store().dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(seed.store().dataset()).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void homeCountsMatchSparql() throws Exception {
        Document home = page("home");
        assertEquals(count("SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a rkg:Article }"),
                Long.parseLong(home.selectFirst("#count-articles b").text()));
        assertEquals(count("SELECT (COUNT(DISTINCT ?v) AS ?n) { ?v a rkg:Village ; rkg:divisionCode ?c }"),
                Long.parseLong(home.selectFirst("#villages-linked").text()));
        assertEquals(count("SELECT (COUNT(DISTINCT ?v) AS ?n) { ?v a rkg:Village "
                + "FILTER NOT EXISTS { ?v rkg:divisionCode ?c } }"),
                Long.parseLong(home.selectFirst("#villages-unlinked").text()));
        // The top crop's bar counts the places growing it, directly or through an organization located there.
        List<String> crops = home.select("#chart-crops table.chart-data tbody tr").eachText();
        long fruit = count("SELECT (COUNT(DISTINCT ?p) AS ?n) { { ?p rkg:grows <" + FRUIT + "> ; rkg:divisionCode ?c }"
                + " UNION { ?o rkg:grows <" + FRUIT + "> ; rkg:locatedIn ?p } }");
        assertEquals("水果 " + fruit, crops.get(0));
        assertTrue(home.select("#provinces a").eachText().contains("山西省"));
        long dated = count("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?g a rkg:Article . "
                + "{ ?g <http://purl.org/dc/terms/date> ?d } UNION { ?q rkg:year ?y } } }");
        assertTrue(dated > 0);
        assertEquals(dated, home.select("#chart-years tbody tr td.n").stream()
                .mapToInt(td -> Integer.parseInt(td.text())).sum(), "articles with a date or a reported year");
        assertNotNull(home.selectFirst("#provenance"), "provenance classes tucked away");
    }

    /** Issue 10 item 18: the endpoint link names the host and port the page was asked on. */
    @Test
    void sparqlLinkFollowsTheRequestHost() throws Exception {
        String viaIp = seed.url().replace("localhost", "127.0.0.1");
        Document home = Jsoup.parse(get(viaIp + "home").body());
        assertEquals(viaIp + "kg/sparql", home.selectFirst("#sparql").attr("href"));
    }

    @Test
    void countyPageListsPlacesBelowAndWhatIsGrownThere() throws Exception {
        Document county = page("id/place/141122"); // 交城县
        assertTrue(county.select("#below a").eachText().contains("天宁镇"));
        List<String> grown = county.select("#chart-crops tbody tr").eachText();
        long maize = count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?county rkg:divisionCode \"141122\" . "
                + "?p rkg:partOf+ ?county ; rkg:grows/rdfs:label \"玉米\"@zh }".replace("rdfs:label",
                "<http://www.w3.org/2000/01/rdf-schema#label>"));
        assertTrue(grown.contains("玉米 " + maize), grown + " vs " + maize);
    }

    @Test
    void cropPageShowsWhereItOccursByProvinceAndCounty() throws Exception {
        Document maize = page("concept/yumi");
        Element occurs = maize.selectFirst("#occurs");
        assertNotNull(occurs);
        assertEquals("山西省", occurs.selectFirst("h3 a").text());
        assertTrue(occurs.select("li").text().contains("交城县"));
        assertTrue(occurs.select("li a").eachText().contains("前火山村"));
    }

    @Test
    void queriesOpenInTheUiAndRunHere() throws Exception {
        Document qs = page("queries");
        List<String> ui = qs.select("a.open-ui").eachAttr("href");
        assertEquals(QueriesServlet.NAMES.size(), ui.size());
        String first = ui.get(0);
        assertTrue(first.startsWith("/#/dataset/kg/query?query="), first);
        String text = URLDecoder.decode(first.substring(first.indexOf("query=") + 6), StandardCharsets.UTF_8);
        assertTrue(text.contains("rkg:grows ?crop"), text);
        Document run = page("queries?run=01-villages-crops");
        assertEquals(10, run.select("#result table.results tbody tr").size(), "as the README shows");
        for (String name : QueriesServlet.NAMES) {
            Document d = page("queries?run=" + name);
            assertNull(d.selectFirst("#result p.muted:containsOwn(查询失败)"), name + " failed");
        }
    }

    /** Issue 10 item 4: a policy that allows no inline script or style, and no inline script or style to need it. */
    @Test
    void everyPageHasAContentSecurityPolicyAndNoInlineScript() throws Exception {
        List<String> inline = new ArrayList<>();
        for (String path : List.of("home", "class/Village", "articles", "queries", "id/place/141122",
                "concept/yumi", "search?q=%E5%85%89%E4%BC%8F", "class/NoSuchClass")) {
            HttpResponse<String> r = get(seed.url() + path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), path + ": " + csp);
            Document d = Jsoup.parse(r.body());
            d.select("script:not([src]), style, [style], [onclick], [onload]").forEach(e -> inline.add(path
                    + ": " + e.tagName()));
        }
        assertEquals(List.of(), inline);
        assertEquals(200, get(seed.url() + "res/echarts.min.js").statusCode());
        assertEquals(404, get(seed.url() + "res/x/../../LinkedData.class").statusCode());
    }

    @Test
    void listsArePaginated() throws Exception {
        long assertions = count("SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a rkg:Assertion }");
        Document p1 = page("class/Assertion");
        assertEquals(PageServlet.PAGE, p1.select("main ul li").size());
        Document p2 = page("class/Assertion?page=2");
        assertNotNull(p2.selectFirst("a[rel=prev]"));
        long last = (assertions + PageServlet.PAGE - 1) / PageServlet.PAGE;
        Document end = page("class/Assertion?page=" + last);
        assertEquals(assertions - (last - 1) * PageServlet.PAGE, end.select("main ul li").size());
        assertNull(end.selectFirst("a[rel=next]"));
    }
}
