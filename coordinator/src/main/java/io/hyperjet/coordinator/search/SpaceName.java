package io.hyperjet.coordinator.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import io.hyperjet.common.UserInputException;

/**
 * Freqtrade's hyperopt spaces, in dimension order.
 */
public enum SpaceName
{
    BUY, SELL, PROTECTION, ROI, STOPLOSS, TRAILING, TRADES;

    private static final EnumSet<SpaceName> DEFAULT_SPACES = EnumSet.of(BUY, SELL, ROI, STOPLOSS);

    /**
     * @return the lower-case name used on the command line and in files.
     */
    public String id()
    {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @return true for spaces whose dimensions are the strategy's own parameters.
     */
    public boolean isStrategySpace()
    {
        return this == BUY || this == SELL || this == PROTECTION;
    }

    /**
     * Resolves {@code --spaces} values: space names plus {@code default} (buy sell roi stoploss) and {@code all}.
     *
     * @param names  the values as given.
     * @param source where they came from, for the error message (e.g. "--spaces" or the config file).
     * @return the selected spaces.
     * @throws UserInputException on an unknown name or an empty list.
     */
    public static EnumSet<SpaceName> select(final List<String> names, final String source)
    {
        if (names.isEmpty())
        {
            throw new UserInputException(source + ": no hyperopt spaces given");
        }
        final EnumSet<SpaceName> spaces = EnumSet.noneOf(SpaceName.class);
        for (final String raw : names)
        {
            final String name = raw.trim().toLowerCase(Locale.ROOT);
            if ("all".equals(name))
            {
                spaces.addAll(EnumSet.allOf(SpaceName.class));
            }
            else if ("default".equals(name))
            {
                spaces.addAll(DEFAULT_SPACES);
            }
            else
            {
                spaces.add(parse(name, source));
            }
        }
        return spaces;
    }

    private static SpaceName parse(final String name, final String source)
    {
        for (final SpaceName space : values())
        {
            if (space.id().equals(name))
            {
                return space;
            }
        }
        throw new UserInputException(source + ": unknown hyperopt space '" + name +
            "' (expected buy, sell, protection, roi, stoploss, trailing, trades, default or all)");
    }
}
