package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

import io.arrowhead.scaleio.simulator.ClusterScenario;

/**
 * Opens a cluster kept in a state file: reads the file, replays the journal after it, and writes the result back
 * as a new state file with an empty journal. Each journaled change runs again through a cluster over the loaded
 * state, with the time and ids it had, so ids, names and timestamps come out as they were.
 */
final class StateRecovery {

    private StateRecovery() {
    }

    /** See {@link SimulatedCluster#open(Path, ClusterScenario, Clock, Path)}. */
    static SimulatedCluster open(Path stateFile, ClusterScenario scenarioIfMissing, Clock clock, Path volumeStore)
            throws IOException {
        StatePersistence store = new StatePersistence(stateFile);
        ClusterState state;
        IdLedger ids;
        long seed;
        long lastSequence = 0;
        boolean replayed = false;
        if (store.exists()) {
            StatePersistence.Loaded loaded = store.load();
            state = loaded.saved().state();
            ids = loaded.saved().ids();
            seed = loaded.saved().seed();
            // Without volume files: they already are as the changes left them.
            lastSequence = replay(new SimulatedCluster(state, ids, seed, clock, null, BackingFiles.none()), loaded);
            replayed = !loaded.changes().isEmpty();
        } else {
            store.journalFiles().deleteBefore(Long.MAX_VALUE); // of a state file deleted to start afresh
            state = ScenarioBuilder.build(scenarioIfMissing, clock);
            ids = IdLedger.scanning(state);
            seed = scenarioIfMissing.seed();
        }
        long stateSeed = seed;
        Journal journal = new Journal(store, lastSequence, state.lock().readLock(),
                sequence -> StateWriter.serialize(state, ids.marks(), stateSeed, sequence));
        SimulatedCluster cluster = new SimulatedCluster(state, ids, seed, clock, journal,
                SimulatedCluster.backingFiles(volumeStore, state.volumes.keySet()));
        if (replayed || !store.exists() || !store.journalFiles().existing().isEmpty()) {
            journal.compact(); // the replayed changes into the state file, and a fresh journal
        }
        return cluster;
    }

    /** Replays {@code loaded}'s changes through {@code replayer}; returns the last change's sequence number. */
    private static long replay(SimulatedCluster replayer, StatePersistence.Loaded loaded) throws IOException {
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
