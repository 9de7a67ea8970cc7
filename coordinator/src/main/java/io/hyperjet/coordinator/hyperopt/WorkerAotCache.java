package io.hyperjet.coordinator.hyperopt;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32C;

import io.hyperjet.worker.process.ClassArchiveDump;

/**
 * The worker JVMs' ahead-of-time cache on JDK 25 and later (JEPs 483, 514, 515): the classes a worker loads and links
 * (Jackson, Chronicle, Agrona, the engine) and the method profiles of a training run, so a worker starts with them
 * loaded and its JIT starts from recorded profiles. Kept in the installation, one file per JDK build, class path and
 * worker JVM flags (the fingerprint in its name); files of other fingerprints are deleted. Results never depend on it.
 * <p>
 * The first worker JVM of a run without a cache records ({@code -XX:AOTMode=record}) and writes the cache mid-run
 * ({@link ClassArchiveDump}); later workers and runs use it ({@code -XX:AOTCache}). The JVM checks the cache itself
 * and ignores one that does not match; etc/jvm.properties turns its {@code aot}/{@code cds} log lines off for
 * workers, so that costs a worker's log nothing either. Before JDK 25, without a known, writable installation
 * directory (tests, read-only images), workers start without a cache.
 */
public final class WorkerAotCache
{
    /** Set by bin/hyperjet to the installation's root. */
    public static final String HOME_PROP_NAME = "hyperjet.home";
    /** The first JDK whose AOT cache carries method profiles and can be written mid-run (AOT.end_recording). */
    static final int MIN_FEATURE = 25;
    private static final String CACHE_DIR = "coordinator/target/dist/aot";
    private static final String PREFIX = "worker-jdk";
    private static final String SUFFIX = ".aot";

    private final File cache;
    private File trainingConfig;

    WorkerAotCache(final File cache)
    {
        this.cache = cache;
    }

    /**
     * The cache for this installation, JDK, worker JVM flags and class path, or a no-op when the JDK is older than
     * {@link #MIN_FEATURE} or the installation is unknown or not writable.
     *
     * @param workerFlags the flags every worker JVM gets from etc/jvm.properties.
     * @param classPath   the workers' class path.
     * @return the cache.
     */
    public static WorkerAotCache forThisInstall(final List<String> workerFlags, final String classPath)
    {
        final String home = System.getProperty(HOME_PROP_NAME);
        final int feature = Runtime.version().feature();
        if (null == home || feature < MIN_FEATURE)
        {
            return new WorkerAotCache(null);
        }
        final File dir = new File(home, CACHE_DIR);
        if (!dir.isDirectory() && !dir.mkdirs() || !dir.canWrite())
        {
            return new WorkerAotCache(null);
        }
        final String jdk = System.getProperty("java.home") + " " + System.getProperty("java.vm.version");
        return forDirectory(dir, feature, fingerprint(jdk, workerFlags, classPath));
    }

    /**
     * The cache for one fingerprint in a directory, deleting the caches of other fingerprints of the same JDK
     * feature release and temporary files of writers whose process is gone.
     *
     * @param dir         the cache directory.
     * @param feature     the JDK feature release.
     * @param fingerprint see {@link #fingerprint(String, List, String)}.
     * @return the cache.
     */
    static WorkerAotCache forDirectory(final File dir, final int feature, final String fingerprint)
    {
        final String prefix = PREFIX + feature + "-";
        final File cache = new File(dir, prefix + fingerprint + SUFFIX);
        final File[] files = dir.listFiles();
        for (final File file : null == files ? new File[0] : files)
        {
            final String name = file.getName();
            if (name.startsWith(prefix) && !name.equals(cache.getName()) && isStale(name))
            {
                file.delete();
            }
        }
        return new WorkerAotCache(cache);
    }

    /**
     * Eight hex digits that change when the JDK build, the worker JVM flags or any class-path entry (path, size,
     * modification time) does.
     *
     * @param jdk         the JDK's home and build.
     * @param workerFlags the workers' JVM flags.
     * @param classPath   the workers' class path.
     * @return the fingerprint.
     */
    static String fingerprint(final String jdk, final List<String> workerFlags, final String classPath)
    {
        final StringBuilder text = new StringBuilder(jdk).append('\n').append(String.join(" ", workerFlags));
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
     * Adds the cache flags for the next worker JVM to a command line: use the cache when it exists, else the first
     * worker JVM of this pool records and writes it.
     *
     * @param command        the worker's command, before the main class.
     * @param coordinatorPid this process's id, which names the training's temporary file.
     */
    public void addFlags(final List<String> command, final long coordinatorPid)
    {
        if (null == cache)
        {
            return;
        }
        if (cache.isFile())
        {
            command.add("-XX:AOTCache=" + cache.getPath());
        }
        else if (null == trainingConfig)
        {
            final File config = new File(cache.getPath() + ".config.tmp-" + coordinatorPid);
            trainingConfig = config;
            command.add("-XX:AOTMode=record");
            command.add("-XX:AOTConfiguration=" + config.getPath());
            command.add("-D" + ClassArchiveDump.CONFIG_PROP_NAME + "=" + config.getPath());
            command.add("-D" + ClassArchiveDump.CACHE_PROP_NAME + "=" + cache.getPath());
        }
    }

    /**
     * Deletes what a training that did not reach its end left: a worker JVM still recording when it exits (a run
     * shorter than {@link ClassArchiveDump#AFTER_EPOCHS} epochs) writes its configuration then. Call once the
     * workers are gone.
     */
    public void discardUnusedTraining()
    {
        if (null != trainingConfig)
        {
            trainingConfig.delete();
        }
    }

    /*
     * Another fingerprint's cache, or a temporary file (a training's configuration, a cache being written) whose
     * process is gone; a temporary file of a live process is another run's training in progress.
     */
    private static boolean isStale(final String name)
    {
        final int tmp = name.lastIndexOf(".tmp-");
        if (tmp < 0)
        {
            return name.endsWith(SUFFIX);
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
