package org.ruralkg.spark;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.ruralkg.RuralKgException;
import org.ruralkg.graph.IriMinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The knowledge-graph build on a Spark cluster: reads the inputs {@code ruralkg build} reads, from any Hadoop file
 * system, extracts each article with the same {@code Extractor} and assembles its graph with the same
 * {@code GraphAssembler}, and writes gzipped N-Quads shards for {@code ruralkg load}.
 *
 * <pre>
 * spark-submit --master local[*] --class org.ruralkg.spark.BuildJob spark/target/ruralkg-spark.jar \
 *     --out runs/1 corpus/
 * spark-submit ... --previous runs/1 --out runs/2 corpus/      # extracts only what changed since run 1
 * ruralkg load --db data runs/2/quads/*.nq.gz
 * </pre>
 *
 * Output directory: {@code quads/part-*.nq.gz} (one named graph per article plus the reference graph),
 * {@code stamps/} (content hash and extractor version per article, JSON Lines, for the next incremental run) and
 * {@code report.json} (counts, skipped input with file and line, failures, removed articles). Exit codes as for
 * {@code ruralkg build}: 0 done, 1 error, 2 finished but some input was skipped or failed, 64 bad command line.
 */
@Command(name = "ruralkg-spark", mixinStandardHelpOptions = true, version = "ruralkg-spark 0.1.0-SNAPSHOT",
        description = "Build the knowledge graph's N-Quads on Spark.")
public final class BuildJob implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output directory (any Hadoop path); must not exist.")
    String out;

    @Option(names = "--previous", paramLabel = "DIR",
            description = "Output of an earlier run: unchanged articles are carried over, not extracted again.")
    String previous;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base of minted IRIs, as for ruralkg build. Default: ${DEFAULT-VALUE}.")
    String base;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files or folders of articles (.txt, .jsonl, .ndjson, .html): local paths, hdfs://, s3a://…")
    List<String> inputs;

    /**
     * What to build.
     *
     * @param inputs   files and folders (Hadoop paths)
     * @param out      output directory; must not exist
     * @param previous the output directory of an earlier run, or null
     * @param base     base of minted IRIs
     */
    public record Settings(List<String> inputs, String out, String previous, String base) {
        public Settings {
            if (inputs == null || inputs.isEmpty()) {
                throw new IllegalArgumentException("no input given: name files or folders of articles");
            }
            if (out == null || out.isBlank()) {
                throw new IllegalArgumentException("output directory '" + out + "' is blank");
            }
            IriMinter.create().base(base).build(); // checks the base, naming it
            inputs = List.copyOf(inputs);
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BuildJob()).execute(args));
    }

    /** Runs the job on {@code spark}; the caller owns the session. */
    public static RunReport run(SparkSession spark, Settings settings) {
        try {
            return new JobRun(JavaSparkContext.fromSparkContext(spark.sparkContext()), settings).execute();
        } catch (java.io.IOException e) {
            throw new RuralKgException("build job failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Integer call() {
        Settings settings;
        try {
            settings = new Settings(inputs, out, previous, base);
        } catch (IllegalArgumentException e) {
            System.err.println("ruralkg-spark: " + e.getMessage());
            return 64;
        }
        SparkSession spark = SparkSession.builder().appName("ruralkg-build").getOrCreate();
        try {
            RunReport r = run(spark, settings);
            System.err.println("ruralkg-spark: " + r.summary() + "; report in " + out + "/" + JobRun.REPORT);
            return r.complete() ? 0 : 2;
        } catch (RuralKgException e) {
            System.err.println("ruralkg-spark: " + e.getMessage());
            return 1;
        } finally {
            spark.stop();
        }
    }
}
