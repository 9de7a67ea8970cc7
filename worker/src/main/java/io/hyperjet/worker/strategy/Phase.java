package io.hyperjet.worker.strategy;

/**
 * The phases of a strategy, named as in Freqtrade (used in error messages).
 */
public enum Phase
{
    INDICATORS("populate_indicators"),
    ENTRY("populate_entry_trend"),
    EXIT("populate_exit_trend");

    private final String freqtradeName;

    Phase(final String freqtradeName)
    {
        this.freqtradeName = freqtradeName;
    }

    public String freqtradeName()
    {
        return freqtradeName;
    }
}
