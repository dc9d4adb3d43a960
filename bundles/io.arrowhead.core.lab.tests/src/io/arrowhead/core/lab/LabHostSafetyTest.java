package io.arrowhead.core.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.arrowhead.core.hosts.AttachOptions;
import io.arrowhead.core.hosts.HostOperationJob;
import io.arrowhead.core.hosts.HostOperations;
import io.arrowhead.hosts.HostKeyChangedException;
import io.arrowhead.hosts.HostSession;
import io.arrowhead.hosts.ShellCommand;
import io.arrowhead.scaleio.client.model.Volume;

/** Hostile names reach a real shell as plain words or not at all; a host whose key changed is refused. */
@ExtendWith(LabExtension.class)
class LabHostSafetyTest {

    private static final String[] HOSTILE = { "a;rm -rf /", "$(id)", "`id`", "x' ; touch /tmp/pwned '", "a\nid" };

    private Lab lab;
    private LabConsole console;

    @BeforeEach
    void start(Lab theLab) throws Exception {
        lab = theLab;
        console = new LabConsole(lab);
    }

    @AfterEach
    void stop() throws Exception {
        console.close();
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 2, 3, 4 })
    void aHostileDockerNameIsRefusedBeforeAnythingRuns(int which) throws Exception {
        Volume volume = console.unmappedVolume(3);
        assertThrows(IllegalArgumentException.class, () -> HostOperations.attach(console.connection, volume.id(),
            console.host(1), AttachOptions.defaults(HOSTILE[which])));
        assertThrows(IllegalArgumentException.class,
            () -> HostOperations.detach(console.connection, console.host(1), HOSTILE[which]));
        assertEquals(List.of(), console.mappedSdcIds(volume.id()));
    }

    @Test
    void hostileWordsReachTheRealShellAsPlainText() throws Exception {
        try (HostSession session = console.hosts.open(console.host(1))) {
            for (String word : HOSTILE) {
                String echoed = session.check(ShellCommand.of("printf", "%s", word), Duration.ofSeconds(20)).stdout();
                assertEquals(word, echoed);
            }
            assertEquals(1, session.run(ShellCommand.of("test", "-e", "/tmp/pwned"), Duration.ofSeconds(20))
                .exitCode(), "no quoted word ran as a command");
        }
    }

    @Test
    void aChangedHostKeyIsRefusedAndNothingRuns() throws Exception {
        try (HostSession session = console.hosts.open(console.host(2))) {
            assertTrue(session.isOpen());
        }
        String before = lab.host(2).hostKeyFingerprint();
        LabHost rekeyed = lab.rekey(2);
        int asked = console.hostKeysAsked.size();

        HostKeyChangedException refused = assertThrows(HostKeyChangedException.class,
            () -> console.hosts.open(console.host(2)).close());
        assertEquals(before, refused.getExpectedFingerprint());
        assertEquals(rekeyed.hostKeyFingerprint(), refused.getActualFingerprint());
        assertEquals(asked, console.hostKeysAsked.size(), "a changed key is refused without asking");

        Volume volume = console.unmappedVolume(3);
        HostOperationJob attach = HostOperations.attach(console.connection, volume.id(), console.host(2),
            AttachOptions.defaults("lab-never"));
        IStatus status = LabConsole.run(attach);
        assertEquals(IStatus.ERROR, status.getSeverity());
        assertTrue(status.getMessage().contains(rekeyed.hostKeyFingerprint()), status.getMessage());
        assertEquals(List.of(), console.mappedSdcIds(volume.id()), "nothing was mapped");
    }
}
