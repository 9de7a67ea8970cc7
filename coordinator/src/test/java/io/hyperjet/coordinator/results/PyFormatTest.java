package io.hyperjet.coordinator.results;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PyFormatTest
{
    @Test
    void shouldGroupThousands()
    {
        assertEquals("1,234,567.89", PyFormat.grouped(1234567.891, 2));
        assertEquals("-123.00", PyFormat.grouped(-123.0, 2));
        assertEquals("-1,000.0", PyFormat.grouped(-1000.0, 1));
    }

    @Test
    void shouldFormatFloatsLikePythonRepr()
    {
        assertEquals("1.5", PyFormat.repr(1.5));
        assertEquals("100.0", PyFormat.repr(100.0));
        assertEquals("1e-05", PyFormat.repr(0.00001));
        assertEquals("0.0001", PyFormat.repr(0.0001));
        assertEquals("1e+16", PyFormat.repr(1e16));
        assertEquals("1234567.0", PyFormat.repr(1234567.0));
        assertEquals("-2.5e-07", PyFormat.repr(-2.5e-7));
    }
}
