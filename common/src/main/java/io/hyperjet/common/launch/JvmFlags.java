package io.hyperjet.common.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * The JVM flags every Hyperjet JVM runs with, read from the copy of {@code etc/jvm.properties} packed into this
 * jar, so that the launcher, spawned workers and the test runner share one list.
 */
public final class JvmFlags
{
    public static final String FLAGS_PROP_NAME = "hyperjet.jvm.flags";
    /** Added for the coordinator JVM only (not workers, not tests). */
    public static final String COORDINATOR_FLAGS_PROP_NAME = "hyperjet.coordinator.jvm.flags";
    /** Added as well for a coordinator running {@code hyperopt} with worker JVMs (not {@code --in-process}). */
    public static final String COORDINATOR_HYPEROPT_FLAGS_PROP_NAME = "hyperjet.coordinator.hyperopt.jvm.flags";
    /** Added for worker JVMs (spawned by the coordinator's worker pool), after the common flags. */
    public static final String WORKER_FLAGS_PROP_NAME = "hyperjet.worker.jvm.flags";
    /**
     * Environment variable whose flags a worker JVM gets last, after the file's, so they win (a profiler or a
     * diagnostic flag for the workers of one run). The launcher's {@code HYPERJET_JAVA_OPTS} reaches only the
     * coordinator JVM.
     */
    public static final String WORKER_OPTS_ENV_NAME = "HYPERJET_WORKER_JAVA_OPTS";
    private static final String RESOURCE = "jvm.properties";

    private JvmFlags()
    {
    }

    /**
     * The flags as separate arguments, in file order.
     *
     * @return an unmodifiable list of JVM arguments.
     */
    public static List<String> flags()
    {
        return flags(FLAGS_PROP_NAME);
    }

    /**
     * One property's flags as separate arguments, in file order.
     *
     * @param propName e.g. {@link #COORDINATOR_FLAGS_PROP_NAME}.
     * @return an unmodifiable list of JVM arguments, empty when the property is missing.
     */
    public static List<String> flags(final String propName)
    {
        final Properties properties = new Properties();
        try (InputStream in = JvmFlags.class.getResourceAsStream(RESOURCE))
        {
            if (null == in)
            {
                throw new IllegalStateException("missing resource " + RESOURCE + " in the hyperjet-common jar");
            }
            properties.load(in);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + RESOURCE, ex);
        }
        return split(properties.getProperty(propName, ""));
    }

    /**
     * Flags separated by white space, as the property file and {@link #WORKER_OPTS_ENV_NAME} hold them.
     *
     * @param value the flags, may be null.
     * @return an unmodifiable list of JVM arguments, empty for null or blank.
     */
    public static List<String> split(final String value)
    {
        final List<String> flags = new ArrayList<>();
        if (null != value)
        {
            for (final String flag : value.trim().split("\\s+"))
            {
                if (!flag.isEmpty())
                {
                    flags.add(flag);
                }
            }
        }
        return Collections.unmodifiableList(flags);
    }
}
