package io.hyperjet.coordinator.resources;

import java.nio.file.Files;
import java.nio.file.Path;

import io.hyperjet.shm.run.FreeSpace;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;
import oshi.hardware.HardwareAbstractionLayer;

/**
 * What the machine offers a hyperopt, read once before it starts: cores, memory, load and the free space where the
 * shared data will live. A plain value: tests build profiles in code, {@link #read()} fills one from OSHI.
 *
 * @param physicalCores          physical CPU cores.
 * @param logicalCores           logical CPUs (hardware threads).
 * @param totalMemoryBytes       physical memory.
 * @param availableMemoryBytes   memory available to new processes without swapping.
 * @param loadAverage1m          one-minute load average, negative when the OS does not report one.
 * @param sharedMemoryRoot       where the shared data goes (tmpfs such as /dev/shm when there is one).
 * @param sharedMemoryFreeBytes  free space under {@code sharedMemoryRoot}, negative when unknown.
 * @param jvmMaxHeapBytes        the coordinator JVM's max heap.
 */
public record MachineProfile(
    int physicalCores,
    int logicalCores,
    long totalMemoryBytes,
    long availableMemoryBytes,
    double loadAverage1m,
    Path sharedMemoryRoot,
    long sharedMemoryFreeBytes,
    long jvmMaxHeapBytes)
{
    /**
     * The shared-memory root when none is given: /dev/shm where it exists (Linux), else the temp dir.
     */
    public static final Path DEV_SHM = Path.of("/dev/shm");

    public MachineProfile
    {
        if (logicalCores < 1 || physicalCores < 1)
        {
            throw new IllegalArgumentException(
                "cores must be >= 1: physicalCores=" + physicalCores + ", logicalCores=" + logicalCores);
        }
        if (availableMemoryBytes < 0 || totalMemoryBytes < availableMemoryBytes)
        {
            throw new IllegalArgumentException("memory out of range: totalMemoryBytes=" + totalMemoryBytes +
                ", availableMemoryBytes=" + availableMemoryBytes);
        }
    }

    /**
     * Reads this machine, with the shared data going to /dev/shm (or the temp dir where there is none).
     *
     * @return the profile now.
     */
    public static MachineProfile read()
    {
        return read(defaultSharedMemoryRoot());
    }

    /**
     * Reads this machine from OSHI, the JVM and the file system holding {@code sharedMemoryRoot}.
     *
     * @param sharedMemoryRoot where the shared data will be written; need not exist yet.
     * @return the profile now.
     */
    public static MachineProfile read(final Path sharedMemoryRoot)
    {
        final HardwareAbstractionLayer hardware = new SystemInfo().getHardware();
        final CentralProcessor cpu = hardware.getProcessor();
        final GlobalMemory memory = hardware.getMemory();
        final double[] load = cpu.getSystemLoadAverage(1);
        return new MachineProfile(
            Math.max(1, cpu.getPhysicalProcessorCount()),
            Math.max(1, cpu.getLogicalProcessorCount()),
            memory.getTotal(),
            Math.min(memory.getAvailable(), memory.getTotal()),
            load.length > 0 ? load[0] : -1.0,
            sharedMemoryRoot,
            FreeSpace.STATVFS.bytes(sharedMemoryRoot),
            Runtime.getRuntime().maxMemory());
    }

    /**
     * /dev/shm where it is a directory, else java.io.tmpdir.
     *
     * @return the root the shared data goes under by default.
     */
    public static Path defaultSharedMemoryRoot()
    {
        return Files.isDirectory(DEV_SHM) ? DEV_SHM : Path.of(System.getProperty("java.io.tmpdir"));
    }

    /**
     * @return whether the OS reported a load average.
     */
    public boolean hasLoadAverage()
    {
        return loadAverage1m >= 0.0;
    }

    /**
     * @return whether the free space under the shared-memory root is known.
     */
    public boolean hasSharedMemoryFree()
    {
        return sharedMemoryFreeBytes >= 0;
    }
}
