package org.ruralkg.nlp.ner;

/** First-order Viterbi decoding over {@link NerLabels}, never choosing a transition the label set forbids. */
final class Viterbi {
    private static final int L = NerLabels.COUNT;
    /**
     * The labels that may precede each label, ascending: the inner loop visits only these instead of testing all
     * {@code L} against {@link NerLabels#ALLOWED} (most pairs are forbidden; same order, so the same ties win).
     */
    private static final int[][] PREDECESSORS = new int[L][];

    static {
        for (int y = 0; y < L; y++) {
            int[] ps = new int[L];
            int m = 0;
            for (int p = 0; p < L; p++) {
                if (NerLabels.ALLOWED[p + 1][y]) {
                    ps[m++] = p;
                }
            }
            PREDECESSORS[y] = java.util.Arrays.copyOf(ps, m);
        }
    }

    private Viterbi() {
    }

    /**
     * Writes the best labels of {@code n} positions into {@code out}.
     *
     * @param emission    {@code n * L} scores of each label at each position
     * @param transitions {@code (L + 1) * L} scores; row 0 is the start of the sentence, row {@code p + 1} follows
     *                    label {@code p}
     * @param back        scratch of at least {@code n * L}
     * @param score       scratch of at least {@code 2 * L}
     */
    static void decode(double[] emission, int n, float[] transitions, int[] back, double[] score, int[] out) {
        if (n == 0) {
            return;
        }
        for (int y = 0; y < L; y++) {
            score[y] = NerLabels.ALLOWED[0][y] ? transitions[y] + emission[y] : Double.NEGATIVE_INFINITY;
        }
        int prevBase = 0;
        for (int i = 1; i < n; i++) {
            int curBase = L - prevBase;
            for (int y = 0; y < L; y++) {
                double best = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p : PREDECESSORS[y]) {
                    double s = score[prevBase + p] + transitions[(p + 1) * L + y];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[curBase + y] = best + emission[i * L + y];
                back[i * L + y] = arg;
            }
            prevBase = curBase;
        }
        double best = Double.NEGATIVE_INFINITY;
        int arg = NerLabels.O;
        for (int y = 0; y < L; y++) {
            if (NerLabels.mayEnd(y) && score[prevBase + y] > best) {
                best = score[prevBase + y];
                arg = y;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = arg;
            arg = back[i * L + arg];
        }
    }
}
