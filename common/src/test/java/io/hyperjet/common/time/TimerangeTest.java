package io.hyperjet.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.hyperjet.common.UserInputException;

class TimerangeTest
{
    private static final long JAN1_2024 = 1_704_067_200L;
    private static final long FEB1_2024 = 1_706_745_600L;

    @Test
    void shouldParseDatesAsUtcMidnight()
    {
        final Timerange t = Timerange.parse("20240101-20240201");
        assertEquals(JAN1_2024, t.startSec());
        assertEquals(FEB1_2024, t.stopSec());
    }

    @Test
    void shouldParseOpenEnds()
    {
        final Timerange from = Timerange.parse("20240101-");
        assertTrue(from.hasStart());
        assertFalse(from.hasStop());
        final Timerange to = Timerange.parse("-20240201");
        assertFalse(to.hasStart());
        assertEquals(FEB1_2024, to.stopSec());
    }

    @Test
    void shouldParseEpochSecondsAndFloorEpochMs()
    {
        assertEquals(JAN1_2024, Timerange.parse("1704067200-1706745600").startSec());
        assertEquals(JAN1_2024, Timerange.parse("1704067200999-").startSec());
        assertEquals(FEB1_2024, Timerange.parse("-1706745600000").stopSec());
    }

    @Test
    void shouldRejectMixedForms()
    {
        final UserInputException ex =
            assertThrows(UserInputException.class, () -> Timerange.parse("20240101-1706745600"));
        assertTrue(ex.getMessage().contains("same form"), ex.getMessage());
    }

    @Test
    void shouldRejectStartAfterStop()
    {
        final UserInputException ex =
            assertThrows(UserInputException.class, () -> Timerange.parse("20240201-20240101"));
        assertTrue(ex.getMessage().contains("start is after stop"), ex.getMessage());
    }

    @Test
    void shouldRejectGarbageAndBareDash()
    {
        assertThrows(UserInputException.class, () -> Timerange.parse("2024-01-01"));
        assertThrows(UserInputException.class, () -> Timerange.parse("-"));
        assertThrows(UserInputException.class, () -> Timerange.parse("20241301-"));
    }

    @Test
    void shouldIncludeBothEndsOnCandleOpenTime()
    {
        final Timerange t = Timerange.parse("20240101-20240201");
        assertTrue(t.contains(JAN1_2024 * 1000));
        assertTrue(t.contains(FEB1_2024 * 1000));
        assertFalse(t.contains(FEB1_2024 * 1000 + 300_000));
        assertFalse(t.contains(JAN1_2024 * 1000 - 1));
    }

    @Test
    void shouldFilterNothingWhenEmpty()
    {
        assertTrue(Timerange.parse(null).contains(Long.MIN_VALUE));
        assertTrue(Timerange.parse("").contains(Long.MAX_VALUE));
    }
}
