package io.hyperjet.worker.strategy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.hyperjet.common.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParamsFileTest
{
    static final class Tuned extends ParameterTest.NoSignals
    {
        final IntParameter buyA = new IntParameter(1, 50, 10);
        final IntParameter buyB = new IntParameter(1, 50, 11);
        final IntParameter buyC = new IntParameter(1, 50, 12);
        final IntParameter buyNoLoad = new IntParameter(1, 50, 13, "buy", true, false);
        final DecimalParameter sellX = new DecimalParameter(0.0, 1.0, 0.5, 2);

        Tuned()
        {
            stoploss = -0.2;
            minimalRoi = roi(0, 0.1);
            buyParams = Map.of("buy_a", 20, "buy_b", 21, "buy_no_load", 22);
        }
    }

    @TempDir
    Path dir;

    private Path write(final String json) throws IOException
    {
        final Path file = dir.resolve("Tuned.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void shouldPreferFileThenStrategyParamsThenDefault() throws IOException
    {
        final Tuned s = new Tuned();
        ParamsFile.apply(s, write("{\"strategy_name\": \"Tuned\", \"params\": {\"buy\": {\"buy_a\": 30, " +
            "\"buy_no_load\": 31}, \"sell\": {\"sell_x\": 0.25}}}"));
        assertEquals(30, s.buyA.value());
        assertEquals(21, s.buyB.value());
        assertEquals(12, s.buyC.value());
        assertEquals(13, s.buyNoLoad.value());
        assertEquals(0.25, s.sellX.value());
    }

    @Test
    void shouldUseStrategyParamsWithoutFile()
    {
        final Tuned s = new Tuned();
        ParamsFile.apply(s, dir.resolve("Absent.json"));
        assertEquals(20, s.buyA.value());
        assertEquals(13, s.buyNoLoad.value());
    }

    @Test
    void shouldApplyRoiStoplossTrailingAndTradesSections() throws IOException
    {
        final Tuned s = new Tuned();
        ParamsFile.apply(s, write("{\"strategy_name\": \"Tuned\", \"params\": {" +
            "\"roi\": {\"0\": 0.21, \"32\": 0.064, \"94\": 0}, \"stoploss\": {\"stoploss\": -0.05}," +
            "\"trailing\": {\"trailing_stop\": true, \"trailing_stop_positive\": null," +
            " \"trailing_stop_positive_offset\": 0.02, \"trailing_only_offset_is_reached\": true}," +
            "\"max_open_trades\": {\"max_open_trades\": 3}}}"));
        assertEquals(Map.of(0, 0.21, 32, 0.064, 94, 0.0), s.minimalRoi());
        assertEquals(-0.05, s.stoploss());
        assertTrue(s.trailingStop());
        assertTrue(Double.isNaN(s.trailingStopPositive()));
        assertEquals(0.02, s.trailingStopPositiveOffset());
        assertTrue(s.trailingOnlyOffsetIsReached());
        assertEquals(3, s.maxOpenTrades());
    }

    @Test
    void shouldRejectFileOfAnotherStrategy() throws IOException
    {
        final Path file = write("{\"strategy_name\": \"Other\", \"params\": {}}");
        final UserInputException ex = assertThrows(UserInputException.class, () -> ParamsFile.apply(new Tuned(), file));
        assertEquals(file + ": strategy_name \"Other\" does not match strategy Tuned", ex.getMessage());
    }

    @Test
    void shouldNameFileAndParameterForBadValue() throws IOException
    {
        final Path file = write("{\"strategy_name\": \"Tuned\", \"params\": {\"buy\": {\"buy_a\": 2.5}}}");
        final UserInputException ex = assertThrows(UserInputException.class, () -> ParamsFile.apply(new Tuned(), file));
        assertEquals(file + ": parameter buy_a needs an integer, got 2.5", ex.getMessage());
    }
}
