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
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for the browser tests: screenshots under {@code target/screenshots/} and the DOM after scripts
 * ran. Needs Debian's {@code chromium} at {@value #PATH}; {@code .ci/run} installs it.
 */
final class Chromium {
    static final String PATH = "/usr/bin/chromium";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final long WAIT_SECONDS = 60;
    /** Set to 1 (as {@code .ci/run} does) to make a missing browser a failure rather than a skip. */
    static final String REQUIRE = "RURALKG_REQUIRE_BROWSER";

    private Chromium() {
    }

    /** Skips the calling test class without a browser, or fails it where {@value #REQUIRE}=1. */
    static void require() throws IOException {
        checkBrowser(Path.of(PATH), "1".equals(System.getenv(REQUIRE)));
        Files.createDirectories(SCREENSHOTS);
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

    /** Loads {@code root + path}, saves its screenshot as {@code name.png} and returns its DOM (charts drawn). */
    static Document shoot(Path profile, String root, String path, String name) throws Exception {
        String url = root + path;
        String budget = "--virtual-time-budget=5000";
        Path png = SCREENSHOTS.resolve(name + ".png");
        run(profile.resolve("shot"), budget, "--screenshot=" + png.toAbsolutePath(), url);
        assertScreenshot(png);
        return Jsoup.parse(run(profile.resolve("dom"), budget, "--dump-dom", url), url);
    }

    /** Each chart holds (read back from its ECharts instance by charts.js) the numbers of its table. */
    static void assertChartsMatchTables(Document dom, int atLeast) {
        List<Element> charts = dom.select("figure.chart:has(table.chart-data)");
        assertTrue(charts.size() >= atLeast, charts.size() + " charts");
        for (Element f : charts) {
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
                Collections.reverse(drawnNames);
                Collections.reverse(drawnValues);
            }
            assertEquals(names, drawnNames, f.id());
            assertEquals(values, drawnValues, f.id());
        }
    }

    static void assertScreenshot(Path png) throws IOException {
        assertTrue(Files.size(png) > 10_000, png + " is only " + Files.size(png) + " bytes");
        byte[] head = Files.readAllBytes(png);
        assertEquals("PNG", new String(head, 1, 3, StandardCharsets.US_ASCII), png + " is not a PNG");
    }

    /** Runs headless Chromium with a fresh profile; returns its standard output (the DOM for --dump-dom). */
    static String run(Path profile, String... args) throws IOException, InterruptedException {
        Files.createDirectories(profile);
        List<String> cmd = new ArrayList<>(List.of(PATH, "--headless", "--no-sandbox", "--disable-gpu",
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
