package io.hyperjet.coordinator.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.hyperjet.common.UserInputException;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.worker.report.JsonSupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The epochs of one {@code .fthypt} file (backtest-semantics.md 10.4) and how the file is found: the name given on
 * the command line, else the one {@code .last_result.json} points at.
 */
public final class HyperoptResults
{
    /** Directory under the user data directory that holds the results files. */
    public static final String RESULTS_DIR_NAME = "hyperopt_results";
    /** File naming the latest results file. */
    public static final String LAST_RESULT_FILE_NAME = ".last_result.json";

    private final Path file;
    private final List<JsonNode> epochs;

    private HyperoptResults(final Path file, final List<JsonNode> epochs)
    {
        this.file = file;
        this.epochs = Collections.unmodifiableList(epochs);
    }

    /**
     * The user data directory: {@code --userdir}, else the config's {@code user_data_dir}, else {@code ./user_data}.
     *
     * @param userdir the {@code --userdir} value, or null.
     * @param config  the loaded config, or null when none was given.
     * @return the directory.
     */
    public static Path userDataDir(final Path userdir, final HyperjetConfig config)
    {
        if (null != userdir)
        {
            return userdir;
        }
        return null != config ? config.userDataDir() : Path.of(HyperjetConfig.USER_DATA_DIR_DEFAULT);
    }

    /**
     * The results file to read.
     *
     * @param userDataDir the user data directory.
     * @param fileName    {@code --hyperopt-filename}, or null for the latest.
     * @return the path of the results file.
     * @throws UserInputException when the directory, {@code .last_result.json} or the file is missing or bad.
     */
    public static Path locate(final Path userDataDir, final String fileName)
    {
        final Path dir = userDataDir.resolve(RESULTS_DIR_NAME);
        if (null != fileName)
        {
            if (Path.of(fileName).isAbsolute())
            {
                throw new UserInputException("--hyperopt-filename expects only the file name, not an absolute path: " +
                    fileName);
            }
            if (!Files.isDirectory(dir))
            {
                throw new UserInputException(dir + ": hyperopt results directory not found");
            }
            return dir.resolve(fileName);
        }
        if (!Files.isDirectory(dir))
        {
            throw new UserInputException(dir + ": hyperopt results directory not found");
        }
        final Path last = dir.resolve(LAST_RESULT_FILE_NAME);
        if (!Files.isRegularFile(last))
        {
            throw new UserInputException(last + ": not found; run hyperopt first or pass --hyperopt-filename");
        }
        final JsonNode latest;
        try
        {
            latest = JsonSupport.mapper().readTree(Files.readString(last, StandardCharsets.UTF_8))
                .path("latest_hyperopt");
        }
        catch (final JsonProcessingException ex)
        {
            throw new UserInputException(last + ": not valid JSON: " + ex.getOriginalMessage());
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + last, ex);
        }
        if (!latest.isTextual() || latest.asText().isEmpty())
        {
            throw new UserInputException(last + ": no \"latest_hyperopt\" file name");
        }
        return dir.resolve(latest.asText());
    }

    /**
     * Read every epoch of a results file.
     *
     * @param file the {@code .fthypt} file.
     * @return the epochs in file order.
     * @throws UserInputException when the file is missing, a line is not a JSON object, or the first line lacks
     *                            {@code is_best} (a layout Freqtrade refuses too).
     */
    public static HyperoptResults read(final Path file)
    {
        if (!Files.isRegularFile(file))
        {
            throw new UserInputException(file + ": hyperopt results file not found");
        }
        final List<JsonNode> epochs = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8))
        {
            int lineNumber = 0;
            String line;
            while (null != (line = reader.readLine()))
            {
                lineNumber++;
                if (line.isBlank())
                {
                    continue;
                }
                final JsonNode epoch = parse(file, lineNumber, line);
                if (epochs.isEmpty() && !epoch.hasNonNull("is_best"))
                {
                    throw new UserInputException(file + ": line " + lineNumber + " has no \"is_best\"; the file " +
                        "was written by an incompatible version and cannot be loaded");
                }
                epochs.add(epoch);
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
        return new HyperoptResults(file, epochs);
    }

    private static JsonNode parse(final Path file, final int lineNumber, final String line)
    {
        final JsonNode epoch;
        try
        {
            epoch = JsonSupport.mapper().readTree(line);
        }
        catch (final JsonProcessingException ex)
        {
            throw new UserInputException(file + ": line " + lineNumber + " is not valid JSON: " +
                ex.getOriginalMessage());
        }
        if (null == epoch || !epoch.isObject())
        {
            throw new UserInputException(file + ": line " + lineNumber + " is not a JSON object");
        }
        return epoch;
    }

    public Path file()
    {
        return file;
    }

    /**
     * Every epoch in file order.
     *
     * @return the epochs, read-only.
     */
    public List<JsonNode> epochs()
    {
        return epochs;
    }

    /**
     * The stake currency the epochs were run with, from the first epoch's {@code results_metrics}.
     *
     * @return the currency, or an empty string when unknown.
     */
    public String stakeCurrency()
    {
        return epochs.isEmpty() ? "" : epochs.get(0).path("results_metrics").path("stake_currency").asText("");
    }
}
