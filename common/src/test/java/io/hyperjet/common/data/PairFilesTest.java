package io.hyperjet.common.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairFilesTest
{
    @TempDir
    Path dir;

    @Test
    void shouldNameSpotFiles()
    {
        assertEquals("ETH_BTC-5m.feather", PairFiles.fileName("ETH/BTC", "5m", DataFormat.FEATHER));
        assertEquals("A_B_C_D_E_F_G-1h.json.gz", PairFiles.fileName("A/B C.D@E$F+G", "1h", DataFormat.JSONGZ));
        assertEquals("BTC_USDT-1Mo.parquet", PairFiles.fileName("BTC/USDT", "1M", DataFormat.PARQUET));
    }

    @Test
    void shouldPutFuturesUnderFuturesDir()
    {
        assertEquals(dir.resolve("futures").resolve("BTC_USDT_USDT-1h-futures.feather"),
            PairFiles.path(dir, "BTC/USDT:USDT", "1h", DataFormat.FEATHER));
    }

    @Test
    void shouldParseFileNamesBackToPairs()
    {
        final DataFileName spot = PairFiles.parse("ETH_BTC-5m.json.gz");
        assertEquals(new DataFileName("ETH/BTC", "5m", "spot", DataFormat.JSONGZ), spot);
        assertEquals(new DataFileName("BTC/USDT:USDT", "1h", "futures", DataFormat.FEATHER),
            PairFiles.parse("BTC_USDT_USDT-1h-futures.feather"));
        assertEquals("1M", PairFiles.parse("BTC_USDT-1Mo.csv").timeframe());
        assertNull(PairFiles.parse("README.md"));
    }

    @Test
    void shouldDetectFormatInFixedOrderAndFallBackToPlainMonthSpelling() throws IOException
    {
        Files.createFile(dir.resolve("ETH_BTC-5m.json"));
        Files.createFile(dir.resolve("ETH_BTC-5m.parquet"));
        assertEquals(dir.resolve("ETH_BTC-5m.parquet"), PairFiles.find(dir, "ETH/BTC", "5m", null));
        assertEquals(dir.resolve("ETH_BTC-5m.json"), PairFiles.find(dir, "ETH/BTC", "5m", DataFormat.JSON));
        Files.createFile(dir.resolve("ETH_BTC-1M.feather"));
        assertEquals(dir.resolve("ETH_BTC-1M.feather"), PairFiles.find(dir, "ETH/BTC", "1M", null));
        assertNull(PairFiles.find(dir, "ETH/BTC", "1h", null));
    }

    @Test
    void shouldListPairsOfATimeframe() throws IOException
    {
        Files.createFile(dir.resolve("ETH_BTC-5m.json"));
        Files.createFile(dir.resolve("ADA_BTC-5m.feather"));
        Files.createFile(dir.resolve("ADA_BTC-1h.feather"));
        Files.createFile(dir.resolve("notes.txt"));
        assertEquals(List.of("ADA/BTC", "ETH/BTC"), DataDirectory.pairs(dir, "5m"));
        assertEquals(3, DataDirectory.list(dir).size());
    }
}
