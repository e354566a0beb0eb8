package org.ruralkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on a page it was not tuned on ({@code heldout/page.txt}, two articles from 陕西 and 河南,
 * annotated before the extractor ever read them). The floor guards against regressions; the figures in
 * {@code target/evaluation-heldout.txt} are the honest measure of how the rules generalise.
 */
class HeldOutEvaluationTest {
    @Test
    void generalisesBeyondTheSeed() throws IOException {
        ExtractionEvaluationTest.Corpus heldOut = ExtractionEvaluationTest.load(
                Path.of("src/test/resources/heldout/page.txt"), "/heldout/page-gold.tsv");
        StringBuilder report = new StringBuilder();
        double[] f = ExtractionEvaluationTest.evaluate("heldout", heldOut, report);
        assertTrue(f[0] >= 0.9, "entity F1 " + f[0] + "\n" + report);
        assertTrue(f[1] >= 0.85, "relation F1 " + f[1] + "\n" + report);
    }
}
