package org.ruralkg.server.ld;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * A {@link Summary} saved next to the store ({@value #NAME} in the database directory) with the store fingerprint
 * it was read at, so that a server restarted on an unchanged store answers its first page without reading the
 * indexes again (seconds on a large store). Binary: every node once in a table, then the maps as node numbers.
 * A file of another format, another fingerprint or a damaged one is ignored: the summary is computed as before.
 */
final class SummaryFile {
    static final String NAME = "ruralkg-summary.bin";
    /** Bump when the layout or the meaning of a field changes. */
    private static final int FORMAT = 1;
    private static final long MAGIC = 0x524b4753554d4d31L; // "RKGSUMM1"

    private final Path file;

    SummaryFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    /** The saved summary if it was read at this fingerprint, else null (absent, stale or unreadable). */
    Summary read(long fingerprint) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readLong() != MAGIC || in.readInt() != FORMAT || in.readLong() != fingerprint) {
                return null;
            }
            return new Reader(in).summary();
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            // A damaged or truncated file costs one computation, never a failed page.
            return null;
        }
    }

    /** Saves a summary read at a fingerprint; written to a temporary file and moved, so readers see all or none. */
    void write(Summary s, long fingerprint) throws IOException {
        Path tmp = file.resolveSibling(NAME + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
            out.writeLong(MAGIC);
            out.writeInt(FORMAT);
            out.writeLong(fingerprint);
            new Writer(out).write(s);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the file, so that a store changed by hand is never summarized from before the change. */
    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left behind, it is still checked against the fingerprint when read.
        }
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<Node, Integer> ids = new HashMap<>();
        private final List<Node> table = new ArrayList<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void write(Summary s) throws IOException {
            // The node table goes first, so collect every node before writing any map.
            List<Runnable> collect = List.of(() -> sets(s.members), () -> keys(s.labels), () -> nodes(s.placeType),
                    () -> nodes(s.parent), () -> keys(s.codes), () -> keys(s.articleDates),
                    () -> keys(s.articleYears), () -> sets(s.provinceArticles),
                    () -> s.activity.forEach((p, byItem) -> {
                        id(p);
                        sets(byItem);
                    }));
            collect.forEach(Runnable::run);
            out.writeLong(s.triples);
            out.writeLong(s.entities);
            out.writeInt(table.size());
            for (Node n : table) {
                out.writeBoolean(n.isURI());
                string(n.isURI() ? n.getURI() : n.getBlankNodeLabel());
            }
            writeSets(s.members);
            writeStrings(s.labels);
            writeNodes(s.placeType);
            writeNodes(s.parent);
            writeStrings(s.codes);
            writeStrings(s.articleDates);
            out.writeInt(s.articleYears.size());
            for (Map.Entry<Node, Integer> e : s.articleYears.entrySet()) {
                out.writeInt(ids.get(e.getKey()));
                out.writeInt(e.getValue());
            }
            writeSets(s.provinceArticles);
            out.writeInt(s.activity.size());
            for (Map.Entry<Node, Map<Node, Set<Node>>> e : s.activity.entrySet()) {
                out.writeInt(ids.get(e.getKey()));
                writeSets(e.getValue());
            }
        }

        private int id(Node n) {
            if (!n.isURI() && !n.isBlank()) {
                // Summaries hold subjects, classes and items: IRIs or blank nodes only.
                throw new IllegalArgumentException("cannot save node " + n);
            }
            return ids.computeIfAbsent(n, k -> {
                table.add(k);
                return table.size() - 1;
            });
        }

        private void sets(Map<Node, Set<Node>> m) {
            m.forEach((k, v) -> {
                id(k);
                v.forEach(this::id);
            });
        }

        private void keys(Map<Node, ?> m) {
            m.keySet().forEach(this::id);
        }

        private void nodes(Map<Node, Node> m) {
            m.forEach((k, v) -> {
                id(k);
                id(v);
            });
        }

        private void writeSets(Map<Node, Set<Node>> m) throws IOException {
            out.writeInt(m.size());
            for (Map.Entry<Node, Set<Node>> e : m.entrySet()) {
                out.writeInt(ids.get(e.getKey()));
                out.writeInt(e.getValue().size());
                for (Node n : e.getValue()) {
                    out.writeInt(ids.get(n));
                }
            }
        }

        private void writeStrings(Map<Node, String> m) throws IOException {
            out.writeInt(m.size());
            for (Map.Entry<Node, String> e : m.entrySet()) {
                out.writeInt(ids.get(e.getKey()));
                string(e.getValue());
            }
        }

        private void writeNodes(Map<Node, Node> m) throws IOException {
            out.writeInt(m.size());
            for (Map.Entry<Node, Node> e : m.entrySet()) {
                out.writeInt(ids.get(e.getKey()));
                out.writeInt(ids.get(e.getValue()));
            }
        }

        /** Length and UTF-8 bytes: writeUTF stops at 64 KB, and a label need not. */
        private void string(String v) throws IOException {
            byte[] b = v.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    private static final class Reader {
        private final DataInputStream in;
        private Node[] table;

        Reader(InputStream in) {
            this.in = (DataInputStream) in;
        }

        Summary summary() throws IOException {
            Summary s = Summary.empty();
            s.triples = in.readLong();
            s.entities = in.readLong();
            table = new Node[in.readInt()];
            for (int i = 0; i < table.length; i++) {
                boolean uri = in.readBoolean();
                String v = string();
                table[i] = uri ? NodeFactory.createURI(v) : NodeFactory.createBlankNode(v);
            }
            readSets(s.members);
            readStrings(s.labels);
            readNodes(s.placeType);
            readNodes(s.parent);
            readStrings(s.codes);
            readStrings(s.articleDates);
            for (int i = in.readInt(); i > 0; i--) {
                s.articleYears.put(node(), in.readInt());
            }
            readSets(s.provinceArticles);
            for (int i = in.readInt(); i > 0; i--) {
                Node p = node();
                Map<Node, Set<Node>> byItem = new HashMap<>();
                readSets(byItem);
                s.activity.put(p, byItem);
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            s.derive();
            return s;
        }

        private Node node() throws IOException {
            return table[in.readInt()];
        }

        private void readSets(Map<Node, Set<Node>> m) throws IOException {
            for (int i = in.readInt(); i > 0; i--) {
                Node k = node();
                int n = in.readInt();
                Set<Node> v = new HashSet<>(Math.max(4, n * 4 / 3 + 1));
                for (int j = 0; j < n; j++) {
                    v.add(node());
                }
                m.put(k, v);
            }
        }

        private void readStrings(Map<Node, String> m) throws IOException {
            for (int i = in.readInt(); i > 0; i--) {
                m.put(node(), string());
            }
        }

        private void readNodes(Map<Node, Node> m) throws IOException {
            for (int i = in.readInt(); i > 0; i--) {
                m.put(node(), node());
            }
        }

        private String string() throws IOException {
            int n = in.readInt();
            if (n < 0 || n > (1 << 24)) {
                throw new IOException("bad string length " + n);
            }
            return new String(in.readNBytes(n), StandardCharsets.UTF_8);
        }
    }
}
