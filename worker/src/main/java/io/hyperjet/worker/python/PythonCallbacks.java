package io.hyperjet.worker.python;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.worker.backtest.Trade;
import io.hyperjet.worker.backtest.TradeCallbacks;

/**
 * A Python strategy's overridden backtest callbacks (python-strategies.md 9.2), each one request to its bridge with
 * Freqtrade's arguments and the trade's current state; the bridge applies Freqtrade's error policy and answers the
 * result. {@code bot_loop_start} calls are deferred and sent in front of the next request (or at the end of the run):
 * the strategy sees the same sequence of calls without a round trip per candle. The first request of a run carries
 * the run's parameter values: callbacks read them, and the data provider's analyzed frames must be this run's even
 * when the signal cache answered its signals without the bridge.
 * <p>
 * Not threadsafe: one per strategy instance, used by the backtesting thread.
 */
final class PythonCallbacks implements TradeCallbacks
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Function<ObjectNode, JsonNode> bridge;
    private final Set<String> names;
    private final boolean afterFill;
    private final Supplier<ObjectNode> values;
    private long[] loop = new long[256];
    private int loopCount;
    private boolean runStarts;

    /**
     * @param bridge    sends one request to the bridge and returns its reply.
     * @param names     the callbacks the strategy overrides and Freqtrade would call (bridge's {@code run_callbacks}).
     * @param afterFill whether {@code custom_stoploss} declares {@code after_fill}.
     * @param values    the strategy's current parameter values, by name.
     */
    PythonCallbacks(final Function<ObjectNode, JsonNode> bridge, final Set<String> names, final boolean afterFill,
        final Supplier<ObjectNode> values)
    {
        this.bridge = bridge;
        this.names = new HashSet<>(names);
        this.afterFill = afterFill;
        this.values = values;
    }

    /**
     * The callbacks for a load reply, or null when the strategy overrides none that backtesting calls.
     *
     * @param bridge the request function.
     * @param load   the bridge's load reply.
     * @param values the strategy's current parameter values, by name.
     * @return the callbacks or null.
     */
    static PythonCallbacks of(
        final Function<ObjectNode, JsonNode> bridge, final JsonNode load, final Supplier<ObjectNode> values)
    {
        final Set<String> names = new HashSet<>();
        load.path("run_callbacks").forEach(n -> names.add(n.asText()));
        return names.isEmpty() ? null :
            new PythonCallbacks(bridge, names, load.path("after_fill").asBoolean(), values);
    }

    private ObjectNode request(final String name, final long timeMs)
    {
        final ObjectNode req = MAPPER.createObjectNode().put("op", "callback");
        if (null != name)
        {
            req.put("name", name).put("time", timeMs);
        }
        if (runStarts)
        {
            req.put("run_starts", true).set("values", values.get());
            runStarts = false;
        }
        if (loopCount > 0)
        {
            final ArrayNode times = req.putArray("loop");
            for (int i = 0; i < loopCount; i++)
            {
                times.add(loop[i]);
            }
            loopCount = 0;
        }
        return req;
    }

    private static void putTrade(final ObjectNode req, final Trade t)
    {
        final ArrayNode a = req.putArray("trade");
        a.add(t.id).add(t.pair).add(t.isShort).add(t.openTimeMs).add(t.openRate).add(t.entryPrice).add(t.amount)
            .add(t.stakeAmount).add(t.fee).add(t.enterTag).add(t.stopLossAbs).add(t.stopLossRatio)
            .add(t.initialStopLossAbs).add(t.initialStopLossRatio).add(t.maxRate).add(t.minRate)
            .add(t.stopLossTrailing);
        if (null != t.exitReason)
        {
            a.add(t.closeTimeMs).add(t.closeRate).add(t.exitReason);
        }
        else
        {
            a.addNull().addNull().addNull();
        }
    }

    private JsonNode call(final ObjectNode req)
    {
        return bridge.apply(req).path("r");
    }

    private static double number(final JsonNode r)
    {
        return r.isNumber() ? r.asDouble() : Double.NaN;
    }

    @Override
    public double customStoploss(
        final String pair, final Trade trade, final long timeMs, final double currentRate, final double currentProfit)
    {
        final ObjectNode req = request("custom_stoploss", timeMs).put("rate", currentRate).put("profit", currentProfit);
        putTrade(req, trade);
        return number(call(req));
    }

    @Override
    public double customStoplossAfterFill(
        final String pair, final Trade trade, final long timeMs, final double fillRate, final double currentProfit)
    {
        final ObjectNode req = request("custom_stoploss", timeMs).put("rate", fillRate).put("profit", currentProfit)
            .put("after_fill", true);
        putTrade(req, trade);
        return number(call(req));
    }

    @Override
    public String customExit(
        final String pair, final Trade trade, final long timeMs, final double currentRate, final double currentProfit)
    {
        final ObjectNode req = request("custom_exit", timeMs).put("rate", currentRate).put("profit", currentProfit);
        putTrade(req, trade);
        final JsonNode r = call(req);
        return r.isTextual() ? r.asText() : null;
    }

    @Override
    public double customEntryPrice(
        final String pair, final long timeMs, final double proposedRate, final String entryTag, final boolean isShort)
    {
        return number(call(request("custom_entry_price", timeMs).put("pair", pair).put("proposed", proposedRate)
            .put("tag", entryTag).put("short", isShort)));
    }

    @Override
    public double customStakeAmount(final String pair, final long timeMs, final double rate,
        final double proposedStake, final double minStake, final double maxStake, final String entryTag,
        final boolean isShort)
    {
        final ObjectNode req = request("custom_stake_amount", timeMs).put("pair", pair).put("rate", rate)
            .put("proposed", proposedStake).put("max", maxStake).put("tag", entryTag).put("short", isShort);
        if (minStake > 0.0)
        {
            req.put("min", minStake);
        }
        return number(call(req));
    }

    @Override
    public boolean confirmTradeEntry(final String pair, final double amount, final double rate, final long timeMs,
        final String entryTag, final boolean isShort)
    {
        return call(request("confirm_trade_entry", timeMs).put("pair", pair).put("amount", amount).put("rate", rate)
            .put("tag", entryTag).put("short", isShort)).asBoolean(true);
    }

    @Override
    public double customExitPrice(final String pair, final Trade trade, final long timeMs, final double proposedRate,
        final double currentProfit, final String exitTag)
    {
        final ObjectNode req = request("custom_exit_price", timeMs).put("proposed", proposedRate)
            .put("profit", currentProfit).put("reason", exitTag);
        putTrade(req, trade);
        return number(call(req));
    }

    @Override
    public boolean confirmTradeExit(
        final String pair, final Trade trade, final double rate, final String exitReason, final long timeMs)
    {
        final ObjectNode req = request("confirm_trade_exit", timeMs).put("rate", rate).put("reason", exitReason);
        putTrade(req, trade);
        return call(req).asBoolean(true);
    }

    @Override
    public void orderFilled(final String pair, final Trade trade, final boolean entry, final long timeMs)
    {
        final ObjectNode req = request("order_filled", timeMs).put("entry", entry);
        putTrade(req, trade);
        call(req);
    }

    @Override
    public void botLoopStart(final long timeMs)
    {
        if (loopCount == loop.length)
        {
            loop = Arrays.copyOf(loop, loop.length * 2);
        }
        loop[loopCount++] = timeMs;
    }

    @Override
    public void runStarts()
    {
        loopCount = 0;
        runStarts = true;
    }

    @Override
    public void runEnded()
    {
        if (loopCount > 0 || runStarts)
        {
            call(request(null, 0L));
        }
    }

    @Override
    public boolean hasCustomStoploss()
    {
        return names.contains("custom_stoploss");
    }

    @Override
    public boolean hasCustomStoplossAfterFill()
    {
        return afterFill && hasCustomStoploss();
    }

    @Override
    public boolean hasCustomExit()
    {
        return names.contains("custom_exit");
    }

    @Override
    public boolean hasCustomEntryPrice()
    {
        return names.contains("custom_entry_price");
    }

    @Override
    public boolean hasCustomStakeAmount()
    {
        return names.contains("custom_stake_amount");
    }

    @Override
    public boolean hasConfirmTradeEntry()
    {
        return names.contains("confirm_trade_entry");
    }

    @Override
    public boolean hasCustomExitPrice()
    {
        return names.contains("custom_exit_price");
    }

    @Override
    public boolean hasConfirmTradeExit()
    {
        return names.contains("confirm_trade_exit");
    }

    @Override
    public boolean hasOrderFilled()
    {
        return names.contains("order_filled");
    }

    @Override
    public boolean hasBotLoopStart()
    {
        return names.contains("bot_loop_start");
    }
}
