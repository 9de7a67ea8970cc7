package io.hyperjet.coordinator.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The global {@code --verbose} switch: accepted anywhere on the command line, it turns on stack traces. Freqtrade's
 * {@code -v}, {@code -vv} and {@code -vvv} (more log output there) mean the same here, so a Freqtrade command line that
 * carries them runs instead of stopping on an unknown option.
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
            if (isFlag(arg))
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
            if (!isFlag(arg))
            {
                kept.add(arg);
            }
        }
        return kept.toArray(new String[0]);
    }

    private static boolean isFlag(final String arg)
    {
        return FLAG.equals(arg) || "-v".equals(arg) || "-vv".equals(arg) || "-vvv".equals(arg);
    }
}
