package org.ruralkg.spark;

import java.io.Serializable;
import java.util.Map;
import org.apache.spark.Partitioner;
import org.ruralkg.spark.Rows.Planned;
import scala.Tuple2;

/**
 * How the articles to extract are cut into tasks: each task takes a run of consecutive articles of one file, and
 * all tasks hold about the same number of articles, with several tasks per core.
 *
 * <p>Why: the job used to make one task per group of files, at most four per core (six tasks for the 300-article
 * bench, eight tasks of 375 articles for 3,000), so a core sat idle while the last long task ran, and a task's whole
 * output was held in memory at once (local[2] with 3 GB ran out of heap on 3,000 articles). A file is read whole by
 * every task that takes some of its articles; reading is a few per cent of extracting, so a file is split only
 * when there are too few files for the cores.
 */
final class Chunks implements Serializable {
    /** Tasks per core at least: the last ones finish close together however article lengths vary. */
    static final int TASKS_PER_CORE = 8;

    private final int[] first;
    private final int[] count;
    private final int[] span;
    private final int total;

    /**
     * @param perFile per input file order: the number of articles to extract and the highest position among them
     * @param files   number of input files
     * @param cores   the job's default parallelism
     */
    Chunks(Map<Integer, Tuple2<Long, Integer>> perFile, int files, int cores) {
        long articles = perFile.values().stream().mapToLong(Tuple2::_1).sum();
        long target = Math.max(1, (long) cores * TASKS_PER_CORE);
        long size = Math.max(1, (articles + target - 1) / target);
        first = new int[files];
        count = new int[files];
        span = new int[files];
        int next = 0;
        for (int f = 0; f < files; f++) {
            Tuple2<Long, Integer> c = perFile.get(f);
            first[f] = next;
            if (c != null) {
                count[f] = (int) Math.max(1, (c._1() + size - 1) / size);
                span[f] = c._2() + 1;
                next += count[f];
            }
        }
        total = Math.max(1, next);
    }

    /** Number of tasks. */
    int tasks() {
        return total;
    }

    /** The task of an article: positions spread evenly over its file's chunks. */
    int of(Planned p) {
        int f = p.order();
        return first[f] + (int) ((long) p.pos() * count[f] / span[f]);
    }

    /** Puts chunk {@code i} in partition {@code i}: one chunk per task, none shared by chance as hashing would. */
    static final class ByChunk extends Partitioner {
        private final int n;

        ByChunk(int n) {
            this.n = n;
        }

        @Override
        public int numPartitions() {
            return n;
        }

        @Override
        public int getPartition(Object key) {
            return (Integer) key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ByChunk b && b.n == n;
        }

        @Override
        public int hashCode() {
            return n;
        }
    }
}
