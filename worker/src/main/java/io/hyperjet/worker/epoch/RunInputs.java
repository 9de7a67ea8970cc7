package io.hyperjet.worker.epoch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.data.DataDirectory;
import io.hyperjet.common.data.PairWhitelist;
import io.hyperjet.worker.loss.HyperoptLoss;
import io.hyperjet.worker.loss.LossFunctions;
import io.hyperjet.worker.strategy.Strategy;

/**
 * What every run (backtest or hyperopt) resolves from its config before loading anything: where strategies are,
 * which strategy, and which pairs.
 */
public final class RunInputs
{
    private RunInputs()
    {
    }

    /**
     * The strategy paths: {@code strategy_path}, else {@code <user_data>/strategies} when it exists; with
     * {@code recursive_strategy_search} (Freqtrade's {@code --recursive-strategy-search}) the folders under a
     * directory follow it, in name order, except {@code __pycache__}-like and hidden ones.
     *
     * @param config the config.
     * @return absolute paths, possibly none.
     */
    public static Path[] strategyPaths(final HyperjetConfig config)
    {
        final String configured = config.strategyPath();
        final Path path = null != configured ? Path.of(configured) : config.userDataDir().resolve("strategies");
        if (null != configured && !Files.exists(path))
        {
            throw new UserInputException(config.source("strategy_path") + ": strategy_path " + path +
                " does not exist");
        }
        if (!Files.exists(path))
        {
            return new Path[0];
        }
        final List<Path> paths = new ArrayList<>(List.of(path.toAbsolutePath()));
        if (config.bool("recursive_strategy_search", false) && Files.isDirectory(path))
        {
            addSubfolders(path.toAbsolutePath(), paths);
        }
        return paths.toArray(new Path[0]);
    }

    private static void addSubfolders(final Path dir, final List<Path> paths)
    {
        final List<Path> subfolders = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir))
        {
            entries.filter(Files::isDirectory)
                .filter(p -> !p.getFileName().toString().startsWith("__") && !p.getFileName().toString().startsWith("."))
                .sorted()
                .forEach(subfolders::add);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(dir + ": cannot list the strategy folder", ex);
        }
        for (final Path sub : subfolders)
        {
            paths.add(sub);
            addSubfolders(sub, paths);
        }
    }

    /**
     * The run's hyperopt loss by name ({@code hyperopt_loss}), resolved with the strategy's class loader; a Freqtrade
     * Python loss class where Freqtrade looks for one (the strategy path, {@code <user_data>/hyperopts},
     * {@code hyperopt_path}) is refused as such.
     *
     * @param name     the loss name.
     * @param strategy the run's strategy.
     * @param config   the config.
     * @return a new instance.
     * @throws UserInputException when the name is neither a built-in nor a usable loss class.
     */
    public static HyperoptLoss loss(final String name, final Strategy strategy, final HyperjetConfig config)
    {
        final List<Path> pythonDirs = new ArrayList<>(List.of(strategyPaths(config)));
        pythonDirs.add(config.userDataDir().resolve("hyperopts"));
        final String hyperoptPath = config.string("hyperopt_path", null);
        if (null != hyperoptPath)
        {
            pythonDirs.add(Path.of(hyperoptPath));
        }
        return LossFunctions.create(name, strategy.getClass().getClassLoader(), pythonDirs);
    }

    /**
     * The strategy name, required.
     *
     * @param config the config.
     * @return the name.
     */
    public static String strategy(final HyperjetConfig config)
    {
        final String name = config.strategy();
        if (null == name || name.isEmpty())
        {
            throw new UserInputException("no strategy given: use --strategy NAME or the config key \"strategy\"");
        }
        return name;
    }

    /**
     * The whitelist expanded against the pairs that have data at the timeframe, minus the blacklist.
     *
     * @param config the config.
     * @param rules  the resolved rules (timeframe).
     * @return the pairs in whitelist order.
     */
    public static List<String> pairs(final HyperjetConfig config, final TradingRules rules)
    {
        if (config.pairWhitelist().isEmpty())
        {
            throw new UserInputException(config.has("exchange.pair_whitelist") ?
                config.source("exchange.pair_whitelist") + ": exchange.pair_whitelist is empty; list the pairs to test" :
                "exchange.pair_whitelist is missing from " + (config.files().isEmpty() ? "the config" :
                String.join(", ", config.files())) + "; list the pairs to test");
        }
        DataDirectory.requireDirectory(config.datadir());
        final List<String> pairs = PairWhitelist.expand(config.pairWhitelist(), config.pairBlacklist(),
            DataDirectory.pairs(config.datadir(), rules.timeframe()), config.where("exchange.pair_whitelist"),
            config.where("exchange.pair_blacklist"));
        if (pairs.isEmpty())
        {
            throw new UserInputException(config.source("exchange.pair_whitelist") + ": no pair of the whitelist " +
                config.pairWhitelist() + " has " + rules.timeframe() + " data in " + config.datadir());
        }
        return pairs;
    }
}
