package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import io.arrowhead.scaleio.simulator.internal.AtomicFiles;

/**
 * Appends changes to the journal and forces them to disk before they are acknowledged, sharing the forcing between
 * writers. A writer appends its change while it holds the state's write lock, so journal order is change order, and
 * then waits in {@link #awaitSaved(long)}: when no write is running it writes every change appended so far and
 * forces the file itself; writers that append meanwhile wait for it and share the next write. A burst of N
 * concurrent changes so costs about two forced writes of a few hundred bytes each, rather than N.
 */
final class GroupCommit {

    /** Where the changes after a state file go: its sequence number, and the journal file started after it. */
    record Rotation(long covered, long nextFile) {
    }

    private final JournalFiles files;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition writeEnded = lock.newCondition();
    private ByteArrayOutputStream pending = new ByteArrayOutputStream();
    /** The sequence number of the last change appended. */
    private long appended;
    /** Every change up to this sequence number is on disk, in the journal or the state file. */
    private long durable;
    private boolean writing;
    /** The journal file that takes the next write, and whether it exists already. */
    private long fileNumber;
    private boolean fileCreated;
    private long bytesSinceRotation;

    /**
     * @param lastSequence the sequence number of the last change the state file and journal hold
     * @param fileNumber the number of the journal file to write first, above those that exist
     */
    GroupCommit(JournalFiles files, long lastSequence, long fileNumber) {
        this.files = files;
        this.appended = lastSequence;
        this.durable = lastSequence;
        this.fileNumber = fileNumber;
    }

    /** Adds a change and returns its sequence number; the caller holds the state's write lock. */
    long append(Change change) {
        lock.lock();
        try {
            appended++;
            pending.writeBytes(JournalRecords.encode(appended, change));
            return appended;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns once every change up to {@code sequence} is on disk. A failed write is reported to the writer that
     * ran it; its changes stay queued, and the next writer writes them again, to a new journal file.
     */
    void awaitSaved(long sequence) throws IOException {
        lock.lock();
        try {
            if (sequence > appended) {
                throw new IllegalArgumentException("No change " + sequence + " was appended; the last is " + appended);
            }
            while (durable < sequence) {
                if (writing) {
                    writeEnded.awaitUninterruptibly(); // bounded by the disk, and the answer needs it
                } else {
                    writeAsLeader();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    long appended() {
        lock.lock();
        try {
            return appended;
        } finally {
            lock.unlock();
        }
    }

    /** Bytes journaled since the state file was last taken. */
    long bytesSinceRotation() {
        lock.lock();
        try {
            return bytesSinceRotation;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Called while the state is taken for the state file, under the state's read lock so that nothing is appended
     * meanwhile: the state file will hold every change so far, and later ones go to a new journal file.
     */
    Rotation rotate() {
        lock.lock();
        try {
            fileNumber++;
            fileCreated = false;
            bytesSinceRotation = 0;
            return new Rotation(appended, fileNumber);
        } finally {
            lock.unlock();
        }
    }

    /** The state file taken at {@code rotation} is on disk, so every change it holds is. */
    void stateSaved(Rotation rotation) {
        lock.lock();
        try {
            durable = Math.max(durable, rotation.covered());
            writeEnded.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Writes the queued changes without holding the lock, so that writers keep appending meanwhile. */
    private void writeAsLeader() throws IOException {
        writing = true;
        byte[] batch = pending.toByteArray();
        pending.reset();
        long upTo = appended;
        long number = fileNumber;
        boolean create = !fileCreated;
        lock.unlock();
        boolean written = false;
        try {
            AtomicFiles.appendForced(files.file(number), batch, AtomicFiles.Access.OWNER_ONLY);
            if (create) {
                files.forceDirectory();
            }
            written = true;
        } finally {
            lock.lock();
            writing = false;
            if (written) {
                durable = Math.max(durable, upTo);
                bytesSinceRotation += batch.length;
                fileCreated |= number == fileNumber;
            } else {
                ByteArrayOutputStream retry = new ByteArrayOutputStream();
                retry.writeBytes(batch);
                retry.writeBytes(pending.toByteArray());
                pending = retry;
                if (number == fileNumber) { // the failed file may end in a torn record: nothing more goes there
                    fileNumber++;
                    fileCreated = false;
                }
            }
            writeEnded.signalAll();
        }
    }
}
