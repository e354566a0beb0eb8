package org.ruralkg.server.ld;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;

/**
 * Sees every write transaction of a TDB2 database as it begins and commits, and runs an action then (the page
 * summary deletes its saved copy). A running coordinator takes a listener only in exclusive mode, and waiting
 * for that could wait forever on a transaction the caller holds, so {@link #tryAttach()} only tries: callers
 * retry later and meanwhile assume any write may have happened.
 */
final class WriteWatch {
    private final TransactionCoordinator coordinator;
    private final Runnable onWrite;
    /** Attaching takes its own lock: the listener runs inside the coordinator and takes this object's. */
    private final Object attaching = new Object();
    private long events;
    private volatile boolean attached;

    WriteWatch(TransactionCoordinator coordinator, Runnable onWrite) {
        this.coordinator = coordinator;
        this.onWrite = onWrite;
    }

    /** True once the listener is attached; never blocks (false while any transaction is open). */
    boolean tryAttach() {
        if (attached) {
            return true;
        }
        synchronized (attaching) {
            if (attached || !coordinator.tryExclusiveMode(false)) {
                return attached;
            }
            try {
                coordinator.modifyConfigDirect(() -> coordinator.addListener(new Listener()));
                attached = true;
            } finally {
                coordinator.finishExclusiveMode();
            }
            return true;
        }
    }

    /** Writes begun or committed since attaching; read it, then run a check under {@link #quiet}. */
    synchronized long events() {
        return events;
    }

    /** Runs an action unless a write began or committed since {@code seen} events; true when it ran. */
    synchronized boolean quiet(long seen, Runnable action) {
        if (events != seen) {
            return false;
        }
        action.run();
        return true;
    }

    private synchronized void changed() {
        events++;
        onWrite.run();
    }

    private final class Listener implements TransactionListener {
        @Override
        public void notifyTxnStart(Transaction txn) {
            if (txn.isWriteTxn()) {
                changed();
            }
        }

        @Override
        public void notifyPromoteFinish(Transaction txn) {
            changed();
        }

        @Override
        public void notifyCommitFinish(Transaction txn) {
            if (txn.isWriteTxn()) {
                changed(); // a summary saved while the write was open describes the store before it
            }
        }
    }
}
