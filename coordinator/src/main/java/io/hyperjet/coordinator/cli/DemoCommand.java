package io.hyperjet.coordinator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.hyperjet.common.data.DataDirectory;
import io.hyperjet.common.data.DataFormat;
import io.hyperjet.coordinator.hyperopt.HyperoptOptions;
import io.hyperjet.coordinator.hyperopt.HyperoptRun;
import io.hyperjet.coordinator.runconfig.RunConfigOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hyperjet demo}: the quick start. Generates sample candles under the user data directory when there are
 * none, writes a demo config, and runs a seeded hyperopt of SampleStrategy end to end.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Generate sample data (if absent) and run a hyperopt of SampleStrategy on it.")
final class DemoCommand implements Callable<Integer>
{
    static final String DEMO_EXCHANGE = "demo";
    static final int DEMO_PAIRS = 5;
    static final int DEMO_DAYS = 180;
    static final long DEMO_START_MS = 1_704_067_200_000L;

    @Spec
    CommandSpec spec;

    @Option(names = "--userdir", defaultValue = "user_data", description = "User data directory (default: ./user_data).")
    Path userdir;

    @Option(names = {"-e", "--epochs"}, defaultValue = "500", description = "Epochs (default: 500).")
    int epochs;

    @Option(names = {"-j", "--job-workers"}, description = "Worker JVMs (default: chosen by the resource optimizer).")
    Integer jobs;

    @Override
    public Integer call() throws IOException
    {
        if (epochs < 1)
        {
            throw new ParameterException(spec.commandLine(), "--epochs must be >= 1, was " + epochs);
        }
        final PrintWriter out = spec.commandLine().getOut();
        final Path datadir = userdir.resolve("data").resolve(DEMO_EXCHANGE);
        if (!Files.isDirectory(datadir) || DataDirectory.pairs(datadir, "5m").isEmpty())
        {
            generate(datadir, out);
        }
        final Path config = userdir.resolve("config-demo.json");
        if (!Files.exists(config))
        {
            Files.writeString(config, """
                {
                  "strategy": "SampleStrategy",
                  "user_data_dir": "%s",
                  "timeframe": "5m",
                  "stake_currency": "USDT",
                  "stake_amount": 100,
                  "dry_run_wallet": 1000,
                  "max_open_trades": 3,
                  "fee": 0.001,
                  "exchange": {"name": "%s", "pair_whitelist": [".*/USDT"]},
                  "dataformat_ohlcv": "feather"
                }
                """.formatted(userdir.toString().replace("\\", "\\\\"), DEMO_EXCHANGE));
            out.println("Wrote " + config);
        }
        final HyperoptOptions options = new HyperoptOptions(RunConfigOptions.of(List.of(config)), epochs, jobs,
            List.of("default"), null, null, 42L, null, 0, null, false, false, false, false, false, null);
        return new HyperoptRun(options, out, spec.commandLine().getErr(), null != System.console()).run();
    }

    private static void generate(final Path datadir, final PrintWriter out)
    {
        GenerateDataCommand.writeDataset(datadir, DEMO_PAIRS, "USDT", 1, DEMO_START_MS, "5m", DEMO_DAYS * 288,
            DataFormat.FEATHER);
        out.printf(Locale.ROOT, "Generated sample data: %d pairs x %d days of 5m candles in %s%n", DEMO_PAIRS,
            DEMO_DAYS, datadir);
    }
}
