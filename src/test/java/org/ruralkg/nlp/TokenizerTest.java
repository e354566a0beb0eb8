package org.ruralkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void lazyTokensEqualEagerOnesAndAreSegmentedOnce() {
        String text = "前言。交城县天宁镇前火山锦绣养殖有限公司负责人梁俊旭说，今年养牛200头。";
        Sentence sentence = SentenceSplitter.split(text).get(1);
        Supplier<List<Token>> lazy = Tokenizer.shared().lazy(sentence);
        List<Token> tokens = lazy.get();
        assertEquals(Tokenizer.shared().tokenize(sentence), tokens);
        assertSame(tokens, lazy.get());
        assertTrue(tokens.stream().allMatch(t -> text.substring(t.start(), t.end()).equals(t.word())),
                "offsets are in the article text: " + tokens);
        assertTrue(tokens.get(0).start() >= sentence.start());
    }
}
