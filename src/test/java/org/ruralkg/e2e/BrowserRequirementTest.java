package org.ruralkg.e2e;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * {@code mvn -B test} passes without Chromium by skipping the browser tests, while {@code .ci/run}
 * ({@value Chromium#REQUIRE}=1) fails rather than skip them; and the JUnit that runs is JUnit 5, not the JUnit 6
 * that Jena's BOM would otherwise pull in.
 */
class BrowserRequirementTest {
    @Test
    void missingBrowserSkipsUnlessRequired(@TempDir Path dir) {
        Path none = dir.resolve("no-chromium");
        assertThrows(TestAbortedException.class, () -> Chromium.checkBrowser(none, false));
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> Chromium.checkBrowser(none, true));
        assertEquals(true, e.getMessage().contains(Chromium.REQUIRE), e.getMessage());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        assertDoesNotThrow(() -> Chromium.checkBrowser(java, true));
    }

    @Test
    void junit5Runs() {
        String version = Test.class.getPackage().getImplementationVersion();
        assertEquals(true, version != null && version.startsWith("5."), "JUnit Jupiter " + version);
    }
}
