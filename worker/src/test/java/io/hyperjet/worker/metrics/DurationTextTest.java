package io.hyperjet.worker.metrics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DurationTextTest
{
    @Test
    void shouldWriteHoursMinutesSeconds()
    {
        assertEquals("0:00:00", DurationText.ofMinutes(0));
        assertEquals("3:40:00", DurationText.ofMinutes(220));
        assertEquals("23:59:00", DurationText.ofMinutes(1439));
    }

    @Test
    void shouldWriteSingularAndPluralDays()
    {
        assertEquals("1 day, 0:00:00", DurationText.ofMinutes(1440));
        assertEquals("1 day, 5:57:00", DurationText.ofMinutes(1797));
        assertEquals("2 days, 19:00:00", DurationText.ofMinutes(4020));
    }

    @Test
    void shouldRoundMeanMinutesHalfToEven()
    {
        assertEquals(2, DurationText.roundMinutes(2.5));
        assertEquals(4, DurationText.roundMinutes(3.5));
        assertEquals(3, DurationText.roundMinutes(2.5000001));
    }
}
