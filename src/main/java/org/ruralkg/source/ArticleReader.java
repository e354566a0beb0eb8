package org.ruralkg.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ruralkg.Hashes;

/**
 * Reads articles from files and folders: .txt newspaper pages (split into articles by {@link PageSplitter}),
 * JSON Lines (.jsonl, .ndjson) and HTML (.html, .htm). Folders are read recursively in sorted order; other files in
 * folders are skipped silently. Text is decoded by {@link TextDecoder} (UTF-8, else GB18030; BOM dropped).
 *
 * <p>Nothing escapes {@code read}: a file or record that cannot be read becomes a one-line {@link ReadProblem} naming
 * the file (and line), and the rest is still read. An article whose content hash equals one already delivered in the
 * same run is reported as "duplicate of &lt;id&gt;" and skipped.
 *
 * <p>Ids are stable: for pages and HTML, the file path relative to the input root (or a short hash of it when it has
 * non-ASCII characters) plus "-N" for the N-th article; for JSON Lines the record's "id" when IRI-safe, else a short
 * hash of it, else the file stem plus "-L&lt;line&gt;". {@link Article#source()} is the file path relative to the
 * folder holding the input it was found under, plus "#N" (N-th article of a page; the line number for a JSON Lines
 * record): {@code seeds/000.txt#1} for input {@code seeds} or {@code /home/u/seeds}, {@code a.jsonl#3} for input
 * {@code /data/a.jsonl}. So the graph never publishes where the corpus lies on the building machine.
 *
 * <p>Symbolic links inside folders are followed; a link back to a folder above it is reported as a loop, a link to
 * nothing as broken.
 *
 * <pre>{@code
 * ArticleReader reader = ArticleReader.create().onProblem(p -> System.err.println(p)).build();
 * ReadStats stats = new ReadStats();
 * try (Stream<Article> articles = reader.read(List.of(Path.of("seeds")), stats)) {
 *     articles.forEach(a -> System.out.println(a.id() + " " + a.title()));
 * }
 * }</pre>
 */
public final class ArticleReader {
    /** Default longest article text, in characters; see {@link Builder#maxArticleChars(int)}. */
    public static final int DEFAULT_MAX_ARTICLE_CHARS = 200_000;

    private final Consumer<ReadProblem> onProblem;
    private final long maxFileBytes;
    private final int maxArticleChars;
    private final Map<String, Format> formats;

    private ArticleReader(Builder b) {
        this.onProblem = b.onProblem;
        this.maxFileBytes = b.maxFileBytes;
        this.maxArticleChars = b.maxArticleChars;
        TxtFormat txt = new TxtFormat(b.splitter);
        JsonLinesFormat jsonl = new JsonLinesFormat();
        HtmlFormat html = new HtmlFormat();
        this.formats = Map.of("txt", txt, "jsonl", jsonl, "ndjson", jsonl, "html", html, "htm", html);
    }

    public static Builder create() {
        return new Builder();
    }

    /** A reader that reports problems on standard error. */
    public static ArticleReader defaults() {
        return create().build();
    }

    /** Lazily reads every article below the given files and folders, file by file. */
    public Stream<Article> read(List<Path> inputs) {
        return read(inputs, new ReadStats());
    }

