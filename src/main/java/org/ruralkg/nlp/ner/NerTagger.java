package org.ruralkg.nlp.ner;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Finds person, place and organization names in Chinese text with a character-level averaged perceptron (BIOES
 * labels, first-order Viterbi), trained on CLUENER2020 by {@link NerTrainer}. Read-only once loaded: one instance
 * serves any number of threads.
 *
 * <pre>{@code
 * for (NerSpan s : NerTagger.shared().tag("村民李文均说")) {
 *     System.out.println(s.type() + " " + s.in(sentence));   // PERSON 李文均
 * }
 * // inside a larger text, without copying the sentence or building a list:
 * NerTagger.shared().tag(article, sentence.start(), sentence.end(), (start, end, type) -> ...);
 * }</pre>
 */
public final class NerTagger {
    /** Where the shipped model lives on the class path; {@code scripts/train-ner.sh} writes it. */
    public static final String RESOURCE = "/org/ruralkg/nlp/ner/ner-model.bin.gz";

    private static final int MAGIC = 0x524B4E45; // "RKNE"
    private static final int VERSION = 1;
    private static final int L = NerLabels.COUNT;
    private static final int K = NerFeatures.TEMPLATES;

    /** Receives the names found, in text order; offsets are in the text given to {@code tag}. */
    @FunctionalInterface
    public interface SpanSink {
        void accept(int start, int end, NerType type);
    }

    private static final class Holder {
        static final NerTagger SHARED = loadShipped();
    }

    private final FeatureIndex features;
    private final float[] weights;
    private final float[] transitions;
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    /** {@code weights[f * L + y]} is the weight of feature {@code keys[f]} for label {@code y}. */
    NerTagger(long[] keys, float[] weights, float[] transitions) {
        if (weights.length != keys.length * L || transitions.length != (L + 1) * L) {
            throw new IllegalArgumentException("model arrays do not fit " + keys.length + " features: weights "
                    + weights.length + ", transitions " + transitions.length);
        }
        this.features = new FeatureIndex(keys);
        this.weights = weights;
        this.transitions = transitions;
    }

    /** The shipped model, loaded on first use. */
    public static NerTagger shared() {
        return Holder.SHARED;
    }

    private static NerTagger loadShipped() {
        try (InputStream in = NerTagger.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("NER model " + RESOURCE + " is missing; run scripts/train-ner.sh");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + RESOURCE, e);
        }
    }

    /** Reads a model written by {@link #save}; does not close {@code in}. */
    public static NerTagger load(InputStream in) throws IOException {
        // One bulk read and typed views over it: per-value DataInputStream reads made loading several times slower.
        ByteBuffer buf = ByteBuffer.wrap(new GZIPInputStream(in).readAllBytes());
        if (buf.remaining() < 20 || buf.getInt() != MAGIC) {
            throw new IOException("not a ruralkg NER model");
        }
        int version = buf.getInt();
        int labels = buf.getInt();
        int templates = buf.getInt();
        if (version != VERSION || labels != L || templates != K) {
            throw new IOException("NER model version " + version + " with " + labels + " labels and " + templates
                    + " templates does not fit this code (" + VERSION + ", " + L + ", " + K + "); retrain it");
        }
        int n = buf.getInt();
        long[] keys = new long[n];
        buf.asLongBuffer().get(keys);
        buf.position(buf.position() + n * Long.BYTES);
        float[] w = new float[n * L];
        buf.asFloatBuffer().get(w);
        buf.position(buf.position() + w.length * Float.BYTES);
        float[] t = new float[(L + 1) * L];
        buf.asFloatBuffer().get(t);
        return new NerTagger(keys, w, t);
    }

    /** Writes this model gzipped; does not close {@code out}. */
    public void save(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(L);
        data.writeInt(K);
        data.writeInt(features.size());
        for (int f = 0; f < features.size(); f++) {
            data.writeLong(features.key(f));
        }
        for (float v : weights) {
            data.writeFloat(v);
        }
        for (float v : transitions) {
            data.writeFloat(v);
        }
        data.flush();
        gz.finish();
    }

    /** Number of features with weights, a measure of the model's size. */
    public int featureCount() {
        return features.size();
    }

    /** The names in {@code sentence}, in order, not overlapping. */
    public List<NerSpan> tag(CharSequence sentence) {
        List<NerSpan> out = new ArrayList<>();
        tag(sentence, 0, sentence.length(), (s, e, t) -> out.add(new NerSpan(s, e, t)));
        return out;
    }

    /**
     * Reports the names in {@code text[from, to)}, one sentence, to {@code sink} with offsets in {@code text}.
     * Allocates nothing once the calling thread has tagged a sentence this long.
     */
    public void tag(CharSequence text, int from, int to, SpanSink sink) {
        if (from < 0 || to > text.length() || from > to) {
            throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") of a text of " + text.length());
        }
        Scratch s = scratch.get();
        int n = to - from;
        s.ensure(n);
        decode(text, from, to, s);
        NerLabels.decode(s.labels, n, from, sink);
    }

    /** Best labels of {@code text[from, to)} into {@code s.labels}. */
    void decode(CharSequence text, int from, int to, Scratch s) {
        int n = to - from;
        NerFeatures.extract(text, from, to, s.keys, s.suffix);
        java.util.Arrays.fill(s.emission, 0, n * L, 0);
        // All look-ups first, then all sums: the look-ups are independent cache misses the processor can overlap
        // when no weight arithmetic waits on each one.
        for (int j = 0; j < n * K; j++) {
            s.ids[j] = features.get(s.keys[j]);
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < K; k++) {
                int f = s.ids[i * K + k];
                if (f >= 0) {
                    for (int y = 0, base = f * L; y < L; y++) {
                        s.emission[i * L + y] += weights[base + y];
                    }
                }
            }
        }
        Viterbi.decode(s.emission, n, transitions, s.back, s.score, s.labels);
    }

    /** Per-thread work arrays, grown to the longest sentence seen. */
    static final class Scratch {
        long[] keys = new long[0];
        int[] ids = new int[0];
        int[] suffix = new int[0];
        double[] emission = new double[0];
        int[] back = new int[0];
        final double[] score = new double[2 * L];
        int[] labels = new int[0];

        void ensure(int n) {
            if (labels.length < n) {
                int m = Math.max(n, 2 * labels.length);
                keys = new long[m * K];
                ids = new int[m * K];
                suffix = new int[m];
                emission = new double[m * L];
                back = new int[m * L];
                labels = new int[m];
            }
        }
    }
}
