package io.hyperjet.worker.backtest;

import java.math.BigDecimal;

/**
 * The rules that concern one trade alone (backtest-semantics.md 3.3 execution, 4, 5 and 6.4): opening, evaluating
 * exits on one row, exit prices and closing. Both backtesters call the same code, so they differ only in which rows
 * they evaluate and in how they merge pairs.
 * <p>
 * Configured once per run; not threadsafe (one per backtester instance).
 */
final class TradeRules
{
    private static final int MAX_REASON_LENGTH = 255;

    /** Prices whose shortest decimal has more fraction digits get an open rate other than the price (13.4). */
    private static final int OPEN_RATE_SCALE = 18;

    private double fee;
    private BigDecimal feeDecimal;
    private double feeOffset;
    private double stoploss;
    private boolean trailingStop;
    private double positive;
    private double offset;
    private boolean onlyOffset;
    private boolean useExitSignal;
    private boolean exitProfitOnly;
    private double exitProfitOffset;
    private boolean ignoreRoiIfEntrySignal;
    private int[] roiMinutes;
    private double[] roiRatios;
    private long tfMinutes;
    private TradeCallbacks callbacks;
    private boolean customStoploss;
    private boolean customExit;
    private boolean customExitPrice;
    private boolean confirmExit;

    void configure(final BacktestSettings s, final TradeCallbacks callbacks)
    {
        fee = s.fee();
        feeDecimal = TradeValues.decimal(fee);
        feeOffset = ShortestDecimal.offset(fee);
        stoploss = s.stoploss();
        trailingStop = s.trailingStop();
        positive = s.trailingStopPositive();
        offset = s.trailingStopPositiveOffset();
        onlyOffset = s.trailingOnlyOffsetIsReached();
        useExitSignal = s.useExitSignal();
        exitProfitOnly = s.exitProfitOnly();
        exitProfitOffset = s.exitProfitOffset();
        ignoreRoiIfEntrySignal = s.ignoreRoiIfEntrySignal();
        roiMinutes = s.roiMinutes();
        roiRatios = s.roiRatios();
        tfMinutes = s.timeframeMinutes();
        this.callbacks = callbacks;
        customStoploss = null != callbacks && callbacks.hasCustomStoploss();
        customExit = null != callbacks && callbacks.hasCustomExit();
        customExitPrice = null != callbacks && callbacks.hasCustomExitPrice();
        confirmExit = null != callbacks && callbacks.hasConfirmTradeExit();
    }

    /**
     * The entry order's price (python-strategies.md 9.2): the candle's open, or {@code custom_entry_price}'s answer
     * capped to the candle (long: at most the high; short: at least the low).
     *
     * @throws UnfilledOrderException when the price leaves the order unfilled on its candle.
     */
    double entryPrice(final String pair, final long timeMs, final double o, final double h, final double l,
        final String tag, final boolean isShort)
    {
        if (!callbacks.hasCustomEntryPrice())
        {
            return o;
        }
        final double answer = callbacks.customEntryPrice(pair, timeMs, o, tag, isShort);
        double price = Double.isNaN(answer) ? o : answer;
        price = isShort ? (price < l ? l : price) : (price > h ? h : price);
        if (!(price >= l && price <= h))
        {
            throw new UnfilledOrderException("custom_entry_price", pair, timeMs, price, l, h);
        }
        return price;
    }

    /**
     * After an entry fill: {@code custom_stoploss(after_fill = true)} when the strategy asks for it; a valid answer
     * sets the stop from the fill price in either direction without marking it trailing.
     */
    void afterEntryFill(final OpenTrade ot, final long timeMs)
    {
        if (!customStoploss || !callbacks.hasCustomStoplossAfterFill())
        {
            return;
        }
        final Trade t = ot.trade;
        final double fill = t.entryPrice;
        final double v = callbacks.customStoplossAfterFill(t.pair, t, timeMs, fill, ot.profitRatio(fill));
        if (v != 0.0 && Double.isFinite(v))
        {
            final double distance = Math.abs(v);
            t.stopLossAbs = t.isShort ? fill * (1.0 + distance) : fill * (1.0 - distance);
            t.stopLossRatio = -distance;
        }
    }

