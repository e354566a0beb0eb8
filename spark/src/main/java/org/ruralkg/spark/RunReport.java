package org.ruralkg.spark;

import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.ruralkg.spark.Rows.Stamp;

/**
 * What a run of the build job did; written as {@code report.json} in its output directory, last, so that a
 * report there means a complete run.
 *
 * @param inputs    the input paths
 * @param previous  the previous run's output directory, or null for a full build
 * @param out       this run's output directory
 * @param version   the extractor version
 * @param read      articles read (duplicates included)
 * @param built     articles extracted and written
 * @param unchanged articles whose previous graph was carried over (same content and extractor version)
 * @param skipped   input problems, one line each with file and line
 * @param failed    articles that could not be extracted, with why (their previous graph, if any, is kept)
 * @param removed   articles of the previous run no longer in the input (dropped)
 * @param quads     quads written
 * @param seconds   wall time of the run
 * @param phases    wall seconds of each phase (scan, plan, extract, write), as the driver saw them
 * @param tasks     tasks of the extract phase
 */
public record RunReport(List<String> inputs, String previous, String out, String version, long read, long built,
                        long unchanged, List<String> skipped, List<String> failed, List<Stamp> removed, long quads,
                        double seconds, java.util.Map<String, Double> phases, int tasks) {
    public RunReport {
        inputs = List.copyOf(inputs);
        skipped = List.copyOf(skipped);
        failed = List.copyOf(failed);
        removed = List.copyOf(removed);
        phases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phases));
    }

    /** True when nothing was skipped or failed. */
    public boolean complete() {
        return skipped.isEmpty() && failed.isEmpty();
    }

    /** One line, in the words of {@code ruralkg build}'s summary. */
    public String summary() {
        return String.format("built %d, unchanged %d, skipped %d, failed %d, removed %d; %,d quads in %.1f s",
                built, unchanged, skipped.size(), failed.size(), removed.size(), quads, seconds);
    }

    String toJson() {
        JsonObject o = new JsonObject();
        JsonArray in = new JsonArray();
        inputs.forEach(in::add);
        o.put("inputs", in);
        if (previous != null) {
            o.put("previous", previous);
        }
        o.put("out", out);
        o.put("extractorVersion", version);
        o.put("articlesRead", read);
        o.put("built", built);
        o.put("unchanged", unchanged);
        o.put("skipped", skipped.size());
        o.put("failed", failed.size());
        o.put("removed", removed.size());
        o.put("quads", quads);
        o.put("seconds", org.apache.jena.atlas.json.JsonNumber.value(Math.round(seconds * 1000) / 1000.0));
        // to tell the extraction, which should scale with cores, from the rest (BENCHMARKS.md, Spark)
        JsonObject ph = new JsonObject();
        phases.forEach((k, v) -> ph.put(k, org.apache.jena.atlas.json.JsonNumber.value(Math.round(v * 1000) / 1000.0)));
        o.put("phaseSeconds", ph);
        o.put("extractTasks", tasks);
        JsonArray sk = new JsonArray();
        skipped.forEach(sk::add);
        o.put("skippedReasons", sk);
        JsonArray fl = new JsonArray();
        failed.forEach(fl::add);
        o.put("failures", fl);
        JsonArray rm = new JsonArray();
        for (Stamp st : removed) {
            JsonObject r = new JsonObject();
            r.put("iri", st.iri());
            r.put("source", st.source());
            rm.add(r);
        }
        o.put("removedArticles", rm);
        return JSON.toString(o) + "\n";
    }
}
