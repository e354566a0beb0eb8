package org.ruralkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ruralkg.extract.Extraction;
import org.ruralkg.extract.Extractor;
import org.ruralkg.extract.FlatMentions;
import org.ruralkg.nlp.ner.AnnotatedSentence;
import org.ruralkg.nlp.ner.NerCorpus;
import org.ruralkg.nlp.ner.NerEvaluation;
import org.ruralkg.nlp.ner.NerSpan;
import org.ruralkg.nlp.ner.NerTagger;
import org.ruralkg.nlp.ner.NerType;
import org.ruralkg.source.Article;

/**
 * Span-exact scores of the whole {@code mentions} pipeline (extraction, flattening, the tagger's extra names) per
 * group: place = LOC, organization = ORG, person = PER. Scores the CLUENER sentences held out from training
 * ({@link NerCorpus#isHeldOut}; address and scene are places, company, government and organization are
 * organizations, name is a person), against their address chains as annotated and cut into one place per level,
 * and any sentence files in the marked format ({@link NerCorpus#readMarked}).
 *
 * <pre>
 * scripts/train-ner.sh --held-out --out target/ner-heldout.bin.gz      # a model that has not seen the held-out tenth
 * java -cp target/classes:... org.ruralkg.bench.MentionsScore --model target/ner-heldout.bin.gz \
 *     --cluener ../shared/corpora/cluener2020/train.json [--marked FILE] [--errors 30]
 * </pre>
 *
 * Without {@code --model} the shipped model is used, which is right for the marked files only (it was trained on
 * the CLUENER sentences scored here).
 */
public final class MentionsScore {
    private MentionsScore() {
    }

    /** Scores {@code gold} with {@code extractor}, whose tagger is {@code tagger}; errors go to {@code log}. */
    public static NerEvaluation score(Extractor extractor, NerTagger tagger, List<AnnotatedSentence> gold,
            PrintStream log, int errorsPerType) {
        NerEvaluation e = new NerEvaluation();
        int[] shown = new int[NerType.values().length * 2];
        for (int i = 0; i < gold.size(); i++) {
            AnnotatedSentence s = gold.get(i);
            List<NerSpan> found = found(extractor, tagger, s.text());
            e.add(s.spans(), found);
            if (log != null && errorsPerType > 0) {
                Set<NerSpan> g = new HashSet<>(s.spans());
                for (NerSpan f : found) {
                    if (!g.contains(f) && shown[f.type().ordinal() * 2]++ < errorsPerType) {
                        log.println("  + " + f.type() + " " + f.in(s.text()) + "\t| " + s.text());
                    }
                }
                Set<NerSpan> fs = new HashSet<>(found);
                for (NerSpan x : s.spans()) {
                    if (!fs.contains(x) && shown[x.type().ordinal() * 2 + 1]++ < errorsPerType) {
                        log.println("  - " + x.type() + " " + x.in(s.text()) + "\t| " + s.text());
                    }
                }
            }
        }
        return e;
    }

    /** What {@code mentions} reports for one text, as place, organization and person spans. */
    public static List<NerSpan> found(Extractor extractor, NerTagger tagger, String text) {
        Extraction x = extractor.extract(Article.ofText("s", text, "evaluation"));
        List<NerSpan> out = new ArrayList<>();
        for (FlatMentions.Span m : FlatMentions.of(x, tagger)) {
            NerType t = switch (m.group()) {
                case "place" -> NerType.LOCATION;
                case "organization" -> NerType.ORGANIZATION;
                case "person" -> NerType.PERSON;
                default -> null;
            };
            if (t != null) {
                out.add(new NerSpan(m.start(), m.end(), t));
            }
        }
        return out;
    }

    /** One table row: P / R / F1 per type. */
    public static String row(String name, NerEvaluation e) {
        StringBuilder row = new StringBuilder("| " + name + " |");
        for (NerType t : NerType.values()) {
            row.append(String.format(" %.3f / %.3f / **%.3f** (%d) |", e.precision(t), e.recall(t), e.f1(t),
                    e.support(t)));
        }
        return row.toString();
    }

    public static void main(String[] args) throws IOException {
        Path cluener = null;
        Path model = null;
        List<Path> marked = new ArrayList<>();
        int errors = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cluener" -> cluener = Path.of(args[++i]);
                case "--model" -> model = Path.of(args[++i]);
                case "--marked" -> marked.add(Path.of(args[++i]));
                case "--errors" -> errors = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument \"" + args[i] + "\"");
            }
        }
        NerTagger tagger;
        if (model == null) {
            tagger = NerTagger.shared();
        } else {
            try (InputStream in = Files.newInputStream(model)) {
                tagger = NerTagger.load(in);
            }
        }
        Extractor extractor = Extractor.create().tagger(tagger).build();
        System.out.println("| set | PER P / R / F1 (gold) | LOC P / R / F1 (gold) | ORG P / R / F1 (gold) |");
        System.out.println("|---|---|---|---|");
        if (cluener != null) {
            for (boolean split : new boolean[] {false, true}) {
                List<AnnotatedSentence> all = NerCorpus.readCluener(cluener, split);
                List<AnnotatedSentence> gold = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    if (NerCorpus.isHeldOut(i)) {
                        gold.add(all.get(i));
                    }
                }
                String name = "CLUENER held-out tenth, " + (split ? "addresses split" : "addresses as chains");
                System.out.println(row(name, score(extractor, tagger, gold, System.err, split ? 0 : errors)));
                NerEvaluation alone = new NerEvaluation();
                gold.forEach(s -> alone.add(s.spans(), tagger.tag(s.text())));
                System.out.println(row(name + ", tagger alone", alone));
            }
        }
        for (Path m : marked) {
            NerEvaluation e = score(extractor, tagger, NerCorpus.readMarked(m), System.err, errors);
            System.out.println(row(m.getFileName().toString(), e));
        }
    }
}
