package org.ruralkg.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.nlp.SentenceSplitter;
import org.ruralkg.nlp.ner.NerTagger;

/**
 * Load time of the shipped NER model and its tagging speed against bare HanLP segmentation (default segment, its
 * name recognition off) on the same sentences of generated articles, one thread, median of the rounds. The first
 * figure is taken before anything else runs, so it includes loading the classes.
 *
 * <pre>
 * java -cp target/ruralkg.jar org.ruralkg.bench.NerBench [articles (300)] [rounds (5)]
 * </pre>
 */
public final class NerBench {
    private NerBench() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        NerTagger tagger = NerTagger.shared();
        double coldLoad = (System.nanoTime() - t0) / 1e9;
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;

        List<String> texts = new ArrayList<>();
        CorpusGenerator.create().seed(42).build().articles(articles).forEach(a -> {
            texts.add(a.title());
            texts.add(a.text());
        });
        List<List<Sentence>> sentences = texts.stream().map(SentenceSplitter::split).toList();
        long chars = sentences.stream().flatMap(List::stream).mapToLong(s -> s.text().length()).sum();
        Segment segment = HanLP.newSegment();

        double[] warmLoad = new double[rounds];
        double[] ner = new double[rounds];
        double[] hanlp = new double[rounds];
        long[] spans = new long[1];
        for (int r = -1; r < rounds; r++) { // round -1 warms both up
            long a = System.nanoTime();
            try (InputStream in = NerTagger.class.getResourceAsStream(NerTagger.RESOURCE)) {
                NerTagger.load(in);
            }
            long b = System.nanoTime();
            spans[0] = 0;
            for (int i = 0; i < texts.size(); i++) {
                for (Sentence s : sentences.get(i)) {
                    tagger.tag(texts.get(i), s.start(), s.end(), (x, y, t) -> spans[0]++);
                }
            }
            long c = System.nanoTime();
            for (List<Sentence> article : sentences) {
                for (Sentence s : article) {
                    segment.seg(s.text());
                }
            }
            long d = System.nanoTime();
            if (r >= 0) {
                warmLoad[r] = (b - a) / 1e9;
                ner[r] = (c - b) / 1e9;
                hanlp[r] = (d - c) / 1e9;
            }
        }
        double nerCps = chars / median(ner);
        double hanlpCps = chars / median(hanlp);
        System.out.printf("NER model: %,d features; first load %.2f s (with class loading), reload %.2f s%n",
                tagger.featureCount(), coldLoad, median(warmLoad));
        System.out.printf("%,d chars in %d articles, %,d names found; median of %d rounds, 1 thread%n", chars,
                articles, spans[0], rounds);
        System.out.printf("NER tagging %,.0f chars/s vs HanLP segmentation %,.0f chars/s: ratio %.2f%n", nerCps,
                hanlpCps, nerCps / hanlpCps);
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
