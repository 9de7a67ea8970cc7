package io.hyperjet.shm.channel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.file.Files;

import org.agrona.IoUtil;
import org.agrona.concurrent.MessageHandler;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.OneToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;

import io.hyperjet.shm.run.RunFiles;

/**
 * The task channel from the coordinator to one worker: an Agrona one-to-one ring buffer over a memory-mapped file in
 * the run directory. The coordinator creates it and is the only producer; the worker maps the same file and is the
 * only consumer. Records are encoded {@link EpochTask}s.
 * <p>
 * One instance per process side; not threadsafe beyond the ring buffer's single-producer single-consumer contract.
 */
public final class TaskRing implements AutoCloseable
{
    /** Room for many tasks; a task is a few hundred bytes of parameters. */
    public static final int CAPACITY_DEFAULT = 1 << 20;
    /** The length of a ring file of the default capacity. */
    public static final int FILE_LENGTH_DEFAULT = CAPACITY_DEFAULT + RingBufferDescriptor.TRAILER_LENGTH;
    static final int TASK_MSG_TYPE_ID = 1;

    private final File file;
    private final MappedByteBuffer mapped;
    private final OneToOneRingBuffer ring;
    private boolean closed;

    private TaskRing(final File file, final MappedByteBuffer mapped)
    {
        this.file = file;
        this.mapped = mapped;
        this.ring = new OneToOneRingBuffer(new UnsafeBuffer(mapped));
    }

    /**
     * Creates the ring file (coordinator side). The file must not exist yet.
     *
     * @param file     the ring file.
     * @param capacity data capacity in bytes, a power of two.
     * @return the ring.
     */
    public static TaskRing create(final File file, final int capacity)
    {
        // mapNewFile writes the zeros through the file channel, so a full file system fails here with an
        // IOException, never later with a SIGBUS on a page of the mapping.
        final MappedByteBuffer mapped = IoUtil.mapNewFile(file, capacity + RingBufferDescriptor.TRAILER_LENGTH);
        try
        {
            Files.setPosixFilePermissions(file.toPath(), RunFiles.OWNER_ONLY_FILE);
        }
        catch (final IOException ex)
        {
            IoUtil.unmap(mapped);
            throw new UncheckedIOException("cannot make task ring " + file + " owner-only", ex);
        }
        return new TaskRing(file, mapped);
    }

    /**
     * Maps an existing ring file (worker side).
     *
     * @param file the ring file.
     * @return the ring.
     */
    public static TaskRing attach(final File file)
    {
        if (!file.isFile())
        {
            throw new IllegalStateException("task ring file missing: " + file);
        }
        return new TaskRing(file, IoUtil.mapExistingFile(file, "task ring"));
    }

    /**
     * Offers one encoded task.
     *
     * @param encoder holds the encoded task.
     * @return false when the ring is full.
     */
    public boolean offer(final EpochTask.Encoder encoder)
    {
        return ring.write(TASK_MSG_TYPE_ID, encoder.buffer(), 0, encoder.length());
    }

    /**
     * Reads up to {@code limit} tasks.
     *
     * @param handler called per record with the record's bytes.
     * @param limit   most records to read.
     * @return the number of records read.
     */
    public int poll(final MessageHandler handler, final int limit)
    {
        return ring.read(handler, limit);
    }

    public File file()
    {
        return file;
    }

    @Override
    public void close()
    {
        if (!closed)
        {
            closed = true;
            IoUtil.unmap(mapped);
        }
    }
}
