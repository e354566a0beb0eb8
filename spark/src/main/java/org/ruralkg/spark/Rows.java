package org.ruralkg.spark;

import java.io.Serializable;

/** The small records the job passes between its stages; all serializable, none holds an article's text. */
final class Rows {
    private Rows() {
    }

    /**
     * An article found by the scan, or (with {@code problem} set) a read problem.
     *
     * @param order   the input file's position ({@link InputFiles.InputFile#order()})
     * @param pos     the article's position among those the reader returns for that file
     * @param id      the article id the reader gave it
     * @param hash    its content hash
     * @param source  file path plus "#N", as stored in {@code rkg:sourceFile}
     * @param problem a read problem ("file:line: message"), or null for an article
     * @param file    the file a problem concerns
     */
    record Scanned(int order, int pos, String id, String hash, String source, String problem, String file)
            implements Serializable {
        boolean isArticle() {
            return problem == null;
        }

        /** Input order: which of two articles came first. */
        boolean before(Scanned o) {
            return order != o.order ? order < o.order : pos < o.pos;
        }
    }

    /**
     * An article to extract: where to find it and the id it gets (changed when another file's article had it).
     */
    record Planned(int order, int pos, String id, String hash, String source) implements Serializable {
    }

    /**
     * What an article's graph was built from, and its size; one JSON line per article in a run's {@code stamps/}.
     */
    record Stamp(String iri, String hash, String version, String source, long quads) implements Serializable {
        String toJson() {
            org.apache.jena.atlas.json.JsonObject o = new org.apache.jena.atlas.json.JsonObject();
            o.put("iri", iri);
            o.put("hash", hash);
            o.put("version", version);
            o.put("source", source);
            o.put("quads", quads);
            return org.apache.jena.atlas.json.JSON.toStringFlat(o);
        }

        static Stamp fromJson(String line) {
            org.apache.jena.atlas.json.JsonObject o = org.apache.jena.atlas.json.JSON.parse(line);
            return new Stamp(o.getString("iri"), o.getString("hash"), o.getString("version"), o.getString("source"),
                    o.get("quads").getAsNumber().value().longValue());
        }

        /** Whether this stamp belongs to a source in {@code file} ("file#N"). */
        boolean from(String file) {
            return source.equals(file) || source.startsWith(file + "#");
        }
    }

    /**
     * An extracted article: its N-Quads (sorted lines, so a retried task writes the same bytes) or its failure.
     */
    record Extracted(String iri, String hash, String source, byte[] nquads, long quads, String failure)
            implements Serializable {
        // nquads as UTF-8 bytes, not a String: the cached rows are serialized, and Java serialization copies a byte
        // array whole but encodes a String character by character (~25 % of a task's time in a JFR profile)
        boolean ok() {
            return failure == null;
        }

        /** This row without its quads: what counts, failures and stamps need. */
        Extracted withoutQuads() {
            return new Extracted(iri, hash, source, null, quads, failure);
        }
    }
}
