package io.hyperjet.shm.channel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import io.hyperjet.shm.run.RunFiles;

/**
 * What a finished run's journal is compacted to: per epoch only what {@code --resume} needs to rebuild the sampler
 * and the best-epoch judgement (epoch, worker, failed, loss, the sampler's point, whether it was random, a failure's
 * message). Everything else of an epoch is in its .fthypt line, so a run costs its results once on disk.
 * <pre>
 *   "HJCJ" version(i32) count(i32), then per epoch:
 *   epoch(i64) worker(i32) failed(u8) random(u8) loss(f64) n(i32) point(n x f64) message(i32 length, UTF-8; -1: none)
 * </pre>
 * Big-endian (DataOutput). Written to a temporary file, synced and renamed, so it is whole or absent.
 */
public final class CompactedJournal
{
    /** The file name in a run's journal directory. */
    public static final String FILE_NAME = "epochs.compact";
    private static final int MAGIC = 0x484A434A;
    private static final int VERSION = 1;
    private static final String RANDOM_TRUE = "\"is_random\":true";

    private CompactedJournal()
    {
    }

    /**
     * Writes the records, replacing the file.
     *
     * @param file    the file.
     * @param results the epochs, in order.
     */
    public static void write(final Path file, final List<EpochResult> results)
    {
        final Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try
        {
            // private to the user like the rest of the journal (0600), whatever the umask
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(RunFiles.OWNER_ONLY_FILE));
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write the compacted journal " + file, ex);
        }
        try (FileOutputStream fos = new FileOutputStream(tmp.toFile());
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(fos, 1 << 16)))
        {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(results.size());
            for (final EpochResult r : results)
            {
                out.writeLong(r.epoch());
                out.writeInt(r.workerId());
                out.writeBoolean(r.failed());
                out.writeBoolean(isRandom(r));
                out.writeDouble(r.loss());
                out.writeInt(r.point().length);
                for (final double v : r.point())
                {
                    out.writeDouble(v);
                }
                final String message = r.failed() ? r.metricsJson() : null;
                if (null == message)
                {
                    out.writeInt(-1);
                }
                else
                {
                    final byte[] utf8 = message.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
            }
            out.flush();
            fos.getFD().sync();
        }
        catch (final IOException ex)
        {
            deleteQuietly(tmp);
            throw new UncheckedIOException("cannot write " + tmp, ex);
        }
        try
        {
            try
            {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            catch (final AtomicMoveNotSupportedException ex)
            {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        catch (final IOException ex)
        {
            deleteQuietly(tmp);
            throw new UncheckedIOException("cannot write " + file, ex);
        }
    }

    /**
     * Reads the records of a compacted journal; none when the file is missing. A record's {@code paramsJson} holds
     * only {@code is_random}, its figures are {@link EpochFigures#NONE} and it has no metrics.
     *
     * @param file the file.
     * @return the epochs, in order.
     */
    public static List<EpochResult> read(final Path file)
    {
        final List<EpochResult> results = new ArrayList<>();
        if (!Files.isRegularFile(file))
        {
            return results;
        }
        try (InputStream raw = Files.newInputStream(file);
            DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16)))
        {
            if (in.readInt() != MAGIC || in.readInt() != VERSION)
            {
                throw new IllegalStateException(file + ": not a compacted hyperopt journal of this version");
            }
            final int count = in.readInt();
            for (int i = 0; i < count; i++)
            {
                final long epoch = in.readLong();
                final int worker = in.readInt();
                final boolean failed = in.readBoolean();
                final boolean random = in.readBoolean();
                final double loss = in.readDouble();
                final double[] point = new double[in.readInt()];
                for (int k = 0; k < point.length; k++)
                {
                    point[k] = in.readDouble();
                }
                final int length = in.readInt();
                String message = null;
                if (length >= 0)
                {
                    final byte[] utf8 = new byte[length];
                    in.readFully(utf8);
                    message = new String(utf8, StandardCharsets.UTF_8);
                }
                results.add(new EpochResult(epoch, worker, failed, loss, 0, point,
                    "{\"is_random\":" + random + "}", EpochFigures.NONE, message, "{}"));
            }
        }
        catch (final EOFException ex)
        {
            throw new IllegalStateException(file + ": compacted hyperopt journal is cut short", ex);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
        return results;
    }

    /**
     * The part of a result this file keeps (no parameters, figures, metrics or extras), so a run can hold every
     * committed epoch until it is compacted without holding their trades.
     *
     * @param r the result.
     * @return the compact result.
     */
    public static EpochResult compact(final EpochResult r)
    {
        return new EpochResult(r.epoch(), r.workerId(), r.failed(), r.loss(), 0, r.point(),
            "{\"is_random\":" + isRandom(r) + "}", EpochFigures.NONE, r.failed() ? r.metricsJson() : null, "{}");
    }

    /**
     * Whether an epoch's point was drawn at random, from the parameters it echoes.
     *
     * @param result the epoch.
     * @return true when random.
     */
    public static boolean isRandom(final EpochResult result)
    {
        return null != result.paramsJson() && result.paramsJson().contains(RANDOM_TRUE);
    }

    private static void deleteQuietly(final Path file)
    {
        try
        {
            Files.deleteIfExists(file);
        }
        catch (final IOException ignored)
        {
            // a leftover temporary file is replaced by the next compaction
        }
    }
}
