package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.Preferences;

import io.arrowhead.core.hosts.StorageProfile;
import io.arrowhead.core.hosts.StorageProfiles;
import io.arrowhead.hosts.FilesystemType;
import io.arrowhead.scaleio.client.model.VolumeType;

class StorageProfilesTest {

    static final StorageProfile GOLD = new StorageProfile("gold", "pd-01", "sp-ssd-01", VolumeType.THICK_PROVISIONED,
        16, 20000, 200, FilesystemType.XFS);
    static final StorageProfile BRONZE = new StorageProfile("bronze", "pd-01", null, VolumeType.THIN_PROVISIONED, 8,
        500, 20, FilesystemType.EXT4);

    private final Preferences preferences = InstanceScope.INSTANCE.getNode("io.arrowhead.core.tests."
        + UUID.randomUUID());
    private final StorageProfiles profiles = new StorageProfiles(preferences);

    @AfterEach
    void removeNode() throws Exception {
        preferences.removeNode();
    }

    @Test
    void profilesAreSavedReadBackByNameAndHoldEveryField() {
        profiles.add(GOLD);
        profiles.add(BRONZE);

        List<StorageProfile> reread = new StorageProfiles(preferences).all();
        assertEquals(List.of(BRONZE, GOLD), reread, "by name, as saved, the any-pool choice kept as null");
        assertEquals(GOLD, profiles.find("GOLD").orElseThrow(), "names compare ignoring case");
        assertTrue(profiles.find("silver").isEmpty());
    }

    @Test
    void editingReplacesTheProfileAndRenamingLeavesNoOldName() {
        profiles.add(GOLD);
        StorageProfile platinum = new StorageProfile("platinum", "pd-02", null, VolumeType.THIN_PROVISIONED, 24, 0,
            0, FilesystemType.EXT4);
        profiles.replace("gold", platinum);

        assertEquals(List.of(platinum), profiles.all());
        profiles.remove("platinum");
        assertEquals(List.of(), profiles.all());
    }

    @Test
    void listenersHearOfEveryChange() {
        AtomicInteger heard = new AtomicInteger();
        profiles.addListener(heard::incrementAndGet);
        profiles.add(GOLD);
        profiles.replace("gold", GOLD);
        profiles.remove("gold");
        profiles.remove("gold");
        assertEquals(3, heard.get(), "removing what is not there changes nothing");
    }

    @Test
    void aDuplicateNameIsRefusedAndNothingChanges() {
        profiles.add(GOLD);
        StorageProfile copy = new StorageProfile("Gold", "pd-02", null, VolumeType.THIN_PROVISIONED, 8, 0, 0,
            FilesystemType.EXT4);
        var refused = assertThrows(IllegalArgumentException.class, () -> profiles.add(copy));
        assertEquals("A storage profile named Gold already exists.", refused.getMessage());
        assertNull(profiles.problem(copy, "gold"), "editing gold may change the case of its name");
        profiles.add(BRONZE);
        assertThrows(IllegalArgumentException.class, () -> profiles.replace("bronze", copy));
        assertEquals(List.of(BRONZE, GOLD), profiles.all());
    }

    @Test
    void eachInvalidValueGetsASentence() {
        assertProblem("Enter a name for the profile.", withName(""));
        assertProblem("The name cannot start or end with a space.", withName(" gold"));
        assertProblem("Enter the protection domain.", new StorageProfile("p", "", null,
            VolumeType.THIN_PROVISIONED, 8, 0, 0, FilesystemType.EXT4));
        assertProblem("Storage pool: " + VolumeRules.objectNameProblem("my pool"), new StorageProfile("p", "pd-01",
            "my pool", VolumeType.THIN_PROVISIONED, 8, 0, 0, FilesystemType.EXT4));
        assertProblem("The default size must be between 1 and 1048576 GiB.", new StorageProfile("p", "pd-01", null,
            VolumeType.THIN_PROVISIONED, 0, 0, 0, FilesystemType.EXT4));
        assertProblem(VolumeRules.iopsLimitProblem(5), new StorageProfile("p", "pd-01", null,
            VolumeType.THIN_PROVISIONED, 8, 5, 0, FilesystemType.EXT4));
        assertProblem(VolumeRules.bandwidthLimitProblem(-1), new StorageProfile("p", "pd-01", null,
            VolumeType.THIN_PROVISIONED, 8, 0, -1, FilesystemType.EXT4));
        assertProblem("Choose thin or thick provisioning.", new StorageProfile("p", "pd-01", null,
            VolumeType.SNAPSHOT, 8, 0, 0, FilesystemType.EXT4));
        assertEquals(List.of(), profiles.all(), "nothing invalid was saved");
    }

    private void assertProblem(String expected, StorageProfile profile) {
        assertEquals(expected, profiles.problem(profile, null));
        var refused = assertThrows(IllegalArgumentException.class, () -> profiles.add(profile));
        assertEquals(expected, refused.getMessage());
    }

    private static StorageProfile withName(String name) {
        return new StorageProfile(name, "pd-01", null, VolumeType.THIN_PROVISIONED, 8, 0, 0, FilesystemType.EXT4);
    }
}
