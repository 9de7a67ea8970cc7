package io.hyperjet.worker.process;

/**
 * A JVM for {@link ClassArchiveDumpTest}: writes the AOT cache the system properties ask for, as a training worker
 * does after its first epochs, and exits 0 when it was written; without them it just exits 0.
 */
public final class AotTrainingChild
{
    private AotTrainingChild()
    {
    }

    public static void main(final String[] args)
    {
        final ClassArchiveDump dump = ClassArchiveDump.fromSystemProperties();
        if (null != System.getProperty(ClassArchiveDump.CACHE_PROP_NAME) && !dump.dump())
        {
            System.exit(1);
        }
    }
}
