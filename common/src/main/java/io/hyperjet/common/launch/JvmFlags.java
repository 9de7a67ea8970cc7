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
        final String value = properties.getProperty(propName, "").trim();
        final List<String> flags = new ArrayList<>();
        for (final String flag : value.split("\\s+"))
        {
            if (!flag.isEmpty())
            {
                flags.add(flag);
            }
        }
        return Collections.unmodifiableList(flags);
    }
}
