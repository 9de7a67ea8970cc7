package io.hyperjet.worker.strategy;

/**
 * The hyperopt spaces a strategy parameter can belong to (backtest-semantics.md 8.1), in dimension order.
 */
public enum Space
{
    BUY("buy"),
    SELL("sell"),
    PROTECTION("protection");

    private final String id;

    Space(final String id)
    {
        this.id = id;
    }

    /**
     * The name used in config files, params files and attribute prefixes.
     *
     * @return e.g. {@code buy}.
     */
    public String id()
    {
        return id;
    }

    /**
     * The space of an id, or null.
     *
     * @param id e.g. {@code sell}.
     * @return the space or null when the id names none.
     */
    public static Space ofId(final String id)
    {
        for (final Space space : values())
        {
            if (space.id.equals(id))
            {
                return space;
            }
        }
        return null;
    }

    /**
     * The space an attribute name's prefix ({@code buy_}, {@code sell_}, {@code protection_}) implies, or null.
     *
     * @param name the parameter name.
     * @return the space or null.
     */
    public static Space ofPrefix(final String name)
    {
        for (final Space space : values())
        {
            if (name.startsWith(space.id + "_"))
            {
                return space;
            }
        }
        return null;
    }
}
