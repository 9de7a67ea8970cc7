package io.hyperjet.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.data.DataFormat;

class ConfigLoaderTest
{
    @TempDir
    Path dir;

    private Path file(final String name, final String json) throws IOException
    {
        final Path f = dir.resolve(name);
        Files.writeString(f, json);
        return f;
    }

    @Test
    void shouldApplyDefaults()
    {
        final HyperjetConfig c = ConfigLoader.fromJson("{\"exchange\": {\"name\": \"binance\"}}", "mem");
        assertEquals(Path.of("user_data", "data", "binance"), c.datadir());
        assertEquals(0.99, c.trading().tradableBalanceRatio());
        assertEquals(1000.0, c.trading().dryRunWallet());
        assertEquals(-1, c.trading().maxOpenTrades());
        assertEquals(-1, c.optimization().hyperoptJobs());
        assertEquals(100L * 1024 * 1024, c.memoryMapThresholdBytes());
        assertTrue(c.optimization().useSharedMemory());
        assertTrue(c.optimization().enableSignalCache());
        assertNull(c.dataformatOhlcv());
        assertTrue(Double.isNaN(c.trading().stoploss()));
        assertTrue(c.warnings().isEmpty());
    }

    @Test
    void shouldDeepMergeLaterFilesOverEarlierOnes() throws IOException
    {
        final Path base = file("base.json", "{\"timeframe\": \"5m\", \"exchange\": {\"name\": \"binance\", " +
            "\"pair_whitelist\": [\"BTC/USDT\"]}, \"minimal_roi\": {\"0\": 0.1, \"30\": 0.05}}");
        final Path over = file("over.json", "{\"timeframe\": \"1h\", " +
            "\"exchange\": {\"pair_whitelist\": [\".*/BTC\"]}, \"minimal_roi\": {\"0\": 0.2}}");
        final HyperjetConfig c = new ConfigLoader().file(base).file(over).load();
        assertEquals("1h", c.timeframe());
        assertEquals("binance", c.exchangeName());
        assertEquals(List.of(".*/BTC"), c.pairWhitelist());
        assertEquals(Map.of(0, 0.2, 30, 0.05), c.trading().minimalRoi());
        assertEquals(over.toString(), c.source("exchange.pair_whitelist"));
        assertEquals(base.toString(), c.source("exchange.name"));
    }

    @Test
    void shouldMergeAddConfigFilesUnderTheFileThatListsThem() throws IOException
    {
        Files.createDirectories(dir.resolve("conf/private"));
        final Path secret = file("conf/private/exchange.json", "{\"exchange\": {\"name\": \"okx\", " +
            "\"pair_whitelist\": [\"ETH/USDT\"]}, \"max_open_trades\": 9}");
        final Path common = file("conf/common.json", "{\"add_config_files\": [\"private/exchange.json\"], " +
            "\"timeframe\": \"1h\", \"max_open_trades\": 5, \"stake_amount\": 10}");
        final Path main = file("conf/main.json", "{\"add_config_files\": [\"common.json\"], " +
            "\"exchange\": {\"pair_whitelist\": [\"BTC/USDT\"]}, \"stake_amount\": 20}");
        final HyperjetConfig c = new ConfigLoader().file(main).load();
        assertEquals("okx", c.exchangeName());
        assertEquals(List.of("BTC/USDT"), c.pairWhitelist());
        assertEquals("1h", c.timeframe());
        assertEquals(5, c.trading().maxOpenTrades());
        assertEquals(20.0, c.trading().stakeAmount());
        assertEquals(secret.toString(), c.source("exchange.name"));
        assertEquals(common.toString(), c.source("timeframe"));
        assertEquals(main.toString(), c.source("stake_amount"));
        assertTrue(c.warnings().isEmpty(), c.warnings().toString());

        final Path later = file("later.json", "{\"timeframe\": \"4h\"}");
        assertEquals("4h", new ConfigLoader().file(main).file(later).load().timeframe());
        assertEquals("4h", new ConfigLoader().file(file("empty.json", "{\"add_config_files\": [], " +
            "\"timeframe\": \"4h\"}")).load().timeframe());
    }

