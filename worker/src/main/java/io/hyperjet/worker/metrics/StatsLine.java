package io.hyperjet.worker.metrics;

/**
 * One line of a per-line table (backtest-semantics.md 7.6): per pair, per enter tag, per exit reason, per
 * (enter tag, exit reason) or the TOTAL line. A plain record; {@link #key} is a String, except in
 * {@code mix_tag_stats} where {@link #mixKey} holds {@code [enter_tag, exit_reason]} and {@link #key} is null
 * (the TOTAL line of that table has key "TOTAL").
 */
public final class StatsLine
{
    public String key;
    public String[] mixKey;
    public int trades;
    public double profitMean;
    public double profitMeanPct;
    public double profitSum;
    public double profitSumPct;
    public double profitTotalAbs;
    public double profitTotal;
    public double profitTotalPct;
    public String durationAvg;
    public int wins;
    public int draws;
    public int losses;
    public double winrate;

    /**
     * The key as shown in tables: the key, or {@code "tag, reason"} for a mix line.
     *
     * @return display text.
     */
    public String displayKey()
    {
        return mixKey != null ? mixKey[0] + " " + mixKey[1] : key;
    }
}
