package io.hyperjet.worker.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PyDatesTest
{
    @Test
    void shouldWritePythonDatetimeStr()
    {
        assertEquals("2018-01-10 07:15:00+00:00", PyDates.str(1515568500000L));
        assertEquals("2018-01-10 07:15:00.001000+00:00", PyDates.str(1515568500001L));
        assertEquals(PyDates.EPOCH_STR, PyDates.str(0L));
    }

    @Test
    void shouldWritePrintFormatAndDays()
    {
        assertEquals("2018-01-16 19:30:00", PyDates.print(1516131000000L));
        assertEquals("2018-01-16", PyDates.isoDay(1516131000000L / 86_400_000L));
        assertEquals("04/03/2024", PyDates.dayMonthYear(java.time.LocalDate.of(2024, 3, 4).toEpochDay()));
    }
}
