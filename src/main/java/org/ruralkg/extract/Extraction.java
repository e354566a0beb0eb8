package org.ruralkg.extract;

import java.util.List;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.source.Article;

/**
 * Everything extracted from one article: the input of graph assembly.
 */
public record Extraction(Article article, List<Sentence> sentences, List<Entity> entities, List<Mention> mentions,
                         List<Fact> facts) {
    public Extraction {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
    }
}
