package io.hyperjet.worker.python;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.common.config.HyperjetConfig;

/**
 * How to run a Python strategy: the user's Python (the one their Freqtrade uses), the run's config (handed to the
 * strategy as {@code self.config}) and Freqtrade's run mode ({@code backtest} or {@code hyperopt}).
 *
 * @param executable the Python executable, {@code python_executable} (default {@code python3}).
 * @param config     the run's config as JSON.
 * @param runmode    {@code backtest} or {@code hyperopt}.
 */
public record PythonOptions(String executable, ObjectNode config, String runmode)
{
    /** The config key naming the Python executable. */
    public static final String EXECUTABLE_KEY = "python_executable";
    /** The executable used when the config names none. */
    public static final String EXECUTABLE_DEFAULT = "python3";

    /**
     * Options from a run's config.
     *
     * @param config  the config.
     * @param runmode {@code backtest} or {@code hyperopt}.
     * @return the options.
     */
    public static PythonOptions of(final HyperjetConfig config, final String runmode)
    {
        return new PythonOptions(config.string(EXECUTABLE_KEY, EXECUTABLE_DEFAULT), config.raw().deepCopy(), runmode);
    }

    /**
     * Options without a config (tools that only list or inspect strategies).
     *
     * @return {@code python3}, an empty config, run mode {@code backtest}.
     */
    public static PythonOptions defaults()
    {
        return new PythonOptions(EXECUTABLE_DEFAULT, JsonNodeFactory.instance.objectNode(), "backtest");
    }
}
