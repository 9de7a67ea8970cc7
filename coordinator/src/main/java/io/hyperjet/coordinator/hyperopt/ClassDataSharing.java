package io.hyperjet.coordinator.hyperopt;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32C;

import io.hyperjet.worker.process.ClassArchiveDump;

/**
 * Application class data sharing for worker JVMs: a dynamic CDS archive of the classes a worker loads (Jackson,
 * Chronicle, Agrona, the engine), kept in the installation, roughly halves a worker's start-up. Results never
 * depend on it.
 * <p>
 * JDK 19 and later create, check and refresh the archive themselves ({@code -XX:+AutoCreateSharedArchive}). On
 * JDK 17-18 the JVM maps an archive only when the JDK build and every class-path jar (size and modification time)
 * are the ones it was made with, and otherwise ignores it without a word; so the archive's name carries a
 * fingerprint of both, a rebuilt distribution or updated JDK gets a new archive, and older ones are deleted. The
 * first worker of a run without an archive writes it mid-run ({@link ClassArchiveDump}); later workers and runs map
 * it. Without a known, writable installation directory (tests, read-only images) workers start without CDS.
 */
public final class ClassDataSharing
{
    /** Set by bin/hyperjet to the installation's root. */
    public static final String HOME_PROP_NAME = "hyperjet.home";
    private static final String ARCHIVE_DIR = "coordinator/target/dist/cds";
    private static final String PREFIX = "worker-jdk";
    private static final int AUTO_CREATE_FEATURE = 19;

    private final File archive;
    private final int feature;
    private boolean dumpRequested;

    ClassDataSharing(final File archive, final int feature)
    {
        this.archive = archive;
        this.feature = feature;
    }

    /**
     * CDS for this installation, JDK and class path, or a no-op when the installation is unknown or not writable.
     *
     * @return the helper.
     */
    public static ClassDataSharing forThisInstall()
    {
        final String home = System.getProperty(HOME_PROP_NAME);
        final int feature = Runtime.version().feature();
        if (null == home)
        {
            return new ClassDataSharing(null, feature);
        }
        final File dir = new File(home, ARCHIVE_DIR);
        if (!dir.isDirectory() && !dir.mkdirs() || !dir.canWrite())
        {
            return new ClassDataSharing(null, feature);
        }
        if (feature >= AUTO_CREATE_FEATURE)
        {
            return new ClassDataSharing(new File(dir, PREFIX + feature + ".jsa"), feature);
        }
        final String jdk = System.getProperty("java.home") + " " + System.getProperty("java.vm.version");
        return forDirectory(dir, feature, fingerprint(jdk, System.getProperty("java.class.path", "")));
    }

    /**
     * The archive for one fingerprint in a directory, deleting the archives of other fingerprints of the same JDK
     * feature release and temporary files of dumps whose process is gone.
     *
     * @param dir         the archive directory.
     * @param feature     the JDK feature release (below 19).
     * @param fingerprint see {@link #fingerprint(String, String)}.
     * @return the helper.
     */
    static ClassDataSharing forDirectory(final File dir, final int feature, final String fingerprint)
    {
        final String prefix = PREFIX + feature;
        final File archive = new File(dir, prefix + "-" + fingerprint + ".jsa");
        final File[] files = dir.listFiles();
        for (final File file : null == files ? new File[0] : files)
        {
            final String name = file.getName();
            if (name.startsWith(prefix) && !name.equals(archive.getName()) && isStale(name))
            {
                file.delete();
            }
        }
        return new ClassDataSharing(archive, feature);
    }

    /**
     * Eight hex digits that change when the JDK build or any class-path entry (path, size, modification time) does.
     *
     * @param jdk       the JDK's home and build.
     * @param classPath the worker's class path.
     * @return the fingerprint.
     */
    static String fingerprint(final String jdk, final String classPath)
    {
        final StringBuilder text = new StringBuilder(jdk);
        for (final String entry : classPath.split(File.pathSeparator))
        {
            final File file = new File(entry);
            text.append('\n').append(entry).append(' ').append(file.length()).append(' ').append(file.lastModified());
        }
        final CRC32C crc = new CRC32C();
        crc.update(text.toString().getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", (int)crc.getValue());
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
        if (feature >= AUTO_CREATE_FEATURE)
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
            command.add("-XX:+RecordDynamicDumpInfo");
            command.add("-D" + ClassArchiveDump.PATH_PROP_NAME + "=" + archive.getPath());
        }
    }

    /*
     * Another fingerprint's archive, the old unfingerprinted name, or a dump's temporary file whose process is gone;
     * a temporary file of a live process is another run's dump in progress.
     */
    private static boolean isStale(final String name)
    {
        final int tmp = name.lastIndexOf(".tmp-");
        if (tmp < 0)
        {
            return name.endsWith(".jsa");
        }
        try
        {
            return ProcessHandle.of(Long.parseLong(name.substring(tmp + 5))).isEmpty();
        }
        catch (final NumberFormatException ex)
        {
            return false;
        }
    }
}
