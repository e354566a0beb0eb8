package org.ruralkg.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ruralkg.RuralKgException;

/**
 * Reads articles from files and folders (.txt pages, JSON Lines, HTML).
 *
 * <pre>{@code
 * ArticleReader reader = ArticleReader.create().onProblem(p -> System.err.println(p)).build();
 * try (Stream<Article> articles = reader.read(List.of(Path.of("seeds")))) { ... }
 * }</pre>
 *
 * Provisional implementation: each .txt file is one article. The full reader replaces it.
 */
public final class ArticleReader {
    private final Consumer<ReadProblem> onProblem;

    private ArticleReader(Builder b) {
        this.onProblem = b.onProblem;
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
        Objects.requireNonNull(inputs, "inputs");
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                throw new RuralKgException("input " + in + " does not exist");
            }
            try (Stream<Path> s = Files.walk(in)) {
                s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new RuralKgException("cannot list " + in + ": " + e.getMessage(), e);
            }
        }
        return files.stream().flatMap(f -> readFile(f).stream());
    }

    private List<Article> readFile(Path f) {
        try {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String name = f.getFileName().toString().replaceAll("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_-]", "_");
            String hash = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
            return List.of(new Article(name, "", text, OffsetMap.contiguous(0, text.length()),
                    OffsetMap.contiguous(0, 0), f.toString(), null, null, List.of(), null, List.of(), hash));
        } catch (IOException e) {
            onProblem.accept(new ReadProblem(f, 0, "cannot read: " + e.getMessage()));
            return List.of();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new RuralKgException("SHA-256 unavailable", e);
        }
    }

    /** Configures an {@link ArticleReader}. */
    public static final class Builder {
        private Consumer<ReadProblem> onProblem = p -> System.err.println(p);

        private Builder() {
        }

        /** Where problems with the input go; the default prints them on standard error. */
        public Builder onProblem(Consumer<ReadProblem> handler) {
            this.onProblem = Objects.requireNonNull(handler, "handler");
            return this;
        }

        public ArticleReader build() {
            return new ArticleReader(this);
        }
    }
}
