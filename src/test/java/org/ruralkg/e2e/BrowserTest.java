package org.ruralkg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user's browser shows: headless Chromium loads pages from the server over the seed graph, saves screenshots
 * under {@code target/screenshots/} and dumps the rendered DOM, which the tests read. Needs Debian's
 * {@code chromium} at {@value #CHROMIUM}; {@code .ci/run} installs it.
 */
class BrowserTest {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final long WAIT_SECONDS = 60;

    static SeedGraph seed;

    /** Set to 1 (as {@code .ci/run} does) to make a missing browser a failure rather than a skip. */
    static final String REQUIRE = "RURALKG_REQUIRE_BROWSER";

    @BeforeAll
    static void start() throws IOException {
        checkBrowser(Path.of(CHROMIUM), "1".equals(System.getenv(REQUIRE)));
        Files.createDirectories(SCREENSHOTS);
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
        Path png = SCREENSHOTS.resolve("village.png");
        chromium(profile.resolve("shot"), "--screenshot=" + png.toAbsolutePath(), url);
        assertScreenshot(png);

        Document dom = Jsoup.parse(chromium(profile.resolve("dom"), "--dump-dom", url), url);
        assertEquals("前火山村", dom.selectFirst("h1").text());
        assertEquals(List.of("山西省", "吕梁市", "交城县", "天宁镇", "前火山村"),
                dom.select("nav.crumbs a, nav.crumbs span").eachText());
        assertNotNull(dom.selectFirst("blockquote.source mark"), "a highlighted mention in a source sentence");
    }

    @Test
    void fusekiUiListsTheDataset(@TempDir Path profile) throws Exception {
        // The UI is a Vue app: give its scripts virtual time to fetch /$/server and render the dataset table.
        String budget = "--virtual-time-budget=10000";
        Path png = SCREENSHOTS.resolve("fuseki-ui.png");
        chromium(profile.resolve("shot"), budget, "--screenshot=" + png.toAbsolutePath(), seed.url());
        assertScreenshot(png);

        Document dom = Jsoup.parse(chromium(profile.resolve("dom"), budget, "--dump-dom", seed.url()), seed.url());
        assertTrue(dom.select("nav").text().contains("Apache Jena Fuseki"), "the app rendered its navigation");
        assertTrue(dom.select("td[role=cell]").eachText().contains("/kg"),
                "dataset /kg listed: " + dom.select("td").eachText());
    }

    /**
     * A newcomer without Chromium gets one line saying these tests were skipped and why; CI, which promises to
     * run them, fails instead of passing with nothing tested.
     */
    static void checkBrowser(Path chromium, boolean required) {
        if (Files.isExecutable(chromium)) {
            return;
        }
        String why = chromium + " not found: install it with the browser step of .ci/run "
                + "(DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-wqy-microhei)";
        if (required) {
            fail(why + "; " + REQUIRE + "=1 requires the browser tests to run");
        }
        System.err.println("BrowserTest skipped: " + why);
        Assumptions.abort(why);
    }

    /** Loads a page, saves its screenshot and returns its DOM after scripts ran (charts drawn). */
    private static Document shoot(Path profile, String path, String name) throws Exception {
        String url = seed.url() + path;
        String budget = "--virtual-time-budget=5000";
        Path png = SCREENSHOTS.resolve(name + ".png");
        chromium(profile.resolve("shot"), budget, "--screenshot=" + png.toAbsolutePath(), url);
        assertScreenshot(png);
        return Jsoup.parse(chromium(profile.resolve("dom"), budget, "--dump-dom", url), url);
    }

    /** Each chart holds (read back from its ECharts instance by charts.js) the numbers of its table. */
    private static void assertChartsMatchTables(Document dom, int atLeast) {
        List<org.jsoup.nodes.Element> charts = dom.select("figure.chart:has(table.chart-data)");
        assertTrue(charts.size() >= atLeast, charts.size() + " charts");
        for (org.jsoup.nodes.Element f : charts) {
            String rendered = f.attr("data-rendered");
            assertFalse(rendered.isEmpty(), "chart " + f.id() + " was not drawn (ECharts blocked or missing?)");
            assertNotNull(f.selectFirst(".chart-canvas canvas"), f.id() + " has a canvas");
            List<String> names = new ArrayList<>(f.select("tbody tr td:first-child").eachText());
            List<String> values = f.select("tbody tr td.n").eachText();
            var json = org.apache.jena.atlas.json.JSON.parse(rendered);
            List<String> drawnNames = new ArrayList<>();
            json.get("names").getAsArray().forEach(v -> drawnNames.add(v.getAsString().value()));
            List<String> drawnValues = new ArrayList<>();
            json.get("values").getAsArray().forEach(v -> drawnValues.add(v.getAsNumber().value().toString()));
            if ("bar".equals(f.attr("data-kind"))) { // ranked bars are drawn bottom-up
                java.util.Collections.reverse(drawnNames);
                java.util.Collections.reverse(drawnValues);
            }
            assertEquals(names, drawnNames, f.id());
            assertEquals(values, drawnValues, f.id());
        }
    }

    @Test
    void homePageDrawsItsChartsFromTheCounts(@TempDir Path profile) throws Exception {
        Document dom = shoot(profile, "home", "home");
        assertChartsMatchTables(dom, 3);
        assertTrue(dom.select("#provinces a").eachText().contains("山西省"));
    }

    @Test
    void countyPageDrillsDown(@TempDir Path profile) throws Exception {
        Document dom = shoot(profile, "id/place/141122", "county");
        assertTrue(dom.select("#below a").eachText().contains("天宁镇"));
        assertChartsMatchTables(dom, 1);
    }

    @Test
    void cropPageShowsWhereItGrows(@TempDir Path profile) throws Exception {
        Document dom = shoot(profile, "concept/yumi", "crop");
        assertTrue(dom.select("#occurs a").eachText().containsAll(List.of("山西省", "交城县", "前火山村")));
    }

    @Test
    void exampleQueryOpensFilledInTheQueryUi(@TempDir Path profile) throws Exception {
        Document list = shoot(profile.resolve("list"), "queries", "queries");
        String href = list.selectFirst("a.open-ui").attr("href");
        String budget = "--virtual-time-budget=10000";
        String url = seed.url() + href.substring(1);
        Path png = SCREENSHOTS.resolve("query-ui.png");
        chromium(profile.resolve("shot"), budget, "--screenshot=" + png.toAbsolutePath(), url);
        assertScreenshot(png);
        Document ui = Jsoup.parse(chromium(profile.resolve("dom"), budget, "--dump-dom", url), url);
        assertTrue(ui.select(".CodeMirror, .yasqe").text().contains("rkg:grows"),
                "query editor holds the example: " + ui.select(".yasqe").text());
    }

    private static void assertScreenshot(Path png) throws IOException {
        assertTrue(Files.size(png) > 10_000, png + " is only " + Files.size(png) + " bytes");
        byte[] head = Files.readAllBytes(png);
        assertEquals("PNG", new String(head, 1, 3, StandardCharsets.US_ASCII), png + " is not a PNG");
    }

    /** Runs headless Chromium with a fresh profile; returns its standard output (the DOM for --dump-dom). */
    private static String chromium(Path profile, String... args) throws IOException, InterruptedException {
        Files.createDirectories(profile);
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1600"));
        cmd.addAll(List.of(args));
        Path out = profile.resolve("stdout");
        Path err = profile.resolve("stderr");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("chromium did not finish within " + WAIT_SECONDS + " s: " + cmd);
        }
        if (p.exitValue() != 0) {
            fail("chromium exited with " + p.exitValue() + ": " + Files.readString(err, StandardCharsets.UTF_8));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
