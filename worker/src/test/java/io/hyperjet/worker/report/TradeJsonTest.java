package io.hyperjet.worker.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperjet.worker.backtest.Trade;
import io.hyperjet.worker.metrics.TestTrades;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TradeJsonTest
{
    private static Trade shortTrade()
    {
        final Trade t = TestTrades.trade("ETH/USDT", TestTrades.T0, TestTrades.T0 + 95 * TestTrades.MINUTE_MS + 1234,
            -1.5, -0.015);
        t.isShort = true;
        t.amount = 1.0 / 3.0;
        t.stakeAmount = 3.3333333333333335;
        t.fee = 0.001;
        t.enterTag = "";
        t.exitReason = "stop_loss";
        t.stopLossAbs = 11.0;
        t.stopLossRatio = -0.1;
        t.initialStopLossAbs = 11.0;
        t.initialStopLossRatio = 0.0;
        return t;
    }

    @Test
    void shouldWriteFreqtradeTradeRecordInOrder()
    {
        final ObjectNode o = TradeJson.write(shortTrade(), JsonNodeFactory.instance.objectNode());
        final List<String> keys = new ArrayList<>();
        o.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("pair", "stake_amount", "max_stake_amount", "amount", "open_date", "close_date",
            "open_rate", "close_rate", "fee_open", "fee_close", "trade_duration", "profit_ratio", "profit_abs",
            "exit_reason", "initial_stop_loss_abs", "initial_stop_loss_ratio", "stop_loss_abs", "stop_loss_ratio",
            "min_rate", "max_rate", "is_open", "enter_tag", "leverage", "is_short", "open_timestamp",
            "close_timestamp", "orders"), keys);
        assertEquals("2024-03-01 00:00:00+00:00", o.get("open_date").asText());
        assertEquals("2024-03-01 01:35:01.234000+00:00", o.get("close_date").asText());
        assertEquals(95, o.get("trade_duration").asInt());
        assertEquals(0.33333333, o.get("amount").asDouble());
        assertEquals(3.33333333, o.get("max_stake_amount").asDouble());
        assertTrue(o.get("initial_stop_loss_ratio").isNull());
        assertEquals(-0.1, o.get("stop_loss_ratio").asDouble());
        assertEquals("", o.get("enter_tag").asText());
        assertTrue(o.get("close_timestamp").isIntegralNumber());
    }

    @Test
    void shouldWriteEntryAndExitOrdersWithSidesMirroredForShorts()
    {
        final JsonNode orders = TradeJson.write(shortTrade(), JsonNodeFactory.instance.objectNode()).get("orders");
        assertEquals(2, orders.size());
        assertEquals("sell", orders.get(0).get("ft_order_side").asText());
        assertTrue(orders.get(0).get("ft_is_entry").asBoolean());
        assertEquals("", orders.get(0).get("ft_order_tag").asText());
        assertEquals(10.0, orders.get(0).get("safe_price").asDouble());
        assertEquals("buy", orders.get(1).get("ft_order_side").asText());
        assertEquals("stop_loss", orders.get(1).get("ft_order_tag").asText());
        assertEquals(TestTrades.T0 + 95 * TestTrades.MINUTE_MS + 1234, orders.get(1).get("order_filled_timestamp")
            .asLong());
    }

    @Test
    void shouldExportOpenRateStakeAndOrdersAsFreqtradeRecomputesThem()
    {
        final Trade t = shortTrade();
        t.isShort = false;
        t.openRate = 6.027e-05;
        t.entryPrice = 6.0270000000000004e-05;
        t.amount = 1659200.2654720424;
        t.stakeAmount = 100.00000000000001;
        final ObjectNode o = TradeJson.write(t, JsonNodeFactory.instance.objectNode());
        assertEquals(6.027e-05, o.get("open_rate").asDouble());
        assertEquals(100.0, o.get("stake_amount").asDouble());
        assertEquals(100.0, o.get("max_stake_amount").asDouble());
        assertEquals(1659200.26547204, o.get("amount").asDouble());
        final JsonNode entry = o.get("orders").get(0);
        assertEquals(1659200.2654720424, entry.get("amount").asDouble());
        assertEquals(6.0270000000000004e-05, entry.get("safe_price").asDouble());
        assertEquals(1659200.2654720424, o.get("orders").get(1).get("amount").asDouble());
        assertEquals(t.closeRate, o.get("orders").get(1).get("safe_price").asDouble());
        assertEquals(6.0270000000000004e-05, TradeJson.read(o).entryPrice);
    }

    @Test
    void shouldReadBackWhatItWrites()
    {
        final Trade in = shortTrade();
        final Trade out = TradeJson.read(TradeJson.write(in, JsonNodeFactory.instance.objectNode()));
        assertEquals(in.pair, out.pair);
        assertEquals(in.closeTimeMs, out.closeTimeMs);
        assertEquals(in.profitRatio, out.profitRatio);
        assertEquals(in.isShort, out.isShort);
        assertEquals(in.exitReason, out.exitReason);
        assertEquals(in.enterTag, out.enterTag);
        assertEquals(0.0, out.initialStopLossRatio);
    }

    @Test
    void shouldReadOldSellReasonNamesAsExitReasons() throws Exception
    {
        final JsonNode old = JsonSupport.mapper().readTree("{\"pair\":\"A/B\",\"sell_reason\":\"force_sell\"," +
            "\"open_timestamp\":1515568500000.0,\"close_timestamp\":1515568800000.0,\"enter_tag\":null}");
        final Trade t = TradeJson.read(old);
        assertEquals("force_exit", t.exitReason);
        assertEquals(1515568800000L, t.closeTimeMs);
        assertEquals(null, t.enterTag);
    }
}