    @Test
    void shouldNameTheListingFileOfAMissingOrLoopingAddConfigFile() throws IOException
    {
        final Path missing = file("missing.json", "{\"add_config_files\": [\"nope.json\"]}");
        UserInputException ex = assertThrows(UserInputException.class, () -> new ConfigLoader().file(missing).load());
        assertEquals("config key 'add_config_files' in " + missing + ": " + dir.resolve("nope.json") +
            ": config file not found", ex.getMessage());

        final Path loop = file("loop.json", "{\"add_config_files\": [\"loop.json\"]}");
        ex = assertThrows(UserInputException.class, () -> new ConfigLoader().file(loop).load());
        assertEquals("config key 'add_config_files' in " + loop + ": more than 5 levels of add_config_files " +
            "(does a file list itself?)", ex.getMessage());

        final Path notList = file("notlist.json", "{\"add_config_files\": \"other.json\"}");
        ex = assertThrows(UserInputException.class, () -> new ConfigLoader().file(notList).load());
        assertEquals("config key 'add_config_files' in " + notList + ": expected a list of strings, " +
            "got \"other.json\"", ex.getMessage());
    }

    @Test
    void shouldLetCommandLineOverrideFiles() throws IOException
    {
        final Path base = file("c.json", "{\"timeframe\": \"5m\", \"datadir\": \"/data\"}");
        final HyperjetConfig c = new ConfigLoader().file(base).override("timeframe", "15m")
            .override("timerange", null).override("exchange.pair_whitelist", List.of("ETH/BTC")).load();
        assertEquals("15m", c.timeframe());
        assertEquals(List.of("ETH/BTC"), c.pairWhitelist());
        assertEquals(ConfigLoader.COMMAND_LINE, c.source("timeframe"));
        assertFalse(c.has("timerange"));
    }

    @Test
    void shouldRejectWrongTypeNamingKeyAndFile() throws IOException
    {
        final Path f = file("bad.json", "{\"max_open_trades\": \"five\"}");
        final UserInputException ex = assertThrows(UserInputException.class, () -> new ConfigLoader().file(f).load());
        assertTrue(ex.getMessage().startsWith("config key 'max_open_trades' in " + f), ex.getMessage());
        assertTrue(ex.getMessage().contains("expected an integer >= -1"), ex.getMessage());
    }

    @Test
    void shouldRejectAnOrderTypeOtherThanLimitOrMarketNamingTheField()
    {
        final UserInputException ex = assertThrows(UserInputException.class, () -> ConfigLoader.fromJson(
            "{\"order_types\": {\"entry\": \"limit\", \"exit\": \"limt\", \"stoploss\": \"market\"}}", "c.json"));
        assertEquals("config key 'order_types' in c.json: expected \"limit\" or \"market\" for 'exit', got " +
            "{\"entry\":\"limit\",\"exit\":\"limt\",\"stoploss\":\"market\"}", ex.getMessage());
        assertThrows(UserInputException.class, () -> ConfigLoader.fromJson(
            "{\"order_types\": {\"stoploss_on_exchange\": \"false\"}}", "c.json"));
        ConfigLoader.fromJson("{\"order_types\": {\"entry\": \"limit\", \"exit\": \"market\", \"emergency_exit\": " +
            "\"market\", \"force_entry\": \"market\", \"force_exit\": \"market\", \"stoploss\": \"market\", " +
            "\"stoploss_on_exchange\": false, \"stoploss_on_exchange_interval\": 60}}", "c.json");
    }

