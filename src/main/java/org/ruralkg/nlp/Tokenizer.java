package org.ruralkg.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * HanLP word segmentation and tagging, sentence by sentence. The segment is configured once here and then only
 * read, which HanLP allows from many threads at a time.
 *
 * <pre>{@code List<Token> tokens = Tokenizer.shared().tokenize(sentence);}</pre>
 */
public final class Tokenizer {
    private static final class Holder {
        static final Tokenizer SHARED = new Tokenizer();
    }

    private final Segment segment;

    private Tokenizer() {
        // Organization recognition stays off: HanLP's guesses ("前火山村借力党") are worse than our suffix rules.
        segment = HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableOffset(true);
    }

    /** The one shared instance; the first call loads HanLP's dictionaries. */
    public static Tokenizer shared() {
        return Holder.SHARED;
    }

    /** Tokens of one sentence, with offsets in the article text. */
    public List<Token> tokenize(Sentence sentence) {
        return tokenize(sentence.text(), sentence.start());
    }

    /**
     * The tokens of one sentence, segmented on the first {@code get()} and then kept: stages that need tokens only
     * around a rare cue (an organisation suffix, a post title) leave most sentences unsegmented. Not thread-safe;
     * one per sentence of an article being extracted.
     */
    public Supplier<List<Token>> lazy(Sentence sentence) {
        return new Supplier<>() {
            private List<Token> tokens;

            @Override
            public List<Token> get() {
                if (tokens == null) {
                    tokens = tokenize(sentence);
                }
                return tokens;
            }
        };
    }

    /** Tokens of {@code text}, offsets shifted by {@code base}. */
    public List<Token> tokenize(String text, int base) {
        List<Term> terms = segment.seg(text);
        List<Token> out = new ArrayList<>(terms.size());
        int pos = 0;
        for (Term t : terms) {
            // HanLP's own offsets are unreliable after its normalisation; find each word where it really is.
            int at = text.indexOf(t.word, pos);
            if (at < 0) {
                continue;
            }
            out.add(new Token(base + at, base + at + t.word.length(), t.word, String.valueOf(t.nature)));
            pos = at + t.word.length();
        }
        return out;
    }
}