    /**
     * Fills a new trade whose entry order fills at {@code price} with {@code stake} (3.3, 6.3), with the values
     * Freqtrade recomputes from the filled order (13.3 to 13.5): the open rate is the truncated average price, the
     * stake the exact product, the stop is set from the open rate. The values come from {@link DecimalProducts} and,
     * when it cannot decide or the open rate is not the price, from the decimal path, once per trade.
     */
    void open(
        final OpenTrade ot,
        final String pair,
        final int pairIndex,
        final int row,
        final long openTimeMs,
        final double price,
        final boolean isShort,
        final double stake,
        final String enterTag)
    {
        final Trade t = ot.trade;
        t.pair = pair;
        t.isShort = isShort;
        t.openTimeMs = openTimeMs;
        t.entryPrice = price;
        t.amount = stake / price;
        ot.amountDecimal = null;
        ot.amountOffset = ShortestDecimal.offset(t.amount);
        ot.feeDecimal = feeDecimal;
        if (!openFast(ot, price, isShort))
        {
            openExact(ot, price, isShort);
        }
        final double openRate = t.openRate;
        t.fee = fee;
        t.enterTag = enterTag;
        final double stop = isShort ? openRate * (1.0 + Math.abs(stoploss)) : openRate * (1.0 - Math.abs(stoploss));
        t.initialStopLossAbs = stop;
        t.stopLossAbs = stop;
        t.initialStopLossRatio = -Math.abs(stoploss);
        t.stopLossRatio = t.initialStopLossRatio;
        t.maxRate = openRate;
        t.minRate = openRate;
        ot.pair = pairIndex;
        ot.entryRow = row;
        ot.feeFactor = isShort ? 1.0 + fee : 1.0 - fee;
        ot.trailing = false;
        t.stopLossTrailing = false;
        ot.exitRow = -1;
    }

    /** Open rate, stake and open values from {@link DecimalProducts} if the open rate is the price; false if unsure. */
    private boolean openFast(final OpenTrade ot, final double price, final boolean isShort)
    {
        final long pricePacked = ShortestDecimal.packed(price);
        if (pricePacked < 0 || ShortestDecimal.scale(pricePacked) > OPEN_RATE_SCALE)
        {
            return false;
        }
        final Trade t = ot.trade;
        final double priceOffset = ShortestDecimal.offset(price, pricePacked);
        final double stake = DecimalProducts.product(t.amount, ot.amountOffset, price, priceOffset);
        final double total =
            DecimalProducts.productWithFee(t.amount, ot.amountOffset, price, priceOffset, fee, feeOffset, !isShort);
        if (Double.isNaN(stake) || Double.isNaN(total))
        {
            return false;
        }
        t.openRate = price;
        t.stakeAmount = stake;
        ot.totalStake = total;
        ot.openValue = total;
        return true;
    }

    /** The same values from exact decimals. */
    private void openExact(final OpenTrade ot, final double price, final boolean isShort)
    {
        final Trade t = ot.trade;
        final BigDecimal priceDecimal = TradeValues.decimal(price);
        final double openRate = TradeValues.openRate(priceDecimal, price);
        t.openRate = openRate;
        final BigDecimal cost = ot.amountDecimal().multiply(priceDecimal);
        t.stakeAmount = Decimals.toDouble(cost);
        ot.totalStake = TradeValues.withFee(cost, feeDecimal, !isShort);
        ot.openValue = openRate == price ? ot.totalStake :
            TradeValues.withFee(TradeValues.cost(ot.amountDecimal(), openRate), feeDecimal, !isShort);
    }

    /**
     * Closes the trade (13.9): close fields, {@code profit_abs} from the open value, {@code profit_ratio} over the
     * total stake of the entry price.
     */
    void close(final OpenTrade ot, final long closeTimeMs, final double closeRate, final String reason)
    {
        final Trade t = ot.trade;
        t.closeTimeMs = closeTimeMs;
        t.closeRate = closeRate;
        t.exitReason = reason;
        final double fast = DecimalProducts.productWithFee(
            t.amount, ot.amountOffset, closeRate, ShortestDecimal.offset(closeRate), fee, feeOffset, t.isShort);
        final double closeValue = !Double.isNaN(fast) ? fast :
            TradeValues.withFee(TradeValues.cost(ot.amountDecimal(), closeRate), feeDecimal, t.isShort);
        t.profitAbs = Round8.round8(t.isShort ? ot.openValue - closeValue : closeValue - ot.openValue);
        t.profitRatio = ot.totalStake == 0.0 ? 0.0 : t.profitAbs / ot.totalStake;
    }