    /* Freqtrade renames the old fields and requires four; unread old fields or missing ones would leave the
       strategy's order types in place, which decide whether a .py strategy's custom prices are called. */
    @Test
    void shouldRejectOldOrIncompleteOrderTypesNamingTheField()
    {
        final UserInputException old = assertThrows(UserInputException.class, () -> ConfigLoader.fromJson(
            "{\"order_types\": {\"buy\": \"market\", \"sell\": \"market\", \"stoploss\": \"market\", " +
            "\"stoploss_on_exchange\": false}}", "c.json"));
        assertTrue(old.getMessage().startsWith("config key 'order_types' in c.json: expected the new field names: " +
            "'entry' for 'buy'"), old.getMessage());
        final UserInputException missing = assertThrows(UserInputException.class, () -> ConfigLoader.fromJson(
            "{\"order_types\": {\"entry\": \"market\"}}", "c.json"));
        assertTrue(missing.getMessage().startsWith("config key 'order_types' in c.json: expected 'exit' set too"),
            missing.getMessage());
    }

    @Test
    void shouldRejectOutOfRangeValues()
    {
        assertThrows(UserInputException.class, () -> ConfigLoader.fromJson("{\"stoploss\": 0.1}", "m"));
        assertThrows(UserInputException.class, () -> ConfigLoader.fromJson("{\"tradable_balance_ratio\": 1.5}", "m"));
        assertThrows(UserInputException.class, () -> ConfigLoader.fromJson("{\"hyperopt_batch_size\": 0}", "m"));
        assertThrows(UserInputException.class, () -> ConfigLoader.fromJson("{\"timeframe\": \"5x\"}", "m"));
        assertThrows(UserInputException.class, () -> ConfigLoader.fromJson("{\"timerange\": \"2024-\"}", "m"));
        assertThrows(UserInputException.class, () -> ConfigLoader.fromJson("{\"dataformat_ohlcv\": \"hdf5\"}", "m"));
        assertThrows(UserInputException.class, () -> ConfigLoader.fromJson("{\"minimal_roi\": {\"x\": 1}}", "m"));
        assertThrows(UserInputException.class, () -> ConfigLoader.fromJson("{\"stake_amount\": \"all\"}", "m"));
    }

    @Test
    void shouldAcceptUnlimitedStakeAndFormats()
    {
        final HyperjetConfig c = ConfigLoader.fromJson(
            "{\"stake_amount\": \"unlimited\", \"dataformat_ohlcv\": \"jsongz\", \"max_open_trades\": 3}", "m");
        assertTrue(c.trading().isStakeAmountUnlimited());
        assertTrue(Double.isNaN(c.trading().stakeAmount()));
        assertEquals(DataFormat.JSONGZ, c.dataformatOhlcv());
        assertEquals(3, c.trading().maxOpenTrades());
    }

    @Test
    void shouldWarnAboutUnknownKeysOnly() throws IOException
    {
        final Path f = file("w.json", "{\"dry_run\": true, \"telegram\": {}, \"pairlists\": [], " +
            "\"api_server\": {}, \"max_open_trade\": 3}");
        final HyperjetConfig c = new ConfigLoader().file(f).load();
        assertEquals(List.of("config key 'max_open_trade' in " + f + " is unknown to Hyperjet and ignored; did you " +
            "mean 'max_open_trades'?"), c.warnings());
    }

    @Test
    void shouldTakeARelativePythonExecutableFromTheCurrentDirectory() throws IOException
    {
        final HyperjetConfig relative = new ConfigLoader().file(file("p.json",
            "{\"python_executable\": \"./venv/bin/python\"}")).load();
        assertEquals(Path.of("venv/bin/python").toAbsolutePath().toString(),
            relative.raw().get("python_executable").asText());
        final HyperjetConfig bare = new ConfigLoader().file(file("q.json",
            "{\"python_executable\": \"python3\"}")).load();
        assertEquals("python3", bare.raw().get("python_executable").asText());
    }

