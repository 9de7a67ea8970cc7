package io.hyperjet.coordinator.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The global {@code --verbose} switch: accepted anywhere on the command line, it turns on stack traces.
 */
final class Verbosity
{
    static final String FLAG = "--verbose";

    private Verbosity()
    {
    }

    static boolean isVerbose(final String[] args)
    {
        for (final String arg : args)
        {
            if (FLAG.equals(arg))
            {
                return true;
            }
        }
        return false;
    }

    static String[] withoutVerbose(final String[] args)
    {
        final List<String> kept = new ArrayList<>(args.length);
        for (final String arg : args)
        {
            if (!FLAG.equals(arg))
            {
                kept.add(arg);
            }
        }
        return kept.toArray(new String[0]);
    }
}
