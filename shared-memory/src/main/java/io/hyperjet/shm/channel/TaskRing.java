package io.hyperjet.shm.channel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;

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
    private static final int ZERO_CHUNK_LENGTH = 64 * 1024;
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
        final long length = capacity + RingBufferDescriptor.TRAILER_LENGTH;
        // Every page is allocated by a channel write before it is mapped: on a full tmpfs that write fails with an
        // IOException, where touching an unallocated page of the mapping would kill the JVM with SIGBUS.
        try (FileChannel channel = FileChannel.open(file.toPath(),
            EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE),
            PosixFilePermissions.asFileAttribute(RunFiles.OWNER_ONLY_FILE)))
        {
            final ByteBuffer zeros = ByteBuffer.allocateDirect((int)Math.min(length, ZERO_CHUNK_LENGTH));
            for (long position = 0; position < length; )
            {
                zeros.clear().limit((int)Math.min(zeros.capacity(), length - position));
                position += channel.write(zeros, position);
            }
            return new TaskRing(file, channel.map(FileChannel.MapMode.READ_WRITE, 0, length));
        }
        catch (final IOException ex)
        {
            file.delete();
            throw new UncheckedIOException("cannot create task ring " + file + ": " + ex.getMessage(), ex);
        }
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
