package org.ruralkg.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class NerTaggerTest {

    static List<AnnotatedSentence> clearCases() throws IOException, URISyntaxException {
        return NerCorpus.readMarked(Path.of(NerTaggerTest.class.getResource("clear-cases.txt").toURI()));
    }

    @Test
    void shippedModelLoadsOnce() {
        NerTagger tagger = NerTagger.shared();
        assertSame(tagger, NerTagger.shared());
        assertTrue(tagger.featureCount() > 10_000, "features: " + tagger.featureCount());
    }

    @ParameterizedTest
    @MethodSource("clearCases")
    void findsTheMarkedNames(AnnotatedSentence s) {
        List<NerSpan> found = NerTagger.shared().tag(s.text());
        List<String> shown = found.stream().map(f -> f.type() + " " + f.in(s.text())).toList();
        for (NerSpan gold : s.spans()) {
            assertTrue(found.contains(gold), gold.type() + " " + gold.in(s.text()) + " not in " + shown);
        }
        int last = 0;
        for (NerSpan f : found) {
            assertTrue(f.start() >= last && f.end() <= s.text().length(), "overlapping or outside: " + shown);
            last = f.end();
        }
    }

    @Test
    void tagsARangeOfALargerTextWithOffsetsInIt() throws Exception {
        AnnotatedSentence s = clearCases().get(0);
        String article = "标题。" + s.text() + "后文。";
        List<NerSpan> inArticle = new ArrayList<>();
        NerTagger.shared().tag(article, 3, 3 + s.text().length(), (a, b, t) -> inArticle.add(new NerSpan(a, b, t)));
        List<NerSpan> shifted = NerTagger.shared().tag(s.text()).stream()
                .map(f -> new NerSpan(f.start() + 3, f.end() + 3, f.type())).toList();
        assertEquals(shifted, inArticle);
        assertTrue(inArticle.stream().allMatch(f -> f.in(article).equals(f.in(article).strip())));
    }

    @Test
    void emptyTextHasNoNamesAndBadRangesAreRefused() {
        assertEquals(List.of(), NerTagger.shared().tag(""));
        assertThrows(IndexOutOfBoundsException.class, () -> NerTagger.shared().tag("村民说", 2, 5, (a, b, t) -> { }));
    }
}
