package io.hyperjet.worker.process;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

import javax.management.ObjectName;

/**
 * Writes this worker's class data sharing archive on JDK 17-18, when the coordinator asked for it (system property
 * {@link #PATH_PROP_NAME}, with {@code -XX:+RecordDynamicDumpInfo}): once, after {@link #AFTER_EPOCHS} epochs, by
 * the JVM's own {@code VM.cds dynamic_dump} command. By then the classes of every phase of an epoch are loaded.
 * <p>
 * Why not {@code -XX:ArchiveClassesAtExit}: the JVM writes that archive while exiting, which takes seconds on a
 * loaded machine, and the coordinator kills a worker that is not gone a few seconds after the run ends, so the
 * archive was often never written. Here the dump happens mid-run, into a temporary file moved into place when
 * complete, so a dump cut short never leaves a file that looks like an archive. A failure costs one log line;
 * results never depend on the archive. One per JVM: the first worker slot's thread counts its epochs, and the JVM's
 * main thread, which only waits for the slots, writes the archive. The coordinator does not ask for it at present
 * ({@code WorkerPool.WORKER_CDS_ARCHIVE}): runs mapping such archives often spent twice the CPU per epoch.
 */
public final class ClassArchiveDump
{
    /** The archive to write; set by the coordinator on the one worker per run that writes it. */
    public static final String PATH_PROP_NAME = "hyperjet.cds.dump";
    /** Epochs evaluated before the dump. */
    public static final long AFTER_EPOCHS = 50;

    private final File archive;
    private final long afterEpochs;
    private volatile boolean requested;
    private boolean dumped;
    private int attempts;

    ClassArchiveDump(final File archive, final long afterEpochs)
    {
        this.archive = archive;
        this.afterEpochs = afterEpochs;
    }

    /**
     * The dump the coordinator asked this JVM for, or a no-op.
     *
     * @return the dump.
     */
    public static ClassArchiveDump fromSystemProperties()
    {
        final String path = System.getProperty(PATH_PROP_NAME);
        return new ClassArchiveDump(null == path || path.isBlank() ? null : new File(path), AFTER_EPOCHS);
    }

    /**
     * Called by the first slot's thread after each epoch; asks for the dump when the count is reached.
     *
     * @param evaluated epochs evaluated so far.
     */
    public void onEpochs(final long evaluated)
    {
        if (evaluated == afterEpochs && null != archive)
        {
            requested = true;
        }
    }

    /**
     * Called by the JVM's main thread while the slots run; dumps once, when asked.
     */
    public void dumpIfRequested()
    {
        if (requested && !dumped)
        {
            dumped = true;
            dump();
        }
    }

    /**
     * A dump that never happens, for the other slots of a JVM.
     *
     * @return the no-op.
     */
    public static ClassArchiveDump none()
    {
        return new ClassArchiveDump(null, AFTER_EPOCHS);
    }

    int attempts()
    {
        return attempts;
    }

    /**
     * Writes the archive now.
     *
     * @return whether it was written.
     */
    boolean dump()
    {
        attempts++;
        final File temp = new File(archive.getPath() + ".tmp-" + ProcessHandle.current().pid());
        try
        {
            ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmCds",
                new Object[] {new String[] {"dynamic_dump", temp.getPath()}},
                new String[] {String[].class.getName()});
            if (temp.length() == 0)
            {
                throw new IOException("the JVM wrote no archive (was -XX:+RecordDynamicDumpInfo given?)");
            }
            Files.move(temp.toPath(), archive.toPath(), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
            return true;
        }
        catch (final Exception ex)
        {
            System.err.println("hyperjet worker: class data sharing archive " + archive + " not written: " + ex);
            if (!temp.delete() && temp.exists())
            {
                temp.deleteOnExit();
            }
            return false;
        }
    }
}
