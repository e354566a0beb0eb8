package org.ruralkg.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.ruralkg.RuralKgException;

/**
 * Lists the input files of a job on any Hadoop file system (local paths, {@code hdfs://…}, {@code s3a://…}) the way
 * {@code ruralkg build} lists folders: recursively, sorted by path below the input, keeping only the types the
 * article reader knows; a file named explicitly is kept whatever its type, so that the reader reports it.
 */
final class InputFiles {
    static final Set<String> TYPES = Set.of("txt", "jsonl", "ndjson", "html", "htm");

    /**
     * One input file.
     *
     * @param order    position in the whole input, which decides which of two duplicate articles is kept
     * @param uri      where to read it (a Hadoop path)
     * @param name     the path as the CLI would name it: the input as given plus the path below it
     * @param relative the path below the input folder (the file name for an input file), which makes the ids
     */
    record InputFile(int order, String uri, String name, String relative) implements Serializable {
    }

    private InputFiles() {
    }

    static List<InputFile> list(List<String> inputs, Configuration conf) {
        List<InputFile> out = new ArrayList<>();
        for (String in : inputs) {
            Path p = new Path(in);
            try {
                FileSystem fs = p.getFileSystem(conf);
                if (!fs.exists(p)) {
                    throw new RuralKgException("input " + in + " does not exist");
                }
                FileStatus st = fs.getFileStatus(p);
                if (st.isFile()) {
                    out.add(new InputFile(out.size(), st.getPath().toString(), in, p.getName()));
                    continue;
                }
                String root = st.getPath().toUri().getPath();
                List<String[]> found = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    String path = f.getPath().toUri().getPath();
                    String rel = path.substring(root.length()).replaceFirst("^/+", "");
                    if (f.isFile() && TYPES.contains(extension(rel))) {
                        found.add(new String[] {f.getPath().toString(), rel});
                    }
                }
                found.sort(Comparator.comparing(f -> f[1]));
                for (String[] f : found) {
                    out.add(new InputFile(out.size(), f[0], join(in, f[1]), f[1]));
                }
            } catch (IOException e) {
                throw new RuralKgException("cannot list input " + in + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** Reads a whole file; the reader needs all of it to decode and split it. */
    static byte[] read(String uri, Configuration conf) throws IOException {
        Path p = new Path(uri);
        try (var in = p.getFileSystem(conf).open(p)) {
            return in.readAllBytes();
        }
    }

    /** The Hadoop configuration as plain strings, to ship to executors (Configuration is not serializable). */
    static Map<String, String> settings(Configuration conf) {
        Map<String, String> out = new HashMap<>();
        conf.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    static Configuration configuration(Map<String, String> settings) {
        Configuration conf = new Configuration(false);
        settings.forEach(conf::set);
        return conf;
    }

    private static String join(String input, String rel) {
        // java.nio.file.Path's own joining, so that local names come out as the CLI prints them
        if (!input.contains("://")) {
            return java.nio.file.Path.of(input).resolve(rel).toString();
        }
        return input.endsWith("/") ? input + rel : input + "/" + rel;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
