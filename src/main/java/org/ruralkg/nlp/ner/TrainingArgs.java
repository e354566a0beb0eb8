package org.ruralkg.nlp.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command-line arguments shared by {@link NerTrainer#main} and {@link NerEvaluation#main}; {@code --held-out} leaves
 * out the CLUENER sentences that the evaluations hold out ({@link NerCorpus#isHeldOut}).
 */
record TrainingArgs(Path cluener, List<Path> marked, Path out, int iterations, boolean split, boolean heldOut) {
    static TrainingArgs parse(String[] args) {
        Path cluener = null;
        Path out = null;
        List<Path> marked = new ArrayList<>();
        int iterations = 10;
        boolean split = true;
        boolean heldOut = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cluener" -> cluener = Path.of(value(args, ++i));
                case "--marked" -> marked.add(Path.of(value(args, ++i)));
                case "--out" -> out = Path.of(value(args, ++i));
                case "--iterations" -> iterations = Integer.parseInt(value(args, ++i));
                case "--no-split" -> split = false;
                case "--held-out" -> heldOut = true;
                default -> throw new IllegalArgumentException("unknown argument \"" + args[i] + "\"");
            }
        }
        if (cluener == null) {
            throw new IllegalArgumentException("--cluener FILE is required");
        }
        return new TrainingArgs(cluener, List.copyOf(marked), out, iterations, split, heldOut);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
