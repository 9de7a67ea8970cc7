package io.hyperjet.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.hyperjet.common.UserInputException;

class TimeframesTest
{
    @Test
    void shouldConvertEveryUnitToSeconds()
    {
        assertEquals(30, Timeframes.seconds("30s"));
        assertEquals(300, Timeframes.seconds("5m"));
        assertEquals(3600, Timeframes.seconds("1h"));
        assertEquals(86_400, Timeframes.seconds("1d"));
        assertEquals(604_800, Timeframes.seconds("1w"));
        assertEquals(2_592_000, Timeframes.seconds("1M"));
        assertEquals(31_536_000, Timeframes.seconds("1y"));
    }

    @Test
    void shouldConvertToWholeMinutes()
    {
        assertEquals(43_200, Timeframes.minutes("1M"));
        assertEquals(5, Timeframes.minutes("5m"));
        assertEquals(0, Timeframes.minutes("30s"));
    }

    @Test
    void shouldSpellMonthAsMoInFileNames()
    {
        assertEquals("1Mo", Timeframes.fileSpelling("1M"));
        assertEquals("1m", Timeframes.fileSpelling("1m"));
        assertEquals("1M", Timeframes.fromFileSpelling("1Mo"));
    }

    @Test
    void shouldRejectMalformedTimeframes()
    {
        assertThrows(UserInputException.class, () -> Timeframes.seconds("5x"));
        assertThrows(UserInputException.class, () -> Timeframes.seconds("m"));
        assertThrows(UserInputException.class, () -> Timeframes.seconds("0m"));
        assertFalse(Timeframes.isValid("-5m"));
    }
}
