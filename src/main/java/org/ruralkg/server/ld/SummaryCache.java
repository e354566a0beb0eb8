package org.ruralkg.server.ld;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.logging.FmtLog;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
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
 * <p>On TDB2 every write transaction is seen (a listener on the transaction coordinator), so hand edits through
 * SPARQL Update are summarized like builds. Elsewhere the version is a fingerprint of the graph names, every
 * article's content hash and extractor version and the size of the unstamped graphs — what a build changes.
 *
 * <p>A store in a directory keeps its last summary in a {@link SummaryFile} keyed by that fingerprint: a server
 * restarted on an unchanged store answers its first page from the file instead of reading the indexes (seconds on
 * a large store). The file is deleted when a write begins, so it never outlives an edit the fingerprint misses.
 */
final class SummaryCache {
    static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final DatasetGraph dsg;
    private final LongSupplier clock;
    /** Null for stores without a directory. */
    private final SummaryFile file;
    /** Write transactions begun or committed since start; null when writes cannot be watched. */
    private final AtomicLong writes;
    private Summary summary;
    private long version;
    private long writesSeen;
    private long checkedAt;

    SummaryCache(DatasetGraph dsg) {
        this(dsg, System::nanoTime);
    }

    SummaryCache(DatasetGraph dsg, LongSupplier nanoClock) {
        this.dsg = dsg;
        this.clock = nanoClock;
        DatasetGraphSwitchable tdb = tdbContainer(dsg);
        this.file = tdb != null && tdb.hasContainerPath()
                ? new SummaryFile(tdb.getContainerPath().resolve(SummaryFile.NAME)) : null;
        this.writes = tdb != null ? watchWrites(tdb) : null;
    }

    /** The summary of the store as it is now (recomputed when a build or an edit has changed it). */
    synchronized Summary get() {
        long now = clock.getAsLong();
        if (summary != null && now - checkedAt < RECHECK_NANOS) {
            return summary;
        }
        checkedAt = now;
        long w = writes == null ? 0 : writes.get();
        if (summary != null && writes != null && w == writesSeen) {
            return summary; // no write since: the fingerprint could not have changed either
        }
        Summary[] computed = {null};
        Summary fresh = Txn.calculateRead(dsg, () -> {
            long v = fingerprint();
            if (summary != null && v == version && writes == null) {
                return summary;
            }
            version = v;
            Summary saved = summary == null && file != null ? file.read(v) : null;
            if (saved != null) {
                return saved;
            }
            computed[0] = Summary.of(dsg);
            return computed[0];
        });
        summary = fresh;
        writesSeen = w;
        if (computed[0] != null) {
            save(computed[0], w);
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

    /** Saves unless a write began since the summary was read: that write has deleted the file, or is about to. */
    private void save(Summary s, long writesBefore) {
        if (file == null) {
            return;
        }
        synchronized (file) {
            if (writes.get() != writesBefore) {
                return;
            }
            try {
                file.write(s, version);
            } catch (IOException | RuntimeException e) {
                // A read-only directory only costs the next start its computation.
                FmtLog.warn(LoggerFactory.getLogger(SummaryCache.class), "cannot save the page summary to %s: %s",
                        file.path(), e.getMessage());
            }
        }
    }

    /** Counts write transactions as they begin and commit, and deletes the saved summary when one begins. */
    private AtomicLong watchWrites(DatasetGraphSwitchable tdb) {
        AtomicLong count = new AtomicLong();
        TransactionCoordinator coordinator;
        try {
            coordinator = TDBInternal.getTransactionCoordinator(tdb);
        } catch (RuntimeException e) {
            return null;
        }
        TransactionListener listener = new TransactionListener() {
            @Override
            public void notifyTxnStart(Transaction txn) {
                if (txn.isWriteTxn()) {
                    begun();
                }
            }

            @Override
            public void notifyPromoteFinish(Transaction txn) {
                begun();
            }

            @Override
            public void notifyCommitFinish(Transaction txn) {
                if (txn.isWriteTxn()) {
                    count.incrementAndGet(); // a read begun from now on sees the change
                }
            }

            private void begun() {
                if (file == null) {
                    count.incrementAndGet();
                    return;
                }
                synchronized (file) {
                    count.incrementAndGet();
                    file.delete();
                }
            }
        };
        // A running coordinator takes listeners only in exclusive mode (waits for the transactions under way).
        coordinator.modifyConfig(() -> coordinator.addListener(listener));
        return count;
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
