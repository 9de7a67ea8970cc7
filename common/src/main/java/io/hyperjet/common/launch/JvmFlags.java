package io.hyperjet.common.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The JVM flags every Hyperjet JVM runs with, read from the copy of {@code etc/jvm.properties} packed into this
 * jar, so that the launcher, spawned workers and the test runner share one list.
 * <p>
 * A property may have per-JDK additions: {@code <name>.jdk<N>} (e.g. {@code hyperjet.worker.jvm.flags.jdk25}) is
 * added after {@code <name>} when the JVM's feature release is N or later, lower N first. Flags a JDK 17 JVM does not
 * know and refuses (an {@code -Xlog} tag, say) go there; bin/hyperjet and the pom's test runner apply the same rule.
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
    private static final String JDK_SUFFIX = ".jdk";

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
     * One property's flags as separate arguments, in file order, with its additions for this JVM's feature release.
     *
     * @param propName e.g. {@link #COORDINATOR_FLAGS_PROP_NAME}.
     * @return an unmodifiable list of JVM arguments, empty when the property is missing.
     */
    public static List<String> flags(final String propName)
    {
        return flags(load(), propName, Runtime.version().feature());
    }

    /**
     * One property's flags for a JVM of a given feature release: {@code propName}, then each
     * {@code propName.jdk<N>} with N at most {@code feature}, lower N first.
     *
     * @param properties the file's properties.
     * @param propName   the property.
     * @param feature    the feature release of the JVM the flags are for (17, 25, ...).
     * @return an unmodifiable list of JVM arguments, empty when none apply.
     */
    static List<String> flags(final Properties properties, final String propName, final int feature)
    {
        final TreeMap<Integer, String> byRelease = new TreeMap<>();
        final String prefix = propName + JDK_SUFFIX;
        for (final String key : properties.stringPropertyNames())
        {
            if (key.startsWith(prefix))
            {
                final int release = release(key.substring(prefix.length()), key);
                if (release <= feature)
                {
                    byRelease.put(release, properties.getProperty(key));
                }
            }
        }
        final List<String> flags = new ArrayList<>(split(properties.getProperty(propName, "")));
        byRelease.values().forEach(value -> flags.addAll(split(value)));
        return Collections.unmodifiableList(flags);
    }

    private static int release(final String digits, final String key)
    {
        if (!digits.matches("[0-9]{1,3}"))
        {
            throw new IllegalStateException(RESOURCE + ": key '" + key + "' must end in .jdk<feature release>, " +
                "e.g. .jdk25");
        }
        return Integer.parseInt(digits);
    }

    private static Properties load()
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
        return properties;
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
