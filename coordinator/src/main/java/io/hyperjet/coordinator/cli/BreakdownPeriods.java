package io.hyperjet.coordinator.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.hyperjet.common.UserInputException;
import io.hyperjet.worker.metrics.PeriodicBreakdown;

/**
 * The values of Freqtrade's {@code --breakdown day|week|month} (backtest, hyperopt-show), read one way for both.
 */
final class BreakdownPeriods
{
    private BreakdownPeriods()
    {
    }

    /**
     * The periods named, in the order given.
     *
     * @param names the option's values, case-insensitive.
     * @return the periods.
     * @throws UserInputException naming a value that is not day, week or month.
     */
    static List<PeriodicBreakdown.Period> of(final List<String> names)
    {
        final List<PeriodicBreakdown.Period> periods = new ArrayList<>();
        for (final String name : names)
        {
            PeriodicBreakdown.Period found = null;
            for (final PeriodicBreakdown.Period p : PeriodicBreakdown.Period.values())
            {
                if (p.jsonName().equals(name.toLowerCase(Locale.ROOT)))
                {
                    found = p;
                }
            }
            if (null == found)
            {
                throw new UserInputException("--breakdown '" + name + "' is not one of day, week, month");
            }
            periods.add(found);
        }
        return periods;
    }
}
