package io.hyperjet.coordinator.resources;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MachineProfileTest
{
    @TempDir
    Path dir;

    @Test
    void shouldReadThisMachine()
    {
        final MachineProfile profile = MachineProfile.read(dir);

        assertTrue(profile.logicalCores() >= profile.physicalCores(), profile.toString());
        assertTrue(profile.totalMemoryBytes() > 0, profile.toString());
        assertTrue(profile.availableMemoryBytes() <= profile.totalMemoryBytes(), profile.toString());
        assertTrue(profile.sharedMemoryFreeBytes() > 0, profile.toString());
        assertEquals(Runtime.getRuntime().maxMemory(), profile.jvmMaxHeapBytes());
    }

    @Test
    void shouldMeasureFreeSpaceOfTheNearestExistingDirectory()
    {
        final MachineProfile profile = MachineProfile.read(dir.resolve("hyperjet-run").resolve("not-yet"));

        assertTrue(profile.hasSharedMemoryFree(), profile.toString());
    }

    @Test
    void shouldRejectAProfileWithoutCores()
    {
        assertThrows(IllegalArgumentException.class,
            () -> new MachineProfile(0, 0, 1L << 30, 1L << 30, 0.0, dir, 1L << 30, 1L << 30));
    }
}
