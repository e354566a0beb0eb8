package org.ruralkg.server.ld;

import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.ruralkg.vocab.RKG;

/**
 * One {@link Summary} per store version. The version is a fingerprint of the graph names and of every article's
 * content hash and extractor version — what a build changes — read from the predicate index in well under a
 * millisecond per hundred articles, and at most once a second. Hand edits through SPARQL Update that touch no
 * article stamp are seen only when the set of graphs changes.
 */
final class SummaryCache {
    static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final DatasetGraph dsg;
    private final LongSupplier clock;
    private Summary summary;
    private long version;
    private long checkedAt;

    SummaryCache(DatasetGraph dsg) {
        this(dsg, System::nanoTime);
    }

    SummaryCache(DatasetGraph dsg, LongSupplier nanoClock) {
        this.dsg = dsg;
        this.clock = nanoClock;
    }

    /** The summary of the store as it is now (recomputed when a build has changed it). */
    synchronized Summary get() {
        long now = clock.getAsLong();
        if (summary != null && now - checkedAt < RECHECK_NANOS) {
            return summary;
        }
        checkedAt = now;
        Summary fresh = Txn.calculateRead(dsg, () -> {
            long v = fingerprint();
            if (summary != null && v == version) {
                return summary;
            }
            version = v;
            return Summary.of(dsg);
        });
        summary = fresh;
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

    private long fingerprint() {
        long h = 17;
        Iterator<Node> names = dsg.listGraphNodes();
        try {
            while (names.hasNext()) {
                h += names.next().hashCode(); // order-free: indexes need not list graphs in one order
            }
        } finally {
            Iter.close(names);
        }
        for (Node p : new Node[] {RKG.contentHash.asNode(), RKG.extractorVersion.asNode()}) {
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY);
            try {
                while (it.hasNext()) {
                    Quad q = it.next();
                    h += 31L * q.getGraph().hashCode() + q.getObject().hashCode() * 1_000_003L + p.hashCode();
                }
            } finally {
                Iter.close(it);
            }
        }
        return h;
    }
}
