package org.ruralkg.server.ld;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.logging.FmtLog;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.ruralkg.vocab.RKG;
import org.slf4j.LoggerFactory;

/**
 * One {@link Summary} per store version, checked at most once a second.
 *
 * <p>On TDB2 the version is the data version of the read transaction, which every committed write advances, so
 * hand edits through SPARQL Update are summarized like builds. Elsewhere it is a fingerprint of the graph names,
 * every article's content hash and extractor version and the size of the unstamped graphs — what a build changes.
 *
 * <p>A TDB2 store in a directory keeps its last summary in a {@link SummaryFile} keyed by that fingerprint: a
 * server restarted on an unchanged store answers its first page from the file instead of reading the indexes
 * (seconds on a large store). A {@link WriteWatch} deletes the file when a write begins or commits, so it never
 * outlives an edit the fingerprint misses; until the watch is attached the file is deleted, not used.
 */
final class SummaryCache {
    static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final DatasetGraph dsg;
    private final LongSupplier clock;
    /** Null for datasets other than TDB2. */
    private final DatasetGraphSwitchable tdb;
    /** Null for stores without a directory. */
    private final SummaryFile file;
    private final WriteWatch watch;
    private Summary summary;
    private long version;
    private long dataVersion = -1;
    private long checkedAt;

    SummaryCache(DatasetGraph dsg) {
        this(dsg, System::nanoTime);
    }

    SummaryCache(DatasetGraph dsg, LongSupplier nanoClock) {
        this.dsg = dsg;
        this.clock = nanoClock;
        this.tdb = tdbContainer(dsg);
        this.file = tdb != null && tdb.hasContainerPath()
                ? new SummaryFile(tdb.getContainerPath().resolve(SummaryFile.NAME)) : null;
        this.watch = file == null ? null : new WriteWatch(TDBInternal.getTransactionCoordinator(tdb), file::delete);
    }

    /** The summary of the store as it is now (recomputed when a build or an edit has changed it). */
    synchronized Summary get() {
        long now = clock.getAsLong();
        if (summary != null && now - checkedAt < RECHECK_NANOS) {
            return summary;
        }
        checkedAt = now;
        SummaryFile saved = savedFile(); // before the read transaction: attaching the watch needs none open
        long events = saved == null ? 0 : watch.events();
        Summary[] computed = {null};
        Summary fresh = Txn.calculateRead(dsg, () -> {
            long dv = dataVersion();
            if (summary != null && dv >= 0 && dv == dataVersion) {
                return summary; // no commit since: nothing changed
            }
            long v = fingerprint();
            if (summary != null && dv < 0 && v == version) {
                return summary;
            }
            version = v;
            dataVersion = dv;
            Summary read = summary == null && saved != null ? saved.read(v) : null;
            if (read != null) {
                return read;
            }
            computed[0] = Summary.of(dsg);
            return computed[0];
        });
        summary = fresh;
        if (computed[0] != null && saved != null) {
            long key = version;
            watch.quiet(events, () -> save(saved, computed[0], key));
        }
        return fresh;
    }

    /** Starts computing the first summary on a background thread, so the first visitor need not wait for it. */
    void warmUp() {
        Thread t = new Thread(() -> {
            try {
                get();
            } catch (RuntimeException e) {
                // The next request computes it again and reports the failure to its client.
            }
        }, "ruralkg-summary");
        t.setDaemon(true);
        t.start();
    }

    /** Where the summary is saved, or null. */
    Path file() {
        return file == null ? null : file.path();
    }

    /** The file to read and save, or null; without the watch an edit could go unseen, so the file goes. */
    private SummaryFile savedFile() {
        if (file == null) {
            return null;
        }
        if (watch.tryAttach()) {
            return file;
        }
        file.delete();
        return null;
    }

    private static void save(SummaryFile saved, Summary s, long fingerprint) {
        try {
            saved.write(s, fingerprint);
        } catch (IOException | RuntimeException e) {
            // A read-only directory only costs the next start its computation.
            FmtLog.warn(LoggerFactory.getLogger(SummaryCache.class), "cannot save the page summary to %s: %s",
                    saved.path(), e.getMessage());
        }
    }

    /** The data version the current TDB2 read transaction sees, or -1. */
    private long dataVersion() {
        if (tdb == null) {
            return -1;
        }
        Transaction txn = TDBInternal.getDatasetGraphTDB(tdb).getTxnSystem().getThreadTransaction();
        return txn == null ? -1 : txn.getDataVersion();
    }

    /** The TDB2 database under a dataset's wrappers (the text index wraps it), or null for other datasets. */
    private static DatasetGraphSwitchable tdbContainer(DatasetGraph dsg) {
        DatasetGraph inner = dsg;
        while (inner instanceof DatasetGraphWrapper w && !(inner instanceof DatasetGraphSwitchable)) {
            inner = w.getWrapped();
        }
        return inner instanceof DatasetGraphSwitchable s ? s : null;
    }

    private long fingerprint() {
        long h = 17;
        Set<Node> names = new HashSet<>();
        Iterator<Node> it = dsg.listGraphNodes();
        try {
            while (it.hasNext()) {
                Node g = it.next();
                names.add(g);
                h += g.hashCode(); // order-free: indexes need not list graphs in one order
            }
        } finally {
            Iter.close(it);
        }
        for (Node p : new Node[] {RKG.contentHash.asNode(), RKG.extractorVersion.asNode()}) {
            Iterator<Quad> stamps = dsg.find(Node.ANY, Node.ANY, p, Node.ANY);
            try {
                while (stamps.hasNext()) {
                    Quad q = stamps.next();
                    names.remove(q.getGraph());
                    h += 31L * q.getGraph().hashCode() + q.getObject().hashCode() * 1_000_003L + p.hashCode();
                }
            } finally {
                Iter.close(stamps);
            }
        }
        // Unstamped graphs (the ontology and concepts) change with a new release, not with an article.
        for (Node g : names) {
            h += g.hashCode() * 0x9E3779B97F4A7C15L + dsg.getGraph(g).size();
        }
        return h;
    }
}
