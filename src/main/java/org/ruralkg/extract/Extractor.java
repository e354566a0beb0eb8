package org.ruralkg.extract;

import java.util.List;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.source.Article;

/**
 * Turns an article into entities, mentions and facts. Thread-safe once built: one instance serves all threads.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.defaults();
 * Extraction x = extractor.extract(article);
 * }</pre>
 *
 * Provisional: sentences only. The full extractor replaces the body.
 */
public final class Extractor {
    /** Bumped whenever extraction output changes, so stored articles from older versions are rebuilt. */
    public static final String VERSION = "0.1.0";

    private Extractor() {
    }

    /** The extractor with the shipped gazetteer, concepts and lexicons. */
    public static Extractor defaults() {
        return new Extractor();
    }

    public Extraction extract(Article article) {
        String t = article.text();
        List<Sentence> sentences = t.isEmpty() ? List.of() : List.of(new Sentence(0, 0, t.length(), t));
        return new Extraction(article, sentences, List.of(), List.of(), List.of());
    }
}
