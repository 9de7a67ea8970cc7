package io.hyperjet.coordinator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.hyperjet.common.config.ConfigLoader;
import io.hyperjet.common.config.HyperjetConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hyperjet show-config}: Freqtrade's command. The config a run would use, once every {@code -c} file and the
 * files they list in {@code add_config_files} are merged, as JSON. Credentials are not shown: they are removed when
 * the config is read, so no file or process of Hyperjet ever sees them.
 */
@Command(
    name = "show-config",
    mixinStandardHelpOptions = true,
    description = {
        "Show the combined config: every -c file (later ones override earlier) and the files they list in",
        "add_config_files, merged as a run merges them. Credentials are removed when a config is read."})
final class ShowConfigCommand implements Callable<Integer>
{
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--config"}, description = "Config file (repeatable; default: config.json).")
    List<Path> configs;

    @Override
    public Integer call() throws JsonProcessingException
    {
        final ConfigLoader loader = new ConfigLoader();
        RunOptions.orDefaultConfig(configs).forEach(loader::file);
        final HyperjetConfig config = loader.load();
        config.warnings().forEach(w -> spec.commandLine().getErr().println("hyperjet: warning: " + w));
        final PrintWriter out = spec.commandLine().getOut();
        out.println("Your combined configuration is:");
        out.println(MAPPER.writeValueAsString(config.raw()));
        return ExitCode.OK;
    }
}