    /**
     * Lazily reads every article below the given files and folders, file by file, counting into {@code stats}.
     * Folders are listed when this method is called; files are read as the stream is consumed.
     */
    public Stream<Article> read(List<Path> inputs, ReadStats stats) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(stats, "stats");
        Run run = new Run(stats);
        List<Task> tasks = new ArrayList<>();
        for (Path in : inputs) {
            Objects.requireNonNull(in, "input path in " + inputs);
            if (Files.isDirectory(in)) {
                list(in, tasks, run);
            } else if (Files.exists(in) || Files.isSymbolicLink(in)) {
                Path name = in.toAbsolutePath().normalize().getFileName();
                tasks.add(new Task(in, name == null ? in : name, slashes(name == null ? in : name), true));
            } else {
                run.fail(in, 0, "does not exist");
            }
        }
        return tasks.stream().flatMap(t -> readFile(t, run).stream());
    }

    /**
     * @param relative the path below the input root, for ids
     * @param source   the path published as {@link Article#source()}, without "#N"
     */
    private record Task(Path file, Path relative, String source, boolean explicit) {
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }

    private void list(Path root, List<Task> tasks, Run run) {
        List<Path> found = new ArrayList<>();
        try {
            // following links; the walker detects a link back to an ancestor and hands it to visitFileFailed
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        found.add(file);
                    } else if (attrs.isSymbolicLink()) {
                        // the walker gives a link's own attributes only when its target cannot be read
                        run.fail(file, 0, "broken symbolic link: its target does not exist");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        run.fail(file, 0, "symbolic link loop: it leads back to a folder above it; not followed");
                    } else {
                        run.fail(file, 0, "cannot list: " + reason(e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            run.fail(root, 0, "cannot list: " + reason(e));
        }
        found.sort(Comparator.comparing(p -> slashes(root.relativize(p))));
        Path rootName = root.toAbsolutePath().normalize().getFileName();
        String prefix = rootName == null ? "" : slashes(rootName) + "/";
        for (Path f : found) {
            Path rel = root.relativize(f);
            tasks.add(new Task(f, rel, prefix + slashes(rel), false));
        }
    }

    /**
     * Reads the articles of one file whose bytes were fetched elsewhere (a Spark task reading a Hadoop file
     * system), as {@link #read} reads a file it finds: {@code name} is the path reported as the article source
     * and in problems, {@code relative} its path below the input folder, from which ids are made. Duplicates are
     * looked for within this file only; finding them across files is the caller's job.
     *
     * <pre>{@code
     * List<Article> as = reader.readFile(Path.of("corpus/a.jsonl"), Path.of("a.jsonl"), bytes, new ReadStats());
     * }</pre>
     */
    public List<Article> readFile(Path name, Path relative, byte[] bytes, ReadStats stats) {
        Objects.requireNonNull(bytes, "bytes");
        Run run = new Run(Objects.requireNonNull(stats, "stats"));
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(relative, "relative");
        // the same source as read() records: the input folder's own name, then the path below it
        String source = slashes(relative);
        if (name.getNameCount() > relative.getNameCount() && name.endsWith(relative)) {
            source = slashes(name.getName(name.getNameCount() - relative.getNameCount() - 1)) + "/" + source;
        }
        Task t = new Task(name, relative, source, true);
        Format format = formatOf(t, run);
        if (format == null) {
            return List.of();
        }
        if (bytes.length > maxFileBytes) {
            run.fail(name, 0, "file of " + bytes.length + " bytes exceeds the limit of " + maxFileBytes + " bytes");
            return List.of();
        }
        try {
            return parse(t, format, TextDecoder.decode(bytes).text(), run);
        } catch (TextDecoder.DecodeException e) {
            run.fail(name, 0, e.getMessage());
            return List.of();
        }
    }

    /** The format of {@code t} by its extension, or null (reported when the file was named explicitly). */
    private Format formatOf(Task t, Run run) {
        String name = t.file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Format format = dot < 0 ? null : formats.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (format == null) {
            if (t.explicit) {
                run.problem(t.file, 0, "unsupported file type (expected .txt, .jsonl, .ndjson, .html or .htm)");
            }
            run.stats.fileSkipped();
        }
        return format;
    }

    private List<Article> readFile(Task t, Run run) {
        Path f = t.file;
        Format format = formatOf(t, run);
        if (format == null) {
            return List.of();
        }
        String text;
        try {
            // no isReadable() check first: it says "unreadable" for a file removed meanwhile; the exception tells
            long size = Files.size(f);
            if (size > maxFileBytes) {
                run.fail(f, 0, "file of " + size + " bytes exceeds the limit of " + maxFileBytes + " bytes");
                return List.of();
            }
            byte[] bytes = Files.readAllBytes(f);
            text = TextDecoder.decode(bytes).text();
        } catch (TextDecoder.DecodeException e) {
            run.fail(f, 0, e.getMessage());
            return List.of();
        } catch (IOException e) {
            run.fail(f, 0, "cannot read: " + (Files.isSymbolicLink(f) && !Files.exists(f)
                    ? "broken symbolic link: its target does not exist" : reason(e)));
            return List.of();
        }
        return parse(t, format, text, run);
    }

    private List<Article> parse(Task t, Format format, String text, Run run) {
        Path f = t.file;
        if (text.isBlank()) {
            run.fail(f, 0, "empty file");
            return List.of();
        }
        List<Draft> drafts;
        try {
            drafts = format.read(text, f, run::report);
        } catch (RuntimeException e) {
            // a parser bug must not stop the other files
            run.fail(f, 0, "cannot parse: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return List.of();
        }
        String stem = Ids.fileStem(t.relative);
        List<Article> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (!offsetsHold(format, text, d, f, run)) {
                continue;
            }
            Article a = run.article(d, f, t.source, stem);
            if (a != null) {
                out.add(a);
            }
        }
        if (drafts.isEmpty()) {
            run.stats.fileFailed();
        } else {
            run.stats.fileRead();
        }
        return out;
    }

    /** True when every offset of the draft points at its character; otherwise reports the record instead of guessing. */
    private static boolean offsetsHold(Format format, String source, Draft d, Path f, Run run) {
        String[] what = {"text", "title"};
        String[] texts = {d.text(), d.title()};
        OffsetMap[] maps = {d.offsets(), d.titleOffsets()};
        for (int k = 0; k < 2; k++) {
            int i = OffsetCheck.firstMismatch(format, source, texts[k], maps[k]);
            if (i >= 0) {
                int at = i < maps[k].length() ? maps[k].toSource(i) : 0;
                run.problem(f, d.lineTag() ? d.ordinal() : OffsetCheck.lineOf(source, at), "article " + d.ordinal()
                        + ": character " + i + " of its " + what[k] + (i < texts[k].length() ? " ('" + texts[k].charAt(i) + "')" : "")
                        + " cannot be traced to the source (offset " + at + "); skipped rather than given wrong "
                        + "offsets");
                return false;
            }
        }
        return true;
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file (removed while reading?)";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
    }

    /** State of one read call: counts, content hashes and ids seen so far. */
    private final class Run {
        final ReadStats stats;
        final Map<String, String> idByHash = new HashMap<>();
        final Map<String, String> hashById = new HashMap<>();

        Run(ReadStats stats) {
            this.stats = stats;
        }

        void report(ReadProblem p) {
            stats.problem();
            onProblem.accept(p);
        }

        void problem(Path f, long line, String message) {
            report(new ReadProblem(f, line, message));
        }

        void fail(Path f, long line, String message) {
            problem(f, line, message);
            stats.fileFailed();
        }

        Article article(Draft d, Path f, String source, String stem) {
            if (d.text().length() > maxArticleChars) {
                // extraction time grows with length: one runaway line must not hold up the whole build
                problem(f, d.lineTag() ? d.ordinal() : 0, "article " + d.ordinal() + " has " + d.text().length()
                        + " characters, more than the limit of " + maxArticleChars + "; split it into articles");
                return null;
            }
            String hash = Ids.contentHash(d.title(), d.text());
            String seen = idByHash.get(hash);
            if (seen != null) {
                stats.duplicate();
                problem(f, d.lineTag() ? d.ordinal() : 0, "duplicate of " + seen);
                return null;
            }
            String id;
            if (d.idHint() != null && !d.idHint().isBlank()) {
                id = Ids.SAFE.matcher(d.idHint()).matches() ? d.idHint() : "r" + Hashes.shortSha256(d.idHint());
            } else {
                id = stem + (d.lineTag() ? "-L" : "-") + d.ordinal();
            }
            if (hashById.containsKey(id)) {
                // same id, different content (e.g. a.txt and a.html): the hash suffix keeps ids stable and distinct
                id = id + "_" + hash.substring(0, 8);
            }
            idByHash.put(hash, id);
            hashById.put(id, hash);
            stats.article();
            return new Article(id, d.title(), d.text(), d.offsets(), d.titleOffsets(), source + "#" + d.ordinal(),
                    d.url(), d.date(), d.authors(), d.publisher(), d.captions(), hash);
        }
    }

    /** Configures an {@link ArticleReader}. */
    public static final class Builder {
        private Consumer<ReadProblem> onProblem = p -> System.err.println(p);
        private long maxFileBytes = 256L * 1024 * 1024;
        private int maxArticleChars = DEFAULT_MAX_ARTICLE_CHARS;
        private PageSplitter splitter = PageSplitter.defaults();

        private Builder() {
        }

        /** Where problems with the input go; the default prints them on standard error. */
        public Builder onProblem(Consumer<ReadProblem> handler) {
            this.onProblem = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** Larger files are reported and not read; default 256 MB. */
        public Builder maxFileBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxFileBytes must be > 0, got " + bytes);
            }
            this.maxFileBytes = bytes;
            return this;
        }

        /**
         * Longer articles are reported and skipped; default {@value ArticleReader#DEFAULT_MAX_ARTICLE_CHARS}
         * characters, far beyond a news article and about a minute of extraction.
         */
        public Builder maxArticleChars(int chars) {
            if (chars <= 0) {
                throw new IllegalArgumentException("maxArticleChars must be > 0, got " + chars);
            }
            this.maxArticleChars = chars;
            return this;
        }

        /** How .txt pages are split into articles; default {@link PageSplitter#defaults()}. */
        public Builder splitter(PageSplitter pageSplitter) {
            this.splitter = Objects.requireNonNull(pageSplitter, "pageSplitter");
            return this;
        }

        public ArticleReader build() {
            return new ArticleReader(this);
        }
    }
}
