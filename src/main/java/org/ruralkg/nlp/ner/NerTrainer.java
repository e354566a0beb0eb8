package org.ruralkg.nlp.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link NerTagger}: averaged structured perceptron over {@link NerFeatures}, a fixed number of passes in
 * an order shuffled by a fixed seed, so the same data always gives the same model.
 *
 * <pre>{@code
 * NerTagger tagger = NerTrainer.builder().iterations(10).seed(7).build().train(sentences);
 * }</pre>
 *
 * HanLP's {@code PerceptronTrainer} is not reused: it shuffles with an unseeded {@code Random} (no reproducible
 * model), keys features by strings (an allocation per feature and character when tagging), and its Viterbi scores
 * every feature once per previous label.
 */
public final class NerTrainer {
    private static final int L = NerLabels.COUNT;
    private static final int K = NerFeatures.TEMPLATES;

    private final int iterations;
    private final long seed;
    private final int minFeatureCount;

    private NerTrainer(Builder b) {
        this.iterations = b.iterations;
        this.seed = b.seed;
        this.minFeatureCount = b.minFeatureCount;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings of a training run. */
    public static final class Builder {
        private int iterations = 10;
        private long seed = 20240601L;
        private int minFeatureCount = 1;

        private Builder() {
        }

        /** Passes over the data (default 10). */
        public Builder iterations(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("iterations must be at least 1, got " + n);
            }
            this.iterations = n;
            return this;
        }

        /** Seed of the shuffle before each pass. */
        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /** Features seen fewer times than this in the training data are left out (default 1: none). */
        public Builder minFeatureCount(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("minFeatureCount must be at least 1, got " + n);
            }
            this.minFeatureCount = n;
            return this;
        }

