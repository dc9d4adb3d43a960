package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;

/**
 * Brings a state read from the state file up to date with the journal: each journaled change runs again through a
 * cluster over that state, with the time and ids it had, so ids, names and timestamps come out as they were.
 */
final class JournalReplay {

    private JournalReplay() {
    }

    /**
     * Replays {@code loaded}'s changes through {@code replayer}, a cluster in memory over the loaded state with no
     * volume files (the files already are as the changes left them); returns the last change's sequence number.
     */
    static long replay(SimulatedCluster replayer, StatePersistence.Loaded loaded) throws IOException {
        long last = loaded.saved().journalSequence();
        for (JournalRecords.Numbered record : loaded.changes()) {
            try {
                replayer.replay(record.change());
            } catch (RuntimeException e) {
                throw new IOException("The simulator journal's change " + record.sequence()
                        + " does not replay as it ran: " + e.getMessage(), e);
            }
            last = record.sequence();
        }
        loaded.saved().ids().reserveAll(); // past the replayed ids too
        return last;
    }
}
