package io.hyperjet.worker.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.hyperjet.worker.backtest.Trade;
import io.hyperjet.worker.metrics.PyMath;

import java.io.IOException;
import java.io.UncheckedIOException;
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
     * One trade as a JSON record, keys in Freqtrade's order, as a tree.
     *
     * @param t the trade.
     * @param parent any node of the target tree (unused; kept for callers that build trees).
     * @return the record.
     */
    public static ObjectNode write(final Trade t, final ObjectNode parent)
    {
        try (TokenBuffer buffer = new TokenBuffer(JsonSupport.mapper(), false))
        {
            write(buffer, t);
            return (ObjectNode)JsonSupport.mapper().readTree(buffer.asParser());
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot build the trade record of " + t.pair, ex);
        }
    }

    /**
     * One trade as a JSON record, keys in Freqtrade's order, streamed (values as backtest-semantics.md 13.10 says:
     * {@code max_stake_amount} is the exact stake of one entry, order amounts are unrounded, the entry order's price
     * is the candle open, which can differ from {@code open_rate}): the only writer of the layout, used directly
     * for every epoch's {@code results_metrics} (thousands of trades) and through a token buffer for trees.
     *
     * @param g the generator.
     * @param t the trade.
     * @throws IOException from the generator.
     */
    public static void write(final JsonGenerator g, final Trade t) throws IOException
    {
        g.writeStartObject();
        g.writeStringField("pair", t.pair);
        g.writeNumberField("stake_amount", PyMath.round8(t.stakeAmount));
        g.writeNumberField("max_stake_amount", PyMath.round8(t.stakeAmount));
        g.writeNumberField("amount", PyMath.round8(t.amount));
        g.writeStringField("open_date", PyDates.str(t.openTimeMs));
        g.writeStringField("close_date", PyDates.str(t.closeTimeMs));
        g.writeNumberField("open_rate", t.openRate);
        g.writeNumberField("close_rate", t.closeRate);
        g.writeNumberField("fee_open", t.fee);
        g.writeNumberField("fee_close", t.fee);
        g.writeNumberField("trade_duration", t.durationMinutes());
        g.writeNumberField("profit_ratio", t.profitRatio);
        g.writeNumberField("profit_abs", t.profitAbs);
        text(g, "exit_reason", t.exitReason);
        g.writeNumberField("initial_stop_loss_abs", t.initialStopLossAbs);
        ratioOrNull(g, "initial_stop_loss_ratio", t.initialStopLossRatio);
        g.writeNumberField("stop_loss_abs", t.stopLossAbs);
        ratioOrNull(g, "stop_loss_ratio", t.stopLossRatio);
        g.writeNumberField("min_rate", t.minRate);
        g.writeNumberField("max_rate", t.maxRate);
        g.writeBooleanField("is_open", false);
        text(g, "enter_tag", t.enterTag);
        g.writeNumberField("leverage", 1.0);
        g.writeBooleanField("is_short", t.isShort);
        g.writeNumberField("open_timestamp", t.openTimeMs);
        g.writeNumberField("close_timestamp", t.closeTimeMs);
        g.writeArrayFieldStart("orders");
        order(g, t, true);
        order(g, t, false);
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void order(final JsonGenerator g, final Trade t, final boolean entry) throws IOException
    {
        g.writeStartObject();
        g.writeNumberField("amount", t.amount);
        g.writeNumberField("safe_price", entry ? t.entryPrice : t.closeRate);
        final boolean buy = entry != t.isShort;
        g.writeStringField("ft_order_side", buy ? "buy" : "sell");
        g.writeNumberField("order_filled_timestamp", entry ? t.openTimeMs : t.closeTimeMs);
        g.writeBooleanField("ft_is_entry", entry);
        text(g, "ft_order_tag", entry ? t.enterTag : t.exitReason);
        g.writeEndObject();
    }

    private static void text(final JsonGenerator g, final String name, final String value) throws IOException
    {
        if (null == value)
        {
            g.writeNullField(name);
        }
        else
        {
            g.writeStringField(name, value);
        }
    }

    private static void ratioOrNull(final JsonGenerator g, final String name, final double value) throws IOException
    {
        if (value == 0.0)
        {
            g.writeNullField(name);
        }
        else
        {
            g.writeNumberField(name, value);
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
        final JsonNode entryOrder = n.path("orders").path(0);
        t.entryPrice = entryOrder.has("safe_price") ? entryOrder.path("safe_price").asDouble() : t.openRate;
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
