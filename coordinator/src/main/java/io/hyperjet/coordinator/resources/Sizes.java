package io.hyperjet.coordinator.resources;

import java.util.Locale;

/**
 * Byte counts for people: binary units, one decimal.
 */
public final class Sizes
{
    static final long MIB = 1024L * 1024L;

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private Sizes()
    {
    }

    public static String format(final long bytes)
    {
        if (bytes < 0)
        {
            return "unknown";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024.0 && unit < UNITS.length - 1)
        {
            value /= 1024.0;
            unit++;
        }
        return 0 == unit ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
