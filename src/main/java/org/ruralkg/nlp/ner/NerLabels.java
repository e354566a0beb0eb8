package org.ruralkg.nlp.ner;

import java.util.List;

/**
 * The BIOES label set: O, then B, I, E, S for each {@link NerType}. Label numbers are stored in the model file, so
 * the order here is part of its format.
 */
final class NerLabels {
    static final int O = 0;
    static final int B = 0;
    static final int I = 1;
    static final int E = 2;
    static final int S = 3;
    static final int COUNT = 1 + 4 * NerType.values().length;

    private static final NerType[] TYPES = NerType.values();

    /** Whether {@code cur} may follow {@code prev}; {@code prev} -1 is the start of the sentence. */
    static final boolean[][] ALLOWED = new boolean[COUNT + 1][COUNT];

    static {
        for (int prev = -1; prev < COUNT; prev++) {
            for (int cur = 0; cur < COUNT; cur++) {
                ALLOWED[prev + 1][cur] = isOpen(prev) ? cur != O && type(cur) == type(prev) && !startsSpan(cur)
                        : cur == O || startsSpan(cur);
            }
        }
    }

    private NerLabels() {
    }

    static int label(NerType type, int position) {
        return 1 + 4 * type.ordinal() + position;
    }

    static NerType type(int label) {
        return label == O ? null : TYPES[(label - 1) / 4];
    }

    static int position(int label) {
        return (label - 1) % 4;
    }

    /** Whether a span is still open after {@code label} (B or I). */
    static boolean isOpen(int label) {
        return label > O && (position(label) == B || position(label) == I);
    }

    static boolean startsSpan(int label) {
        return label > O && (position(label) == B || position(label) == S);
    }

    /** Whether a sentence may end on {@code label}. */
    static boolean mayEnd(int label) {
        return !isOpen(label);
    }

    /** Writes the labels of {@code spans} into {@code out[0 .. length)}. */
    static void encode(List<NerSpan> spans, int length, int[] out) {
        java.util.Arrays.fill(out, 0, length, O);
        for (NerSpan s : spans) {
            if (s.end() - s.start() == 1) {
                out[s.start()] = label(s.type(), S);
                continue;
            }
            out[s.start()] = label(s.type(), B);
            for (int i = s.start() + 1; i < s.end() - 1; i++) {
                out[i] = label(s.type(), I);
            }
            out[s.end() - 1] = label(s.type(), E);
        }
    }

    /** Reports each span of a valid label sequence, offsets shifted by {@code base}. */
    static void decode(int[] labels, int length, int base, NerTagger.SpanSink sink) {
        int start = -1;
        for (int i = 0; i < length; i++) {
            int l = labels[i];
            if (l == O) {
                continue;
            }
            switch (position(l)) {
                case B -> start = i;
                case S -> sink.accept(base + i, base + i + 1, type(l));
                case E -> sink.accept(base + start, base + i + 1, type(l));
                default -> { }
            }
        }
    }
}
