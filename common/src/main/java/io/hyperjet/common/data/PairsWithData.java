package io.hyperjet.common.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.hyperjet.common.UserInputException;

/**
 * Drops the whitelisted pairs that have no candle file, as Freqtrade does: each is reported once and the run goes
 * on with the others; only a whitelist where no pair has a file stops the run.
 */
public final class PairsWithData
{
    private PairsWithData()
    {
    }

    /**
     * The pairs that have a candle file for the timeframe, in order.
     *
     * @param datadir         the data directory.
     * @param pairs           the expanded whitelist (see {@link PairWhitelist}).
     * @param timeframe       the timeframe.
     * @param format          the file format, or null to accept any.
     * @param whitelistSource where {@code exchange.pair_whitelist} was set, for the error.
     * @param warn            receives one line per pair without a file.
     * @return the pairs with a file, never empty.
     * @throws UserInputException when no pair has a file.
     */
    public static List<String> keep(
        final Path datadir, final List<String> pairs, final String timeframe, final DataFormat format,
        final String whitelistSource, final Consumer<String> warn)
    {
        final List<String> kept = new ArrayList<>(pairs.size());
        for (final String pair : pairs)
        {
            if (null != PairFiles.find(datadir, pair, timeframe, format))
            {
                kept.add(pair);
            }
            else
            {
                warn.accept("no " + timeframe + " data for " + pair + " (" + PairFiles.path(datadir, pair, timeframe,
                    null == format ? DataFormat.FEATHER : format) + (null == format ? " or another format" : "") +
                    " not found); pair skipped");
            }
        }
        if (kept.isEmpty())
        {
            throw new UserInputException("config key 'exchange.pair_whitelist' in " + whitelistSource +
                ": no pair of " + pairs + " has " + timeframe + " data in " + datadir);
        }
        return kept;
    }
}
