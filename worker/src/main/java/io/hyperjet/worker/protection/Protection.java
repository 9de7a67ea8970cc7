package io.hyperjet.worker.protection;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hyperjet.common.UserInputException;

/**
 * One validated protection entry (protections.md 2): the method, its durations in whole minutes and the values its
 * decision uses, plus the texts its lock reason prints. Built by {@link Protections#of}. Immutable.
 */
public final class Protection
{
    static final int NO_UNLOCK_AT = -1;
    private static final Pattern HH_MM = Pattern.compile("([01]?[0-9]|2[0-3]):([0-5]?[0-9])");
    private static final long DEFAULT_MINUTES = 60;

    final ProtectionMethod method;
    final long stopMinutes;
    /** Minutes after midnight of {@code unlock_at}, or {@link #NO_UNLOCK_AT}. */
    final int unlockAtMinutes;
    final long lookbackMinutes;
    final double tradeLimit;
    final boolean onlyPerPair;
    final boolean onlyPerSide;
    final double requiredProfit;
    final double maxAllowedDrawdown;
    final String durationText;
    final String lookbackText;
    final String tradeLimitText;
    final String requiredProfitText;
    final String maxAllowedDrawdownText;

    private Protection(
        final ProtectionMethod method, final Map<String, ?> entry, final long tfMinutes, final String where)
    {
        this.method = method;
        final Object candles = entry.get("stop_duration_candles");
        final Object unlockAt = entry.get("unlock_at");
        if (entry.containsKey("stop_duration_candles"))
        {
            final long n = whole(candles, where, "stop_duration_candles");
            stopMinutes = tfMinutes * n;
            unlockAtMinutes = NO_UNLOCK_AT;
            // Freqtrade tests the candle count for truth: 0 candles is reported in minutes.
            durationText = "for " + (n != 0 ? PyText.count(n, "candle", "candles") :
                PyText.count(stopMinutes, "minute", "minutes"));
        }
        else if (entry.containsKey("unlock_at"))
        {
            stopMinutes = 0;
            unlockAtMinutes = unlockAt(unlockAt, where);
            durationText = "until " + unlockAt;
        }
        else
        {
            stopMinutes = entry.containsKey("stop_duration") ? whole(entry.get("stop_duration"), where,
                "stop_duration") : DEFAULT_MINUTES;
            unlockAtMinutes = NO_UNLOCK_AT;
            durationText = "for " + PyText.count(stopMinutes, "minute", "minutes");
        }
        if (entry.containsKey("lookback_period_candles"))
        {
            final long n = whole(entry.get("lookback_period_candles"), where, "lookback_period_candles");
            lookbackMinutes = tfMinutes * n;
            lookbackText = n != 0 ? PyText.count(n, "candle", "candles") :
                PyText.count(lookbackMinutes, "minute", "minutes");
        }
        else
        {
            lookbackMinutes = entry.containsKey("lookback_period") ?
                whole(entry.get("lookback_period"), where, "lookback_period") : DEFAULT_MINUTES;
            lookbackText = PyText.count(lookbackMinutes, "minute", "minutes");
        }
        final Object limit = entry.containsKey("trade_limit") ? entry.get("trade_limit") :
            method == ProtectionMethod.STOPLOSS_GUARD ? (Object)10 : (Object)1;
        tradeLimit = number(limit, where, "trade_limit");
        tradeLimitText = PyText.str(limit);
        final Object profit = entry.containsKey("required_profit") ? entry.get("required_profit") : (Object)0.0;
        requiredProfit = number(profit, where, "required_profit");
        requiredProfitText = PyText.str(profit);
        final Object drawdown = entry.containsKey("max_allowed_drawdown") ? entry.get("max_allowed_drawdown") :
            (Object)0.0;
        maxAllowedDrawdown = number(drawdown, where, "max_allowed_drawdown");
        maxAllowedDrawdownText = PyText.str(drawdown);
        onlyPerPair = flag(entry, where, "only_per_pair");
        onlyPerSide = flag(entry, where, "only_per_side");
    }

    /**
     * Builds one entry; {@link Protections#of} has already applied Freqtrade's validation rules.
     */
    static Protection of(final Map<String, ?> entry, final long tfMinutes, final String where)
    {
        final Object name = entry.get("method");
        final ProtectionMethod method = name instanceof String ? ProtectionMethod.ofName((String)name) : null;
        if (null == method)
        {
            throw new UserInputException(where + ": method " + (null == name ? "is missing" : "'" + name +
                "' is not a protection") + " (use CooldownPeriod, StoplossGuard, MaxDrawdown or LowProfitPairs)");
        }
        return new Protection(method, entry, tfMinutes, where);
    }

    /** Freqtrade's validation of one entry (protections.md 1.3), in its order. */
    static void validate(final Map<String, ?> entry, final String where)
    {
        if (entry.containsKey("unlock_at"))
        {
            unlockAt(entry.get("unlock_at"), where);
        }
        if (entry.containsKey("stop_duration") && entry.containsKey("stop_duration_candles"))
        {
            throw new UserInputException(where + ": set stop_duration or stop_duration_candles, not both");
        }
        if (entry.containsKey("lookback_period") && entry.containsKey("lookback_period_candles"))
        {
            throw new UserInputException(where + ": set lookback_period or lookback_period_candles, not both");
        }
        if (entry.containsKey("unlock_at") &&
            (entry.containsKey("stop_duration") || entry.containsKey("stop_duration_candles")))
        {
            throw new UserInputException(where + ": unlock_at cannot be combined with stop_duration or " +
                "stop_duration_candles; keep one of them");
        }
    }

    private static int unlockAt(final Object value, final String where)
    {
        final Matcher m = value instanceof String ? HH_MM.matcher((String)value) : null;
        if (null == m || !m.matches())
        {
            throw new UserInputException(where + ": invalid date format for unlock_at '" + value +
                "', expected HH:MM (24-hour clock)");
        }
        return Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
    }

    /** Python's {@code int(value)}: truncation toward zero. */
    private static long whole(final Object value, final String where, final String key)
    {
        if (value instanceof Number)
        {
            return (long)((Number)value).doubleValue();
        }
        if (value instanceof Boolean)
        {
            return (Boolean)value ? 1 : 0;
        }
        if (value instanceof String && ((String)value).trim().matches("[+-]?[0-9]+"))
        {
            return Long.parseLong(((String)value).trim().replace("+", ""));
        }
        throw new UserInputException(where + ": " + key + " must be a whole number, got " + value);
    }

    private static double number(final Object value, final String where, final String key)
    {
        if (value instanceof Number)
        {
            return ((Number)value).doubleValue();
        }
        throw new UserInputException(where + ": " + key + " must be a number, got " + value);
    }

    private static boolean flag(final Map<String, ?> entry, final String where, final String key)
    {
        final Object value = entry.get(key);
        if (null == value || value instanceof Boolean)
        {
            return Boolean.TRUE.equals(value);
        }
        throw new UserInputException(where + ": " + key + " must be true or false, got " + value);
    }

    public ProtectionMethod method()
    {
        return method;
    }

    /** Whether this entry makes global locks: MaxDrawdown, and StoplossGuard without {@code only_per_pair}. */
    boolean hasGlobalCheck()
    {
        return method.hasGlobalCheck() && !(method == ProtectionMethod.STOPLOSS_GUARD && onlyPerPair);
    }

    @Override
    public String toString()
    {
        return method.freqtradeName() + "(stop " + durationText + ", lookback " + lookbackText + ")";
    }
}
