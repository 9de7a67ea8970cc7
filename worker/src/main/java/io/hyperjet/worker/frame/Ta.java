package io.hyperjet.worker.frame;

/**
 * TA-Lib's functions by their {@code talib.abstract} names, over frames and series: {@code ta.RSI(df)},
 * {@code ta.RSI(df, "timeperiod", 14)}, {@code ta.MACD(df).get("macdsignal")}. Skeleton: methods to come.
 */
public final class Ta
{
}
