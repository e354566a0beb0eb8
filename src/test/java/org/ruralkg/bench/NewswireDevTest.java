package org.ruralkg.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ruralkg.extract.Extractor;
import org.ruralkg.nlp.ner.NerCorpus;
import org.ruralkg.nlp.ner.NerEvaluation;
import org.ruralkg.nlp.ner.NerTagger;
import org.ruralkg.nlp.ner.NerType;

/**
 * What {@code mentions} finds in newswire-style text unlike the rural corpus (src/test/resources/ner/newswire-dev.txt,
 * written and annotated for the project and never trained on), span-exact per group. Writes the figures and the
 * errors to target/evaluation-newswire.txt; fails below floors a little under the figures reached.
 */
class NewswireDevTest {
    @Test
    void mentionsFindNewswireNames() throws IOException, URISyntaxException {
        Path file = Path.of(NewswireDevTest.class.getResource("/ner/newswire-dev.txt").toURI());
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        NerEvaluation e;
        try (PrintStream log = new PrintStream(errors, true, StandardCharsets.UTF_8)) {
            e = MentionsScore.score(Extractor.defaults(), NerTagger.shared(), NerCorpus.readMarked(file), log, 1000);
        }
        String report = MentionsScore.row("newswire-dev", e) + "\n" + errors.toString(StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/evaluation-newswire.txt"), report, StandardCharsets.UTF_8);
        assertTrue(e.f1(NerType.LOCATION) >= 0.88, report);
        assertTrue(e.f1(NerType.ORGANIZATION) >= 0.89, report);
        assertTrue(e.f1(NerType.PERSON) >= 0.78, report);
    }
}
