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
        return keep(datadir, pairs, timeframe, format, null, whitelistSource, warn);
    }

    /**
     * The pairs quoted in the stake currency that have a candle file for the timeframe, in order. Freqtrade removes
     * a whitelisted pair quoted in another currency (with a warning) before a backtest or hyperopt: its profits
     * would be counted in the wrong currency.
     *
     * @param datadir         the data directory.
     * @param pairs           the expanded whitelist (see {@link PairWhitelist}).
     * @param timeframe       the timeframe.
     * @param format          the file format, or null to accept any.
     * @param stakeCurrency   the config's {@code stake_currency}, or null to keep pairs of any quote.
     * @param whitelistSource where {@code exchange.pair_whitelist} was set, for the error.
     * @param warn            receives one line per pair skipped.
     * @return the pairs kept, never empty.
     * @throws UserInputException when no pair is left.
     */
    public static List<String> keep(
        final Path datadir, final List<String> pairs, final String timeframe, final DataFormat format,
        final String stakeCurrency, final String whitelistSource, final Consumer<String> warn)
    {
        final List<String> kept = new ArrayList<>(pairs.size());
        int otherQuote = 0;
        for (final String pair : pairs)
        {
            final String quote = quoteCurrency(pair);
            if (null != stakeCurrency && null != quote && !quote.equals(stakeCurrency))
            {
                warn.accept("pair " + pair + " is not compatible with your stake currency " + stakeCurrency +
                    " (it is quoted in " + quote + "); pair skipped, as Freqtrade removes it from the whitelist");
                otherQuote++;
            }
            else if (null != PairFiles.find(datadir, pair, timeframe, format))
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
        if (kept.isEmpty() && otherQuote == pairs.size())
        {
            throw new UserInputException("config key 'exchange.pair_whitelist' in " + whitelistSource +
                ": no pair of " + pairs + " is quoted in the stake currency " + stakeCurrency + "; list pairs " +
                "quoted in " + stakeCurrency + " or change stake_currency");
        }
        if (kept.isEmpty())
        {
            throw new UserInputException("config key 'exchange.pair_whitelist' in " + whitelistSource +
                ": no pair of " + pairs + " has " + timeframe + " data in " + datadir);
        }
        return kept;
    }

    /* "ETH/BTC" -> "BTC", "BTC/USDT:USDT" -> "USDT"; null for a name without a quote. */
    static String quoteCurrency(final String pair)
    {
        final int slash = pair.indexOf('/');
        if (slash < 0)
        {
            return null;
        }
        final int colon = pair.indexOf(':', slash);
        return pair.substring(slash + 1, colon < 0 ? pair.length() : colon);
    }
}
