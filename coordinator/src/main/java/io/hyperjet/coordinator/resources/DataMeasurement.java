package io.hyperjet.coordinator.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.data.PairsWithData;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.coordinator.hyperopt.SharedDataSize;
import io.hyperjet.coordinator.search.SpaceName;
import io.hyperjet.worker.epoch.EngineData;
import io.hyperjet.worker.epoch.EpochEngines;
import io.hyperjet.worker.epoch.RunInputs;
import io.hyperjet.worker.epoch.TradingRules;
import io.hyperjet.worker.python.PythonOptions;
import io.hyperjet.worker.python.PythonStrategy;
import io.hyperjet.worker.strategy.Strategy;
import io.hyperjet.worker.strategy.StrategyLoader;

/**
 * The shared data of a config measured the way a hyperopt will write it: the first pair with data loaded and run
 * through the strategy's indicator phase (for the config's spaces), its decoded columns times the pairs with data.
 * The same numbers the hyperopt checks against the free space before writing.
 *
 * @param size          the run's size, or null when it could not be measured.
 * @param pairs         the pairs with data.
 * @param decodedBytes  the decoded candle and indicator columns of all pairs (the dataset the plan sizes workers by).
 * @param note          how it was measured, or why it could not be.
 */
public record DataMeasurement(SharedDataSize size, int pairs, long decodedBytes, String note)
{
    /**
     * Measures a config's data; never throws for bad input, the note says what stopped it.
     *
     * @param config the config.
     * @return the measurement.
     */
    public static DataMeasurement of(final HyperjetConfig config)
    {
        final Strategy strategy;
        try
        {
            strategy = StrategyLoader.load(RunInputs.strategy(config), PythonOptions.of(config, "hyperopt"),
                RunInputs.strategyPaths(config));
        }
        catch (final UserInputException ex)
        {
            return unknown(ex.getMessage());
        }
        try
        {
            return measure(config, strategy);
        }
        catch (final UserInputException ex)
        {
            return unknown(ex.getMessage());
        }
        finally
        {
            PythonStrategy.closeIfOwning(strategy);
        }
    }

    /**
     * @return whether the data was measured.
     */
    public boolean known()
    {
        return null != size;
    }

    private static DataMeasurement measure(final HyperjetConfig config, final Strategy strategy)
    {
        final TradingRules rules = TradingRules.resolve(config, strategy);
        final List<String> pairs = PairsWithData.keep(config.datadir(), RunInputs.pairs(config, rules),
            rules.timeframe(), config.dataformatOhlcv(), config.trading().stakeCurrency(),
            config.source("exchange.pair_whitelist"), (line) -> { });
        final List<String> spaceNames = config.optimization().spaces().isEmpty() ? List.of("default") :
            config.optimization().spaces();
        final List<String> spaceIds = new ArrayList<>();
        for (final SpaceName space : SpaceName.select(spaceNames, config.source("spaces")))
        {
            spaceIds.add(space.id());
        }
        final PairFrame first = firstFrame(config, rules, pairs, strategy, spaceIds);
        if (null == first)
        {
            return unknown("no candles for any pair of the whitelist in " + config.datadir());
        }
        final SharedDataSize size = SharedDataSize.estimate(first, pairs.size(), rules.timeframeDetail(),
            rules.startupCandleCount(), config.raw().toString().length());
        final long decoded = (long)pairs.size() * first.rows() * Long.BYTES * (1 + first.columns().size());
        return new DataMeasurement(size, pairs.size(), decoded, String.format(Locale.ROOT,
            "%d pairs x %d columns x %d rows, decoded and with indicators, measured on %s in %s", pairs.size(),
            1 + first.columns().size(), first.rows(), first.pair(), config.datadir()));
    }

    private static PairFrame firstFrame(final HyperjetConfig config, final TradingRules rules,
        final List<String> pairs, final Strategy strategy, final List<String> spaceIds)
    {
        final PairFrame[] first = new PairFrame[1];
        try
        {
            EngineData.prepare(config, rules, pairs, strategy, EpochEngines.strategySpaces(spaceIds), (frame) ->
            {
                first[0] = frame;
                throw new FirstFrameLoaded();
            }, (line) -> { });
        }
        catch (final FirstFrameLoaded done)
        {
            return first[0];
        }
        return null;
    }

    /*
     * Ends the loading once the first pair is in: one pair is the measurement, the others only multiply it.
     */
    private static final class FirstFrameLoaded extends RuntimeException
    {
        private static final long serialVersionUID = 1L;

        FirstFrameLoaded()
        {
            super(null, null, false, false);
        }
    }

    private static DataMeasurement unknown(final String why)
    {
        return new DataMeasurement(null, 0, -1, "not measured: " + why);
    }
}
