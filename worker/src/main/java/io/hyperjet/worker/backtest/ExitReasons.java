package io.hyperjet.worker.backtest;

/** The exit reasons of Freqtrade's trade record (backtest-semantics.md 10.3). */
public final class ExitReasons
{
    public static final String ROI = "roi";
    public static final String STOP_LOSS = "stop_loss";
    public static final String TRAILING_STOP_LOSS = "trailing_stop_loss";
    public static final String EXIT_SIGNAL = "exit_signal";
    public static final String CUSTOM_EXIT = "custom_exit";
    public static final String FORCE_EXIT = "force_exit";

    private ExitReasons()
    {
    }
}
