package org.ruralkg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user's browser shows over the seed graph: headless Chromium ({@link Chromium}) loads pages, saves
 * screenshots under {@code target/screenshots/} and dumps the rendered DOM, which the tests read.
 */
class BrowserTest {
    static SeedGraph seed;

    @BeforeAll
    static void start() throws IOException {
        Chromium.require();
        seed = SeedGraph.start();
    }

    @AfterAll
    static void stop() {
        if (seed != null) {
            seed.close();
        }
    }

    @Test
    void villagePageShowsItsNameAndWhereItLies(@TempDir Path profile) throws Exception {
        String url = seed.url() + "id/place/141122100218";
        Path png = Chromium.SCREENSHOTS.resolve("village.png");
        Chromium.run(profile.resolve("shot"), "--screenshot=" + png.toAbsolutePath(), url);
        Chromium.assertScreenshot(png);

        Document dom = Jsoup.parse(Chromium.run(profile.resolve("dom"), "--dump-dom", url), url);
        assertEquals("前火山村", dom.selectFirst("h1").text());
        assertEquals(List.of("山西省", "吕梁市", "交城县", "天宁镇", "前火山村"),
                dom.select("nav.crumbs a, nav.crumbs span").eachText());
        assertNotNull(dom.selectFirst("blockquote.source mark"), "a highlighted mention in a source sentence");
    }

    @Test
    void fusekiUiListsTheDataset(@TempDir Path profile) throws Exception {
        // The UI is a Vue app: give its scripts virtual time to fetch /$/server and render the dataset table.
        String budget = "--virtual-time-budget=10000";
        Path png = Chromium.SCREENSHOTS.resolve("fuseki-ui.png");
        Chromium.run(profile.resolve("shot"), budget, "--screenshot=" + png.toAbsolutePath(), seed.url());
        Chromium.assertScreenshot(png);

        Document dom = Jsoup.parse(Chromium.run(profile.resolve("dom"), budget, "--dump-dom", seed.url()), seed.url());
        assertTrue(dom.select("nav").text().contains("Apache Jena Fuseki"), "the app rendered its navigation");
        assertTrue(dom.select("td[role=cell]").eachText().contains("/kg"),
                "dataset /kg listed: " + dom.select("td").eachText());
    }

    @Test
    void homePageDrawsItsChartsFromTheCounts(@TempDir Path profile) throws Exception {
        Document dom = Chromium.shoot(profile, seed.url(), "home", "home");
        Chromium.assertChartsMatchTables(dom, 3);
        assertTrue(dom.select("#provinces a").eachText().contains("山西省"));
    }

    @Test
    void countyPageDrillsDown(@TempDir Path profile) throws Exception {
        Document dom = Chromium.shoot(profile, seed.url(), "id/place/141122", "county");
        assertTrue(dom.select("#below a").eachText().contains("天宁镇"));
        Chromium.assertChartsMatchTables(dom, 1);
    }

    @Test
    void cropPageShowsWhereItGrows(@TempDir Path profile) throws Exception {
        Document dom = Chromium.shoot(profile, seed.url(), "concept/yumi", "crop");
        assertTrue(dom.select("#occurs a").eachText().containsAll(List.of("山西省", "交城县", "前火山村")));
    }

    @Test
    void exampleQueryOpensFilledInTheQueryUi(@TempDir Path profile) throws Exception {
        Document list = Chromium.shoot(profile.resolve("list"), seed.url(), "queries", "queries");
        String href = list.selectFirst("a.open-ui").attr("href");
        String budget = "--virtual-time-budget=10000";
        String url = seed.url() + href.substring(1);
        Path png = Chromium.SCREENSHOTS.resolve("query-ui.png");
        Chromium.run(profile.resolve("shot"), budget, "--screenshot=" + png.toAbsolutePath(), url);
        Chromium.assertScreenshot(png);
        Document ui = Jsoup.parse(Chromium.run(profile.resolve("dom"), budget, "--dump-dom", url), url);
        assertTrue(ui.select(".CodeMirror, .yasqe").text().contains("rkg:grows"),
                "query editor holds the example: " + ui.select(".yasqe").text());
    }
}
