package io.hyperjet.coordinator.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.IExecutorService;

import io.hyperjet.worker.epoch.RunSpec;

/**
 * What a node needs to run a coordinator's epochs, and how it gets there: the files of {@link ClusterFiles} in
 * chunks through the executor (Hazelcast only carries them, nothing is stored in the cluster), checked on the node
 * against the CRC32C computed here, then the run spec, after which the node starts its workers.
 * <p>
 * Thread-safe: several nodes may be shipped to at once.
 */
final class RunShipment
{
    /** Chunk size: large enough for throughput, small enough to stay far below Hazelcast's packet limits. */
    static final int CHUNK_BYTES = 4 << 20;
    static final int CHUNKS_IN_FLIGHT = 4;
    private static final long CALL_TIMEOUT_SECONDS = 120;

    private final Map<String, Path> files;
    private final String specJson;
    private final long bytes;
    private HashMap<String, Long> checksums;

    private RunShipment(final Map<String, Path> files, final String specJson, final long bytes)
    {
        this.files = files;
        this.specJson = specJson;
        this.bytes = bytes;
    }

    /**
     * The shipment of a published run.
     *
     * @param runDir the run's shared-memory directory.
     * @param spec   the run spec workers read.
     * @return the shipment.
     */
    static RunShipment of(final Path runDir, final Path spec)
    {
        final Map<String, Path> files = ClusterFiles.toShip(runDir, RunSpec.read(spec.toFile()).strategyPaths());
        long bytes = 0;
        try
        {
            for (final Path f : files.values())
            {
                bytes += Files.size(f);
            }
            return new RunShipment(files, Files.readString(spec, StandardCharsets.UTF_8), bytes);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read the run to ship from " + runDir, ex);
        }
    }

    long bytes()
    {
        return bytes;
    }

    /**
     * Ships the run to a node and opens it there; blocks until the node's workers are started.
     *
     * @param executor    the cluster executor.
     * @param member      the node.
     * @param runKey      the run's key.
     * @param coordinator this coordinator's member id.
     * @return the node's worker count.
     * @throws Exception when the node fails or leaves.
     */
    int shipTo(final IExecutorService executor, final Member member, final String runKey, final UUID coordinator)
        throws Exception
    {
        // a few chunks in flight: one round trip per chunk would leave the network idle half the time
        final ArrayDeque<Future<Boolean>> inFlight = new ArrayDeque<>();
        final ByteBuffer buffer = ByteBuffer.allocate(CHUNK_BYTES);
        for (final Map.Entry<String, Path> e : files.entrySet())
        {
            try (FileChannel channel = FileChannel.open(e.getValue(), StandardOpenOption.READ))
            {
                long offset = 0;
                do
                {
                    buffer.clear();
                    while (buffer.hasRemaining() && channel.read(buffer) > 0)
                    {
                        continue;
                    }
                    final byte[] chunk = new byte[buffer.position()];
                    buffer.flip().get(chunk);
                    if (inFlight.size() >= CHUNKS_IN_FLIGHT)
                    {
                        await(inFlight.pollFirst());
                    }
                    inFlight.addLast(executor.submitToMember(
                        new NodeTasks.Receive(runKey, coordinator, e.getKey(), offset, chunk), member));
                    offset += chunk.length;
                }
                while (offset < channel.size());
            }
        }
        while (!inFlight.isEmpty())
        {
            await(inFlight.pollFirst());
        }
        return await(executor.submitToMember(new NodeTasks.Open(runKey, coordinator, checksums(), specJson), member));
    }

    private synchronized HashMap<String, Long> checksums()
    {
        if (null == checksums)
        {
            final HashMap<String, Long> crcs = new HashMap<>();
            for (final Map.Entry<String, Path> e : files.entrySet())
            {
                crcs.put(e.getKey(), NodeRun.crc32c(e.getValue()));
            }
            checksums = crcs;
        }
        return checksums;
    }

    private static <T> T await(final Future<T> future)
        throws InterruptedException, ExecutionException, TimeoutException
    {
        return future.get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
