package io.hyperjet.coordinator.cluster;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.hyperjet.shm.channel.EpochFigures;
import io.hyperjet.shm.channel.EpochResult;
import io.hyperjet.shm.channel.EpochTask;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BatchCodecTest
{
    @Test
    void shouldCarryTasksBitForBit()
    {
        final Random random = new Random(7);
        for (int round = 0; round < 200; round++)
        {
            final EpochTask task = new EpochTask(random.nextInt(100_000) + 1, doubles(random),
                "{\"buy\":{\"x\":" + random.nextInt() + ",\"name\":\"é€\"}}", random.nextDouble());
            final EpochTask back = BatchCodec.decodeTasks(BatchCodec.encodeTasks(List.of(task))).get(0);
            assertEquals(task.epoch(), back.epoch());
            assertArrayEquals(bits(task.point()), bits(back.point()));
            assertEquals(task.paramsJson(), back.paramsJson());
            assertEquals(Double.doubleToRawLongBits(task.fullBelow()), Double.doubleToRawLongBits(back.fullBelow()));
        }
    }

    @Test
    void shouldCarryResultsBitForBitWithNullsAndNaNs()
    {
        final Random random = new Random(11);
        final double oddNaN = Double.longBitsToDouble(0x7ff8_0000_0000_1234L);
        for (int round = 0; round < 200; round++)
        {
            final EpochFigures figures = new EpochFigures(random.nextInt(), random.nextInt(), random.nextInt(),
                random.nextInt(), random.nextInt(), random.nextInt(), random.nextGaussian(), oddNaN,
                random.nextGaussian(), -0.0, random.nextLong(), random.nextBoolean(), random.nextGaussian(),
                Double.NEGATIVE_INFINITY);
            final EpochResult result = new EpochResult(round + 1, random.nextInt(9), random.nextBoolean(),
                random.nextBoolean() ? oddNaN : random.nextGaussian(), random.nextLong(), doubles(random),
                "{\"a\":" + round + "}", figures, random.nextBoolean() ? null : "{\"trades\":[" + round + "]}",
                random.nextBoolean() ? null : "{}");
            final EpochResult back = BatchCodec.decodeResults(BatchCodec.encodeResults(List.of(result, result)))
                .get(1);
            assertEquals(result.epoch(), back.epoch());
            assertEquals(result.workerId(), back.workerId());
            assertEquals(result.failed(), back.failed());
            assertEquals(Double.doubleToRawLongBits(result.loss()), Double.doubleToRawLongBits(back.loss()));
            assertEquals(result.evalNanos(), back.evalNanos());
            assertArrayEquals(bits(result.point()), bits(back.point()));
            assertEquals(result.paramsJson(), back.paramsJson());
            assertEquals(result.metricsJson(), back.metricsJson());
            assertEquals(result.extrasJson(), back.extrasJson());
            assertEquals(Double.doubleToRawLongBits(figures.profitMedian()),
                Double.doubleToRawLongBits(back.figures().profitMedian()));
            assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(back.figures().profitTotalAbs()));
            assertEquals(figures.holdingAvgMinutes(), back.figures().holdingAvgMinutes());
            assertEquals(figures.hasDrawdown(), back.figures().hasDrawdown());
            assertEquals(figures.totalTrades(), back.figures().totalTrades());
            assertEquals(figures.maxDrawdownAccount(), back.figures().maxDrawdownAccount());
        }
    }

    private static double[] doubles(final Random random)
    {
        final double[] values = new double[random.nextInt(12)];
        for (int i = 0; i < values.length; i++)
        {
            values[i] = random.nextGaussian() * 1e6;
        }
        return values;
    }

    private static long[] bits(final double[] values)
    {
        final long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++)
        {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return bits;
    }
}
