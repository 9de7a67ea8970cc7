package io.hyperjet.coordinator.hyperopt;

import java.io.File;
import java.util.List;

/**
 * Application class data sharing for worker JVMs: a dynamic CDS archive of the classes a worker loads (Jackson,
 * Chronicle, Agrona, the engine), kept in the installation, roughly halves a worker's start-up. The archive is per
 * JDK feature release because an archive only maps into the JVM that made it.
 * <p>
 * JDK 19 and later create and refresh the archive themselves ({@code -XX:+AutoCreateSharedArchive}). On JDK 17 the
 * first worker of a run writes it at exit ({@code -XX:ArchiveClassesAtExit}) and later workers use it. Without a
 * known, writable installation directory (tests, read-only images) workers start without CDS; results never depend
 * on it.
 */
public final class ClassDataSharing
{
    /** Set by bin/hyperjet to the installation's root. */
    public static final String HOME_PROP_NAME = "hyperjet.home";
    private static final String ARCHIVE_DIR = "coordinator/target/dist/cds";

    private final File archive;
    private boolean dumpRequested;

    private ClassDataSharing(final File archive)
    {
        this.archive = archive;
    }

    /**
     * CDS for this installation and JDK, or a no-op when the installation is unknown or not writable.
     *
     * @return the helper.
     */
    public static ClassDataSharing forThisInstall()
    {
        final String home = System.getProperty(HOME_PROP_NAME);
        if (null == home)
        {
            return new ClassDataSharing(null);
        }
        final File dir = new File(home, ARCHIVE_DIR);
        if (!dir.isDirectory() && !dir.mkdirs() || !dir.canWrite())
        {
            return new ClassDataSharing(null);
        }
        return new ClassDataSharing(new File(dir, "worker-jdk" + Runtime.version().feature() + ".jsa"));
    }

    /**
     * Adds the CDS flags for the next worker to a command line.
     *
     * @param command the worker's command, before the main class.
     */
    public void addFlags(final List<String> command)
    {
        if (null == archive)
        {
            return;
        }
        if (Runtime.version().feature() >= 19)
        {
            command.add("-XX:SharedArchiveFile=" + archive.getPath());
            command.add("-XX:+AutoCreateSharedArchive");
        }
        else if (archive.isFile())
        {
            command.add("-XX:SharedArchiveFile=" + archive.getPath());
        }
        else if (!dumpRequested)
        {
            dumpRequested = true;
            command.add("-XX:ArchiveClassesAtExit=" + archive.getPath());
        }
    }
}
