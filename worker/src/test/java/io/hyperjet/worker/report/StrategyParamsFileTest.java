package io.hyperjet.worker.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StrategyParamsFileTest
{
    @Test
    void shouldMergeOptimizedOverNotOptimizedAndWriteIndentedJson(@TempDir final Path dir) throws Exception
    {
        final ObjectNode details = JsonNodeFactory.instance.objectNode();
        details.putObject("buy").put("buy_rsi", 31);
        details.putObject("stoploss").put("stoploss", -0.05);
        final ObjectNode fixed = JsonNodeFactory.instance.objectNode();
        fixed.putObject("buy").put("buy_rsi", 20).put("buy_adx", 25);
        fixed.putObject("sell");
        fixed.putObject("max_open_trades").put("max_open_trades", Double.POSITIVE_INFINITY);
        final ObjectNode doc = StrategyParamsFile.document("MyStrategy", details, fixed, 1729773296123L);
        final Path file = dir.resolve("my_strategy.json");
        StrategyParamsFile.write(file, doc);
        assertEquals("{\n" +
            "  \"strategy_name\": \"MyStrategy\",\n" +
            "  \"params\": {\n" +
            "    \"buy\": {\n" +
            "      \"buy_rsi\": 31,\n" +
            "      \"buy_adx\": 25\n" +
            "    },\n" +
            "    \"sell\": {},\n" +
            "    \"max_open_trades\": {\n" +
            "      \"max_open_trades\": Infinity\n" +
            "    },\n" +
            "    \"stoploss\": {\n" +
            "      \"stoploss\": -0.05\n" +
            "    }\n" +
            "  },\n" +
            "  \"ft_stratparam_v\": 1,\n" +
            "  \"export_time\": \"2024-10-24 12:34:56.123000+00:00\"\n" +
            "}\n", Files.readString(file));
    }
}
