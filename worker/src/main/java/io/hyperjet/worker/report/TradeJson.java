package io.hyperjet.worker.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperjet.worker.backtest.Trade;
import io.hyperjet.worker.metrics.PyMath;

import java.util.ArrayList;
import java.util.List;

/**
 * The trade record of Freqtrade's result files (backtest-semantics.md 10.3), both ways.
 */
public final class TradeJson
{
    private TradeJson()
    {
    }

    /**
     * One trade as a JSON record, keys in Freqtrade's order.
     *
     * @param t the trade.
     * @param parent any node of the target tree (used as node factory).
     * @return the record.
     */
    public static ObjectNode write(final Trade t, final ObjectNode parent)
    {
        final ObjectNode o = parent.objectNode();
        o.put("pair", t.pair);
        o.put("stake_amount", PyMath.round8(t.stakeAmount));
        o.put("max_stake_amount", PyMath.round8(t.amount * t.openRate));
        o.put("amount", PyMath.round8(t.amount));
        o.put("open_date", PyDates.str(t.openTimeMs));
        o.put("close_date", PyDates.str(t.closeTimeMs));
        o.put("open_rate", t.openRate);
        o.put("close_rate", t.closeRate);
        o.put("fee_open", t.fee);
        o.put("fee_close", t.fee);
        o.put("trade_duration", t.durationMinutes());
        o.put("profit_ratio", t.profitRatio);
        o.put("profit_abs", t.profitAbs);
        o.put("exit_reason", t.exitReason);
        o.put("initial_stop_loss_abs", t.initialStopLossAbs);
        putRatioOrNull(o, "initial_stop_loss_ratio", t.initialStopLossRatio);
        o.put("stop_loss_abs", t.stopLossAbs);
        putRatioOrNull(o, "stop_loss_ratio", t.stopLossRatio);
        o.put("min_rate", t.minRate);
        o.put("max_rate", t.maxRate);
        o.put("is_open", false);
        o.put("enter_tag", t.enterTag);
        o.put("leverage", 1.0);
        o.put("is_short", t.isShort);
        o.put("open_timestamp", t.openTimeMs);
        o.put("close_timestamp", t.closeTimeMs);
        final ArrayNode orders = o.putArray("orders");
        order(orders.addObject(), t, true);
        order(orders.addObject(), t, false);
        return o;
    }

    private static void order(final ObjectNode o, final Trade t, final boolean entry)
    {
        o.put("amount", PyMath.round8(t.amount));
        o.put("safe_price", entry ? t.openRate : t.closeRate);
        final boolean buy = entry != t.isShort;
        o.put("ft_order_side", buy ? "buy" : "sell");
        o.put("order_filled_timestamp", entry ? t.openTimeMs : t.closeTimeMs);
        o.put("ft_is_entry", entry);
        o.put("ft_order_tag", entry ? t.enterTag : t.exitReason);
    }

    private static void putRatioOrNull(final ObjectNode o, final String name, final double value)
    {
        if (value == 0.0)
        {
            o.putNull(name);
        }
        else
        {
            o.put(name, value);
        }
    }

    /**
     * Read a trade record (also older exports: float timestamps, null ratios, null orders).
     *
     * @param n the record.
     * @return the trade.
     */
    public static Trade read(final JsonNode n)
    {
        final Trade t = new Trade();
        t.pair = n.path("pair").asText();
        t.isShort = n.path("is_short").asBoolean(false);
        t.openTimeMs = n.path("open_timestamp").asLong();
        t.closeTimeMs = n.path("close_timestamp").asLong();
        t.openRate = n.path("open_rate").asDouble();
        t.closeRate = n.path("close_rate").asDouble();
        t.amount = n.path("amount").asDouble();
        t.stakeAmount = n.path("stake_amount").asDouble();
        t.fee = n.path("fee_open").asDouble();
        t.profitAbs = n.path("profit_abs").asDouble();
        t.profitRatio = n.path("profit_ratio").asDouble();
        t.exitReason = currentReason(textOrNull(n.has("exit_reason") ? n.get("exit_reason") : n.get("sell_reason")));
        t.enterTag = textOrNull(n.get("enter_tag"));
        t.initialStopLossAbs = n.path("initial_stop_loss_abs").asDouble();
        t.initialStopLossRatio = n.path("initial_stop_loss_ratio").asDouble();
        t.stopLossAbs = n.path("stop_loss_abs").asDouble();
        t.stopLossRatio = n.path("stop_loss_ratio").asDouble();
        t.minRate = n.path("min_rate").asDouble();
        t.maxRate = n.path("max_rate").asDouble();
        return t;
    }

    /**
     * Read an array of trade records.
     *
     * @param array the JSON array.
     * @return the trades in file order.
     */
    public static List<Trade> readAll(final JsonNode array)
    {
        final List<Trade> trades = new ArrayList<>(array.size());
        for (final JsonNode n : array)
        {
            trades.add(read(n));
        }
        return trades;
    }

    /** Exit reasons of Freqtrade before 2022 ("sell" wording) under their current names. */
    private static String currentReason(final String reason)
    {
        if (reason == null)
        {
            return null;
        }
        switch (reason)
        {
            case "force_sell":
                return "force_exit";
            case "sell_signal":
                return "exit_signal";
            case "emergency_sell":
                return "emergency_exit";
            default:
                return reason;
        }
    }

    private static String textOrNull(final JsonNode n)
    {
        return n == null || n.isNull() ? null : n.asText();
    }
}
