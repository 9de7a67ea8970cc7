package io.hyperjet.worker.process;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.management.ObjectName;

/**
 * Writes the workers' AOT cache (JDK 25+) from this worker JVM, when the coordinator started it recording
 * ({@code -XX:AOTMode=record}, system properties {@link #CONFIG_PROP_NAME} and {@link #CACHE_PROP_NAME}): once,
 * after {@link #AFTER_EPOCHS} epochs, the JVM's {@code AOT.end_recording} command writes the recorded classes and
 * method profiles to the configuration file, and a child JVM ({@code -XX:AOTMode=create}, with this JVM's flags and
 * class path) turns it into the cache. By then the classes of every phase of an epoch are loaded and the hot
 * methods profiled.
 * <p>
 * Why not at exit ({@code -XX:AOTCacheOutput} alone): the JVM would write the cache while exiting, which takes
 * seconds, and the coordinator kills a worker that is not gone a few seconds after the run ends. Here it happens
 * mid-run, into a temporary file moved into place when complete, so a write cut short never leaves a file that looks
 * like a cache. A failure costs one line in the worker's log; results never depend on the cache. One per JVM: the
 * first worker slot's thread counts its epochs, and the JVM's main thread, which only waits for the slots, writes.
 */
public final class ClassArchiveDump
{
    /** The training's configuration file (the JVM's -XX:AOTConfiguration); set by the coordinator. */
    public static final String CONFIG_PROP_NAME = "hyperjet.aot.config";
    /** The cache to write; set by the coordinator on the one worker per run that trains. */
    public static final String CACHE_PROP_NAME = "hyperjet.aot.cache";
    /** Epochs evaluated before the recording ends. */
    public static final long AFTER_EPOCHS = 100;
    /** The cache's child JVM takes a few seconds; a stuck one is killed and the cache left for a later run. */
    private static final long CREATE_TIMEOUT_S = 300;
    private static final String[] RECORDING_FLAGS =
        {"-XX:AOTMode=", "-XX:AOTConfiguration=", "-XX:AOTCache=", "-XX:AOTCacheOutput=",
            "-D" + CONFIG_PROP_NAME + "=", "-D" + CACHE_PROP_NAME + "="};

    private final File config;
    private final File cache;
    private final long afterEpochs;
    private volatile boolean requested;
    private boolean dumped;
    private int attempts;

    ClassArchiveDump(final File config, final File cache, final long afterEpochs)
    {
        this.config = config;
        this.cache = cache;
        this.afterEpochs = afterEpochs;
    }

    /**
     * The cache the coordinator asked this JVM to write, or a no-op.
     *
     * @return the dump.
     */
    public static ClassArchiveDump fromSystemProperties()
    {
        final String config = System.getProperty(CONFIG_PROP_NAME);
        final String cache = System.getProperty(CACHE_PROP_NAME);
        if (null == config || config.isBlank() || null == cache || cache.isBlank())
        {
            return none();
        }
        return new ClassArchiveDump(new File(config), new File(cache), AFTER_EPOCHS);
    }

    /**
     * Called by the first slot's thread after each epoch; asks for the dump when the count is reached.
     *
     * @param evaluated epochs evaluated so far.
     */
    public void onEpochs(final long evaluated)
    {
        if (evaluated == afterEpochs && null != cache)
        {
            requested = true;
        }
    }

    /**
     * Called by the JVM's main thread while the slots run; writes once, when asked.
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
        return new ClassArchiveDump(null, null, AFTER_EPOCHS);
    }

    int attempts()
    {
        return attempts;
    }

    /**
     * Ends the recording and writes the cache now.
     *
     * @return whether it was written.
     */
    boolean dump()
    {
        attempts++;
        final File temp = new File(cache.getPath() + ".tmp-" + ProcessHandle.current().pid());
        try
        {
            ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "aotEndRecording",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
            if (config.length() == 0)
            {
                throw new IOException("the JVM recorded nothing (was it started with -XX:AOTMode=record?)");
            }
            final Process create = new ProcessBuilder(createCommand(
                ProcessHandle.current().info().command().orElse("java"),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), config, temp,
                System.getProperty("java.class.path")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .start();
            if (!create.waitFor(CREATE_TIMEOUT_S, TimeUnit.SECONDS))
            {
                create.destroyForcibly().waitFor(CREATE_TIMEOUT_S, TimeUnit.SECONDS);
                throw new IOException("the cache's JVM did not finish in " + CREATE_TIMEOUT_S + " s");
            }
            if (0 != create.exitValue() || temp.length() == 0)
            {
                throw new IOException("the cache's JVM exited with " + create.exitValue() + " and wrote " +
                    temp.length() + " bytes");
            }
            Files.move(temp.toPath(), cache.toPath(), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
            System.err.println("hyperjet worker: AOT cache written: " + cache);
            return true;
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            System.err.println("hyperjet worker: AOT cache " + cache + " not written: interrupted");
            return false;
        }
        catch (final Exception ex)
        {
            System.err.println("hyperjet worker: AOT cache " + cache + " not written: " + ex);
            return false;
        }
        finally
        {
            delete(temp);
            delete(config);
        }
    }

    /**
     * The command of the child JVM that turns a recorded configuration into a cache: this JVM's flags without its
     * recording ones, then the create flags and the class path, which must be the ones the cache is used with.
     *
     * @param javaBinary     this JVM's java.
     * @param inputArguments this JVM's flags.
     * @param config         the recorded configuration.
     * @param cache          the file to write.
     * @param classPath      this JVM's class path.
     * @return the command.
     */
    static List<String> createCommand(final String javaBinary, final List<String> inputArguments, final File config,
        final File cache, final String classPath)
    {
        final List<String> command = new ArrayList<>();
        command.add(javaBinary);
        for (final String argument : inputArguments)
        {
            if (!isRecordingFlag(argument))
            {
                command.add(argument);
            }
        }
        command.add("-XX:AOTMode=create");
        command.add("-XX:AOTConfiguration=" + config.getPath());
        command.add("-XX:AOTCache=" + cache.getPath());
        command.add("-cp");
        command.add(classPath);
        return command;
    }

    private static boolean isRecordingFlag(final String argument)
    {
        for (final String prefix : RECORDING_FLAGS)
        {
            if (argument.startsWith(prefix))
            {
                return true;
            }
        }
        return false;
    }

    private static void delete(final File file)
    {
        if (!file.delete() && file.exists())
        {
            file.deleteOnExit();
        }
    }
}
