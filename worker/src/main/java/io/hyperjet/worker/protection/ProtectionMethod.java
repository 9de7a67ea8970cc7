package io.hyperjet.worker.protection;

/**
 * Freqtrade's four built-in protections (protections.md 3.2): which of the two checks each one has. Freqtrade 2024.10
 * loads no other protection class.
 */
public enum ProtectionMethod
{
    COOLDOWN_PERIOD("CooldownPeriod", true, false),
    STOPLOSS_GUARD("StoplossGuard", true, true),
    MAX_DRAWDOWN("MaxDrawdown", false, true),
    LOW_PROFIT_PAIRS("LowProfitPairs", true, false);

    private final String freqtradeName;
    private final boolean pairCheck;
    private final boolean globalCheck;

    ProtectionMethod(final String freqtradeName, final boolean pairCheck, final boolean globalCheck)
    {
        this.freqtradeName = freqtradeName;
        this.pairCheck = pairCheck;
        this.globalCheck = globalCheck;
    }

    /**
     * The class name a {@code method} key gives.
     *
     * @return e.g. {@code CooldownPeriod}.
     */
    public String freqtradeName()
    {
        return freqtradeName;
    }

    /** Whether the protection has a pair check ({@code stop_per_pair}). */
    boolean hasPairCheck()
    {
        return pairCheck;
    }

    /** Whether the protection can have a global check ({@code global_stop}); StoplossGuard's may be switched off. */
    boolean hasGlobalCheck()
    {
        return globalCheck;
    }

    /**
     * The method a {@code method} value names, or null.
     *
     * @param name e.g. {@code StoplossGuard}.
     * @return the method or null.
     */
    public static ProtectionMethod ofName(final String name)
    {
        for (final ProtectionMethod m : values())
        {
            if (m.freqtradeName.equals(name))
            {
                return m;
            }
        }
        return null;
    }
}