    @Test
    void shouldSuggestTheKeyAMisspeltOneMeantAndOnlyANearOne() throws IOException
    {
        final Path f = file("s.json", "{\"stoplos\": -0.1, \"my_own_note\": \"x\", \"exchange\": {\"name\": " +
            "\"binance\", \"pair_whitlist\": [\"BTC/USDT\"], \"ccxt_config\": {}, \"sandbox\": false}}");
        final HyperjetConfig c = new ConfigLoader().file(f).load();
        assertEquals(List.of(
            "config key 'stoplos' in " + f + " is unknown to Hyperjet and ignored; did you mean 'stoploss'?",
            "config key 'my_own_note' in " + f + " is unknown to Hyperjet and ignored",
            "config key 'exchange.pair_whitlist' in " + f + " is unknown to Hyperjet and ignored; did you mean " +
                "'exchange.pair_whitelist'?"), c.warnings());
    }

    @Test
    void shouldRejectMissingAndMalformedFiles() throws IOException
    {
        final Path missing = dir.resolve("none.json");
        final UserInputException ex1 =
            assertThrows(UserInputException.class, () -> new ConfigLoader().file(missing).load());
        assertEquals(missing + ": config file not found", ex1.getMessage());
        // a directory (e.g. -c user_data) is not "not found": say what it is and what to give instead
        final UserInputException exDir =
            assertThrows(UserInputException.class, () -> new ConfigLoader().file(dir).load());
        assertEquals(dir + ": is a directory, not a config file; give the JSON file (e.g. -c " +
            dir.resolve("config.json") + ")", exDir.getMessage());
        final Path broken = file("broken.json", "{\"timeframe\": \"5m\",\n \"x\": }");
        final UserInputException ex2 =
            assertThrows(UserInputException.class, () -> new ConfigLoader().file(broken).load());
        assertTrue(ex2.getMessage().startsWith(broken + ": invalid JSON at line 2"), ex2.getMessage());
    }

    @Test
    void shouldAllowCommentsAndTrailingCommas()
    {
        final HyperjetConfig c = ConfigLoader.fromJson("{// comment\n\"timeframe\": \"5m\",}", "m");
        assertEquals("5m", c.timeframe());
    }

    @Test
    void shouldFollowPerformanceSwitchUnlessSetIndividually()
    {
        final HyperjetConfig c = ConfigLoader.fromJson(
            "{\"enable_performance_optimizations\": false, \"enable_signal_cache\": true}", "m");
        assertFalse(c.optimization().enableVectorizedBacktesting());
        assertFalse(c.optimization().enableIndicatorCache());
        assertTrue(c.optimization().enableSignalCache());
    }

    @Test
    void shouldTurnSharedMemoryAndNumpyOffWithPerformanceSwitchUnlessSetIndividually()
    {
        final HyperjetConfig off = ConfigLoader.fromJson("{\"enable_performance_optimizations\": false}", "m");
        assertFalse(off.optimization().useSharedMemory());
        assertFalse(off.optimization().numpyOptimizations());
        final HyperjetConfig mixed = ConfigLoader.fromJson(
            "{\"enable_performance_optimizations\": false, \"use_shared_memory\": true}", "m");
        assertTrue(mixed.optimization().useSharedMemory());
    }

    @Test
    void shouldExposeRawTreeForOtherModules()
    {
        final HyperjetConfig c = ConfigLoader.fromJson(
            "{\"exchange\": {\"name\": \"kraken\", \"markets_refresh_interval\": 60}}", "m");
        assertEquals(60, c.raw().get("exchange").get("markets_refresh_interval").asInt());
        assertEquals(60, c.node("exchange.markets_refresh_interval").asInt());
    }

    @Test
    void shouldRequireDatadirOrExchangeName()
    {
        final HyperjetConfig c = ConfigLoader.fromJson("{\"user_data_dir\": \"/ud\"}", "m");
        final UserInputException ex = assertThrows(UserInputException.class, c::datadir);
        assertTrue(ex.getMessage().contains("set datadir or exchange.name"), ex.getMessage());
        assertEquals(Path.of("/ud/data/kraken"),
            ConfigLoader.fromJson("{\"user_data_dir\": \"/ud\", \"exchange\": {\"name\": \"kraken\"}}", "m").datadir());
    }
}
