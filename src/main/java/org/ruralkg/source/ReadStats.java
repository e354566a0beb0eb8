package org.ruralkg.source;

/**
 * What one {@link ArticleReader#read(java.util.List, ReadStats)} run did, filled in while its stream is consumed.
 *
 * <pre>{@code
 * ReadStats stats = new ReadStats();
 * long n = reader.read(List.of(dir), stats).count();
 * System.out.println(stats);   // files read=3 skipped=1 failed=1 articles=7 duplicates=0 problems=2
 * }</pre>
 *
 * Not thread-safe: one run, one consumer.
 */
public final class ReadStats {
    private int filesRead;
    private int filesSkipped;
    private int filesFailed;
    private int articles;
    private int duplicates;
    private int problems;

    /** Files that gave at least one article (possibly with problems on some lines). */
    public int filesRead() {
        return filesRead;
    }

    /** Files of unsupported types inside folders, left alone. */
    public int filesSkipped() {
        return filesSkipped;
    }

    /** Files that gave no article: unreadable, empty, binary, undecodable, or with nothing usable in them. */
    public int filesFailed() {
        return filesFailed;
    }

    /** Articles delivered. */
    public int articles() {
        return articles;
    }

    /** Articles dropped because an identical one (same content hash) was already delivered. */
    public int duplicates() {
        return duplicates;
    }

    /** Problems reported. */
    public int problems() {
        return problems;
    }

    void fileRead() {
        filesRead++;
    }

    void fileSkipped() {
        filesSkipped++;
    }

    void fileFailed() {
        filesFailed++;
    }

    void article() {
        articles++;
    }

    void duplicate() {
        duplicates++;
    }

    void problem() {
        problems++;
    }

    @Override
    public String toString() {
        return "files read=" + filesRead + " skipped=" + filesSkipped + " failed=" + filesFailed + " articles="
                + articles + " duplicates=" + duplicates + " problems=" + problems;
    }
}