        public NerTrainer build() {
            return new NerTrainer(this);
        }
    }

    /** A model trained on {@code sentences}; features whose averaged weights are all zero are dropped. */
    public NerTagger train(List<AnnotatedSentence> sentences) {
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no training sentences");
        }
        Map<Long, Integer> ids = featureIds(sentences);
        long[] keyOf = new long[ids.size()];
        ids.forEach((key, id) -> keyOf[id] = key);
        int[][] feats = new int[sentences.size()][];
        int[][] gold = new int[sentences.size()][];
        NerTagger.Scratch s = new NerTagger.Scratch();
        for (int j = 0; j < sentences.size(); j++) {
            AnnotatedSentence a = sentences.get(j);
            int n = a.text().length();
            s.ensure(n);
            NerFeatures.extract(a.text(), 0, n, s.keys, s.suffix);
            feats[j] = new int[n * K];
            for (int x = 0; x < n * K; x++) {
                feats[j][x] = ids.getOrDefault(s.keys[x], -1);
            }
            gold[j] = new int[n];
            NerLabels.encode(a.spans(), n, gold[j]);
        }
        ids = null; // the boxed map is the largest object of a run; let it go before the weight arrays

        Weights w = new Weights(keyOf.length);
        int[] order = new int[sentences.size()];
        Arrays.setAll(order, i -> i);
        Random random = new Random(seed);
        int[] guess = new int[0];
        for (int iter = 1; iter <= iterations; iter++) {
            shuffle(order, random);
            int wrong = 0;
            for (int j : order) {
                int n = gold[j].length;
                s.ensure(n);
                if (guess.length < n) {
                    guess = new int[n];
                }
                w.decode(feats[j], n, s, guess);
                if (!Arrays.equals(guess, 0, n, gold[j], 0, n)) {
                    wrong++;
                    w.update(feats[j], gold[j], guess, n);
                }
                w.tick();
            }
            System.err.printf("ner: pass %d of %d, %d of %d sentences wrong%n", iter, iterations, wrong, order.length);
        }
        return w.averaged(keyOf);
    }

    private Map<Long, Integer> featureIds(List<AnnotatedSentence> sentences) {
        Map<Long, Integer> counts = new HashMap<>();
        NerTagger.Scratch s = new NerTagger.Scratch();
        for (AnnotatedSentence a : sentences) {
            int n = a.text().length();
            s.ensure(n);
            NerFeatures.extract(a.text(), 0, n, s.keys, s.suffix);
            for (int x = 0; x < n * K; x++) {
                counts.merge(s.keys[x], 1, Integer::sum);
            }
        }
        // Numbered in key order so that a run does not depend on hash iteration order.
        long[] kept = counts.entrySet().stream().filter(e -> e.getValue() >= minFeatureCount)
                .mapToLong(Map.Entry::getKey).sorted().toArray();
        Map<Long, Integer> ids = new HashMap<>(kept.length * 2);
        for (int i = 0; i < kept.length; i++) {
            ids.put(kept[i], i);
        }
        return ids;
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * Current weights and the running sums for averaging, kept with the usual trick: an update of {@code d} at step
     * {@code c} adds {@code c * d} to {@code sum}, and the average after {@code c} steps is {@code w - sum / c}.
     */
    private static final class Weights {
        final float[] w;
        final double[] sum;
        final float[] trans = new float[(L + 1) * L];
        final double[] transSum = new double[(L + 1) * L];
        int step = 1;

        Weights(int features) {
            w = new float[features * L];
            sum = new double[features * L];
        }

        void decode(int[] feats, int n, NerTagger.Scratch s, int[] out) {
            Arrays.fill(s.emission, 0, n * L, 0);
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < K; k++) {
                    int f = feats[i * K + k];
                    if (f >= 0) {
                        for (int y = 0; y < L; y++) {
                            s.emission[i * L + y] += w[f * L + y];
                        }
                    }
                }
            }
            Viterbi.decode(s.emission, n, trans, s.back, s.score, out);
        }

        void update(int[] feats, int[] gold, int[] guess, int n) {
            for (int i = 0; i < n; i++) {
                int prevGold = i == 0 ? -1 : gold[i - 1];
                int prevGuess = i == 0 ? -1 : guess[i - 1];
                if (gold[i] != guess[i]) {
                    for (int k = 0; k < K; k++) {
                        int f = feats[i * K + k];
                        if (f >= 0) {
                            add(w, sum, f * L + gold[i], 1);
                            add(w, sum, f * L + guess[i], -1);
                        }
                    }
                }
                if (gold[i] != guess[i] || prevGold != prevGuess) {
                    add(trans, transSum, (prevGold + 1) * L + gold[i], 1);
                    add(trans, transSum, (prevGuess + 1) * L + guess[i], -1);
                }
            }
        }

        private void add(float[] weights, double[] sums, int at, int d) {
            weights[at] += d;
            sums[at] += (double) step * d;
        }

        void tick() {
            step++;
        }

        NerTagger averaged(long[] keyOf) {
            List<Integer> kept = new ArrayList<>();
            float[] avg = new float[w.length];
            for (int f = 0; f < keyOf.length; f++) {
                boolean any = false;
                for (int y = 0; y < L; y++) {
                    avg[f * L + y] = (float) (w[f * L + y] - sum[f * L + y] / step);
                    any |= avg[f * L + y] != 0;
                }
                if (any) {
                    kept.add(f);
                }
            }
            long[] keys = new long[kept.size()];
            float[] weights = new float[kept.size() * L];
            for (int i = 0; i < keys.length; i++) {
                int f = kept.get(i);
                keys[i] = keyOf[f];
                System.arraycopy(avg, f * L, weights, i * L, L);
            }
            float[] t = new float[trans.length];
            for (int x = 0; x < t.length; x++) {
                t[x] = (float) (trans[x] - transSum[x] / step);
            }
            return new NerTagger(keys, weights, t);
        }
    }

    /**
     * Trains the shipped model: {@code --cluener FILE} (required), {@code --marked FILE} (repeatable, own
     * sentences), {@code --out FILE} (required), {@code --iterations N}, {@code --no-split} (keep address chains).
     */
    public static void main(String[] args) throws IOException {
        TrainingArgs a = TrainingArgs.parse(args);
        if (a.out() == null) {
            throw new IllegalArgumentException("--out FILE is required");
        }
        List<AnnotatedSentence> data = new ArrayList<>();
        List<AnnotatedSentence> cluener = NerCorpus.readCluener(a.cluener(), a.split());
        for (int i = 0; i < cluener.size(); i++) {
            if (!a.heldOut() || !NerCorpus.isHeldOut(i)) {
                data.add(cluener.get(i));
            }
        }
        for (Path m : a.marked()) {
            data.addAll(NerCorpus.readMarked(m));
        }
        NerTagger tagger = builder().iterations(a.iterations()).build().train(data);
        Files.createDirectories(a.out().toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(a.out())) {
            tagger.save(out);
        }
        System.err.printf("ner: %d sentences, %d features, wrote %s (%d bytes)%n", data.size(),
                tagger.featureCount(), a.out(), Files.size(a.out()));
    }
}
