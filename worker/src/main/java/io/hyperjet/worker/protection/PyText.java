package io.hyperjet.worker.protection;

import io.hyperjet.worker.report.PyFloat;

/**
 * Values as Python's {@code str()} prints them in an f-string, for the lock reasons (protections.md 4.5): floats as
 * {@code repr} (shortest round-trip digits, exponent form below 1e-4 and from 1e16), integers without a decimal
 * point, booleans as {@code True}/{@code False}. Only used when a lock is created, so speed does not matter.
 */
final class PyText
{
    private PyText()
    {
    }

    static String str(final Object value)
    {
        if (value instanceof Double || value instanceof Float)
        {
            return PyFloat.repr(((Number)value).doubleValue());
        }
        if (value instanceof Boolean)
        {
            return (Boolean)value ? "True" : "False";
        }
        return String.valueOf(value);
    }

    /** Freqtrade's {@code plural}: the singular exactly for 1 and -1. */
    static String count(final long n, final String singular, final String plural)
    {
        return n + " " + (n == 1 || n == -1 ? singular : plural);
    }
}
