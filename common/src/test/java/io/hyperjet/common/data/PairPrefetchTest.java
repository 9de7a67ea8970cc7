package io.hyperjet.common.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.common.time.Timerange;

@Timeout(60)
class PairPrefetchTest
{
    @TempDir
    Path dir;

    private void write(final String pair, final DataFormat format, final int rows)
    {
        CandleFiles.write(PairFiles.path(dir, pair, "5m", format), format, TestFrames.sample(pair, rows));
    }

    private PairLoader loader(final String... pairs)
    {
        return new PairLoader().datadir(dir).pairs(List.of(pairs)).timeframe("5m");
    }

    @AfterEach
    void checkNoLoaderThreadLeft()
    {
        for (final Thread thread : Thread.getAllStackTraces().keySet())
        {
            assertFalse("hyperjet-pair-loader".equals(thread.getName()) && thread.isAlive(), "loader thread left");
        }
    }

    @Test
    void shouldHandTheSameFramesInLoaderOrderOnTheCallingThread()
    {
        write("A/B", DataFormat.FEATHER, 100);
        write("C/B", DataFormat.JSONGZ, 50);
        write("D/B", DataFormat.CSV, 20);
        write("E/B", DataFormat.PARQUET, 70);
        final List<PairFrame> direct = new ArrayList<>();
        loader("C/B", "A/B", "D/B", "E/B").load(direct::add);
        final List<PairFrame> prefetched = new ArrayList<>();
        final Thread caller = Thread.currentThread();
        final int loaded = PairPrefetch.load(loader("C/B", "A/B", "D/B", "E/B"), (frame) ->
        {
            assertEquals(caller, Thread.currentThread());
            prefetched.add(frame);
        });
        assertEquals(4, loaded);
        assertEquals(direct.size(), prefetched.size());
        for (int i = 0; i < direct.size(); i++)
        {
            assertEquals(direct.get(i).pair(), prefetched.get(i).pair());
            FrameAssert.assertSameColumns(direct.get(i), prefetched.get(i));
        }
    }

    @Test
    void shouldReportPairsWithoutDataInOrder()
    {
        write("A/B", DataFormat.JSON, 10);
        final List<String> seen = new ArrayList<>();
        final int loaded = PairPrefetch.load(loader("A/B").timerange(Timerange.parse("20300101-")),
            new PairFrameHandler()
            {
                @Override
                public void onPair(final PairFrame frame)
                {
                    seen.add(frame.pair());
                }

                @Override
                public void onNoData(final String pair, final Path file)
                {
                    seen.add("none " + pair);
                }
            });
        assertEquals(0, loaded);
        assertEquals(List.of("none A/B"), seen);
    }

    @Test
    void shouldRethrowALoaderFailureAfterThePairsBeforeIt() throws IOException
    {
        write("A/B", DataFormat.CSV, 10);
        write("C/B", DataFormat.CSV, 10);
        Files.writeString(PairFiles.path(dir, "C/B", "5m", DataFormat.CSV), "not,a,candle,file\nx");
        final List<String> seen = new ArrayList<>();
        final List<String> direct = new ArrayList<>();
        final RuntimeException expected = assertThrows(RuntimeException.class,
            () -> loader("A/B", "C/B").load((frame) -> direct.add(frame.pair())));
        final RuntimeException actual = assertThrows(RuntimeException.class,
            () -> PairPrefetch.load(loader("A/B", "C/B"), (frame) -> seen.add(frame.pair())));
        assertEquals(List.of("A/B"), seen);
        assertEquals(direct, seen);
        assertEquals(expected.getClass(), actual.getClass());
        assertEquals(expected.getMessage(), actual.getMessage());
    }

    @Test
    void shouldStopTheLoaderWhenTheHandlerFails()
    {
        for (int i = 0; i < 6; i++)
        {
            write("P" + i + "/B", DataFormat.FEATHER, 50);
        }
        final UncheckedIOException failure = new UncheckedIOException(new IOException("disk full"));
        final UncheckedIOException thrown = assertThrows(UncheckedIOException.class,
            () -> PairPrefetch.load(loader("P0/B", "P1/B", "P2/B", "P3/B", "P4/B", "P5/B"), (frame) ->
            {
                throw failure;
            }));
        assertEquals(failure, thrown);
    }
}
