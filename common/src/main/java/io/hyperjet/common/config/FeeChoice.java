package io.hyperjet.common.config;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;

import io.hyperjet.common.UserInputException;

/**
 * The fee a run uses and why: the config's {@code fee} (or {@code --fee}), else the exchange's default from
 * {@link ExchangeFees}. Never silently 0: without {@code fee} and without a known exchange the run stops.
 *
 * @param fee     the fee ratio per side.
 * @param line    one line for the user saying which fee and why.
 * @param warning true when the line is a warning (the real fee would come from the exchange's API).
 */
public record FeeChoice(double fee, String line, boolean warning)
{
    /**
     * Resolves the fee of a config.
     *
     * @param config the validated config.
     * @return the choice.
     * @throws UserInputException when there is no {@code fee} and {@code exchange.name} is missing or not in the
     *                            table.
     */
    static FeeChoice resolve(final HyperjetConfig config)
    {
        if (config.has("fee"))
        {
            final double fee = config.number("fee", Double.NaN);
            final String source = config.source("fee");
            return new FeeChoice(fee, "fee " + format(fee) + (config.fromCommandLine("fee") ?
                " (from --fee)" : " (from \"fee\" in " + source + ")"), false);
        }
        final String exchange = config.exchangeName();
        if (null == exchange)
        {
            // no file sets the key, so name the files read: "in defaults" would send the user looking for a file
            final List<String> files = config.files();
            throw new UserInputException("config key 'fee' is not set" + (files.isEmpty() ? "" : " in " +
                String.join(", ", files)) + ", and there is no exchange.name to take the default fee from; set " +
                "\"fee\" (e.g. \"fee\": 0.001) or use --fee");
        }
        final ExchangeFees.Entry entry = ExchangeFees.lookup(exchange);
        if (null == entry)
        {
            throw new UserInputException("config key 'exchange.name' in " + config.source("exchange.name") +
                ": no built-in default fee for exchange '" + exchange + "'; set \"fee\" (e.g. \"fee\": 0.001) " +
                "or use --fee");
        }
        if (entry.fromApi())
        {
            return new FeeChoice(entry.fee(), "fee " + format(entry.fee()) + " (" + entry.exchange() +
                "'s taker fee from its ccxt description; Freqtrade uses the fee " + entry.exchange() +
                "'s API reports for the pair, which can differ; set \"fee\" to override)", true);
        }
        return new FeeChoice(entry.fee(), "fee " + format(entry.fee()) + " (" + entry.exchange() +
            "'s default taker fee; set \"fee\" to override)", false);
    }

    /**
     * Prints {@link #line()}: to {@code out}, or to {@code err} as a warning.
     *
     * @param out standard output.
     * @param err standard error.
     */
    public void print(final PrintWriter out, final PrintWriter err)
    {
        if (warning)
        {
            err.println("hyperjet: warning: " + line);
        }
        else
        {
            out.println(line);
        }
    }

    private static String format(final double fee)
    {
        return BigDecimal.valueOf(fee).stripTrailingZeros().toPlainString();
    }
}
