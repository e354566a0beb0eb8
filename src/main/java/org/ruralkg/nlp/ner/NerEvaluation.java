package org.ruralkg.nlp.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Span-exact precision, recall and F1 per {@link NerType}: a found name counts only if start, end and type all
 * equal a gold one.
 *
 * <pre>{@code
 * NerEvaluation e = new NerEvaluation();
 * for (AnnotatedSentence s : heldOut) e.add(s.spans(), tagger.tag(s.text()));
 * System.out.println(e.f1(NerType.LOCATION));
 * }</pre>
 */
public final class NerEvaluation {
    private final Map<NerType, int[]> counts = new EnumMap<>(NerType.class); // true pos., false pos., false neg.

    public NerEvaluation() {
        for (NerType t : NerType.values()) {
            counts.put(t, new int[3]);
        }
    }

    /** Counts one sentence. */
    public void add(List<NerSpan> gold, List<NerSpan> found) {
        Set<NerSpan> g = new HashSet<>(gold);
        for (NerSpan s : found) {
            counts.get(s.type())[g.remove(s) ? 0 : 1]++;
        }
        for (NerSpan s : g) {
            counts.get(s.type())[2]++;
        }
    }

    public double precision(NerType t) {
        int[] c = counts.get(t);
        return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    }

    public double recall(NerType t) {
        int[] c = counts.get(t);
        return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    }

    public double f1(NerType t) {
        double p = precision(t);
        double r = recall(t);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Number of gold names of type {@code t}. */
    public int support(NerType t) {
        int[] c = counts.get(t);
        return c[0] + c[2];
    }

    /**
     * Held-out figures for README.md: every 10th CLUENER sentence (index 0, 10, 20 …) is held out, a model is
     * trained on the rest (plus the {@code --marked} files) with and without address splitting, and each is scored
     * against the held-out gold in both forms. Arguments as for {@link NerTrainer#main}, without {@code --out}.
     */
    public static void main(String[] args) throws IOException {
        TrainingArgs a = TrainingArgs.parse(args);
        List<AnnotatedSentence> marked = new ArrayList<>();
        for (Path m : a.marked()) {
            marked.addAll(NerCorpus.readMarked(m));
        }
        System.out.println("| training spans | gold spans | PER P / R / F1 | LOC P / R / F1 | ORG P / R / F1 |");
        System.out.println("|---|---|---|---|---|");
        for (boolean splitTraining : new boolean[] {true, false}) {
            List<AnnotatedSentence> train = new ArrayList<>(marked);
            List<AnnotatedSentence> all = NerCorpus.readCluener(a.cluener(), splitTraining);
            for (int i = 0; i < all.size(); i++) {
                if (!NerCorpus.isHeldOut(i)) {
                    train.add(all.get(i));
                }
            }
            NerTagger tagger = NerTrainer.builder().iterations(a.iterations()).build().train(train);
            for (boolean splitGold : new boolean[] {true, false}) {
                List<AnnotatedSentence> gold = NerCorpus.readCluener(a.cluener(), splitGold);
                NerEvaluation e = new NerEvaluation();
                for (int i = 0; i < gold.size(); i++) {
                    if (NerCorpus.isHeldOut(i)) {
                        e.add(gold.get(i).spans(), tagger.tag(gold.get(i).text()));
                    }
                }
                StringBuilder row = new StringBuilder("| " + (splitTraining ? "split" : "chains") + " | "
                        + (splitGold ? "split" : "chains") + " |");
                for (NerType t : NerType.values()) {
                    row.append(String.format(" %.3f / %.3f / **%.3f** |", e.precision(t), e.recall(t), e.f1(t)));
                }
                System.out.println(row);
            }
        }
    }
}
