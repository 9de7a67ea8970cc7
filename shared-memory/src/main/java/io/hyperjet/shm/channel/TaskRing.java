package io.hyperjet.shm.channel;

import java.io.File;
import java.nio.MappedByteBuffer;

import org.agrona.IoUtil;
import org.agrona.concurrent.MessageHandler;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.OneToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;

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
        final MappedByteBuffer mapped = IoUtil.mapNewFile(file, capacity + RingBufferDescriptor.TRAILER_LENGTH);
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

    /**
     * Publishes the worker's heartbeat (worker side, from any one thread): a value that changes while the worker
     * answers. Kept in the ring's trailer, so it needs no file of its own.
     *
     * @param beat the new value, e.g. a counter.
     */
    public void heartbeat(final long beat)
    {
        ring.consumerHeartbeatTime(beat);
    }

    /**
     * The last heartbeat the worker published (coordinator side); 0 before the first.
     *
     * @return the value.
     */
    public long heartbeat()
    {
        return ring.consumerHeartbeatTime();
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