    /**
     * Index of the ROI step in force after {@code durationMinutes}, or -1 when none is.
     */
    int roiIndex(final long durationMinutes)
    {
        final int[] keys = roiMinutes;
        for (int i = keys.length - 1; i >= 0; i--)
        {
            if (keys[i] <= durationMinutes)
            {
                return i;
            }
        }
        return -1;
    }

    /**
     * Evaluates exits of an open trade on one row (4.1), after its min/max rates were updated for the row. Raises
     * the stop as 4.3 says; on an exit sets {@code exitPrice} and {@code exitReason} and returns true.
     *
     * @param c     the row's close (for the entry-candle ROI veto of 13.8).
     * @param enter the row's same-direction entry signal, truthy.
     * @param exit  the row's same-direction exit signal, truthy.
     */
    boolean evaluate(
        final OpenTrade ot,
        final long dateMs,
        final double o,
        final double h,
        final double l,
        final double c,
        final boolean enter,
        final boolean exit,
        final String exitTag)
    {
        final Trade t = ot.trade;
        final boolean isShort = t.isShort;
        final double best = isShort ? l : h;
        final double pBest = ot.profitRatio(best);
        if (isShort ? t.stopLossAbs > h : t.stopLossAbs < l)
        {
            adjustStop(ot, dateMs, best, pBest);
        }
        final boolean stopHit = isShort ? t.stopLossAbs <= h : t.stopLossAbs >= l;
        final long dur = Math.floorDiv(dateMs - t.openTimeMs, 60_000L);
        final int roiIdx = roiIndex(dur);
        final boolean roiHit = roiIdx >= 0 && !(enter && ignoreRoiIfEntrySignal) && pBest > roiRatios[roiIdx];

        if (useExitSignal)
        {
            String reason = null;
            if (exit && !enter)
            {
                if (!exitProfitOnly || ot.profitRatio(o) > exitProfitOffset)
                {
                    reason = null != exitTag && !exitTag.isEmpty() ? exitTag : ExitReasons.EXIT_SIGNAL;
                }
            }
            else if (customExit)
            {
                reason = callbacks.customExit(t.pair, t, dateMs, o, ot.profitRatio(o));
                if (null != reason)
                {
                    reason = reason.isEmpty() ? ExitReasons.CUSTOM_EXIT :
                        reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) : reason;
                }
            }
            if (null != reason)
            {
                final double price = customExitPrice ? exitPrice(ot, dateMs, o, h, l, reason) : o;
                if (confirmed(ot, price, reason, dateMs))
                {
                    return exitAt(ot, price, reason);
                }
            }
        }
        if (stopHit && !ot.trailing)
        {
            final double price = stopPrice(ot, false, dur, o, h, l);
            return confirmed(ot, price, ExitReasons.STOP_LOSS, dateMs) && exitAt(ot, price, ExitReasons.STOP_LOSS);
        }
        if (roiHit)
        {
            final double price = roiPrice(ot, roiIdx, dur, o, h, l, c);
            if (!Double.isNaN(price) && confirmed(ot, price, ExitReasons.ROI, dateMs))
            {
                return exitAt(ot, price, ExitReasons.ROI);
            }
        }
        if (stopHit)
        {
            final double price = stopPrice(ot, true, dur, o, h, l);
            return confirmed(ot, price, ExitReasons.TRAILING_STOP_LOSS, dateMs) &&
                exitAt(ot, price, ExitReasons.TRAILING_STOP_LOSS);
        }
        return false;
    }

    /** {@code confirm_trade_exit} for one exit candidate; true without the callback. */
    private boolean confirmed(final OpenTrade ot, final double price, final String reason, final long dateMs)
    {
        return !confirmExit || callbacks.confirmTradeExit(ot.trade.pair, ot.trade, price, reason, dateMs);
    }

    /**
     * {@code custom_exit_price} for an exit signal or custom exit: a different answer becomes the price, then long
     * {@code max(price, low)}, short {@code min(price, high)}.
     *
     * @throws UnfilledOrderException when the price leaves the exit order unfilled on its candle.
     */
    private double exitPrice(
        final OpenTrade ot, final long dateMs, final double o, final double h, final double l, final String reason)
    {
        final Trade t = ot.trade;
        final double answer = callbacks.customExitPrice(t.pair, t, dateMs, o, ot.profitRatio(o), reason);
        double price = Double.isNaN(answer) ? o : answer;
        price = t.isShort ? (price > h ? h : price) : (price < l ? l : price);
        if (!(price >= l && price <= h))
        {
            throw new UnfilledOrderException("custom_exit_price", t.pair, dateMs, price, l, h);
        }
        return price;
    }

    private static boolean exitAt(final OpenTrade ot, final double price, final String reason)
    {
        ot.exitPrice = price;
        ot.exitReason = reason;
        return true;
    }

    /** The stop adjustment of 4.3, run only while the stop is strictly outside the candle. */
    private void adjustStop(final OpenTrade ot, final long dateMs, final double best, final double pBest)
    {
        double sl = stoploss;
        if (customStoploss)
        {
            final Trade t = ot.trade;
            final double v = callbacks.customStoploss(t.pair, t, dateMs, best, pBest);
            if (v != 0.0 && Double.isFinite(v))
            {
                sl = v;
                raiseStop(ot, best, v);
            }
        }
        if (trailingStop && !(onlyOffset && pBest < offset))
        {
            if (!Double.isNaN(positive) && pBest > offset)
            {
                sl = positive;
            }
            raiseStop(ot, best, sl);
        }
    }

    /** Moves the stop towards the price, never away from it (up for a long, down for a short). */
    static void raiseStop(final OpenTrade ot, final double price, final double s)
    {
        final Trade t = ot.trade;
        final double distance = Math.abs(s);
        if (t.isShort)
        {
            final double candidate = price * (1.0 + distance);
            if (candidate < t.stopLossAbs)
            {
                t.stopLossAbs = candidate;
                t.stopLossRatio = -distance;
                ot.trailing = true;
                t.stopLossTrailing = true;
            }
        }
        else
        {
            final double candidate = price * (1.0 - distance);
            if (candidate > t.stopLossAbs)
            {
                t.stopLossAbs = candidate;
                t.stopLossRatio = -distance;
                ot.trailing = true;
                t.stopLossTrailing = true;
            }
        }
    }

    /** The stoploss exit price of 4.6. */
    private double stopPrice(
        final OpenTrade ot,
        final boolean trailingReason,
        final long dur,
        final double o,
        final double h,
        final double l)
    {
        final Trade t = ot.trade;
        final double stop = t.stopLossAbs;
        if (t.isShort ? stop < l : stop > h)
        {
            return o;
        }
        if (trailingReason && dur == 0)
        {
            final double side = t.isShort ? -1.0 : 1.0;
            final double p;
            if (!customStoploss && trailingStop && onlyOffset && !Double.isNaN(positive) && positive != 0.0)
            {
                p = o * (1.0 + side * Math.abs(offset) - side * Math.abs(positive));
            }
            else
            {
                p = o * (1.0 - side * Math.abs(t.stopLossRatio));
            }
            return t.isShort ? (p < h ? p : h) : (p > l ? p : l);
        }
        return stop;
    }

    /**
     * The ROI exit price of 4.6 with 13.8's operation order, or NaN when the entry-candle veto drops the ROI exit: on
     * the entry candle of a long with a red candle, an open rate below the open (truncation, 13.4) and a target above
     * the close (short: mirrored).
     */
    private double roiPrice(
        final OpenTrade ot,
        final int roiIdx,
        final long dur,
        final double o,
        final double h,
        final double l,
        final double c)
    {
        final Trade t = ot.trade;
        final double roi = roiRatios[roiIdx];
        final long key = roiMinutes[roiIdx];
        final boolean onCandleOpen = key % tfMinutes == 0;
        if (roi == -1.0 && onCandleOpen)
        {
            return o;
        }
        final double r = t.openRate;
        final double x = r * roi;
        final double closeRate = t.isShort ?
            (r * (1.0 - fee) - x) / (1.0 + fee) :
            (x + r * (1.0 + fee)) / (1.0 - fee);
        final boolean newRoi = t.isShort ? o < closeRate : o > closeRate;
        if (dur > 0 && dur == key && onCandleOpen && newRoi)
        {
            return o;
        }
        if (dur == 0 && (t.isShort ? o < c && r > o && closeRate < c : o > c && r < o && closeRate > c))
        {
            return Double.NaN;
        }
        final double clampedLow = l > closeRate ? l : closeRate;
        return h < clampedLow ? h : clampedLow;
    }

    boolean useExitSignal()
    {
        return useExitSignal;
    }
}
