package io.hyperjet.coordinator.convert;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.common.UserInputException;
import io.hyperjet.worker.frame.ta.TaFunction;
import io.hyperjet.worker.frame.ta.TaFunctions;

/**
 * Converts a Freqtrade {@code .py} strategy into a Java {@code FrameStrategy} source by running the bundled
 * {@code convert_strategy.py} in the user's python3: Python's own {@code ast} module parses the file (standard
 * library only, so any python3 will do), and the script does the whole translation and answers in JSON.
 * Stateless; safe to use from any thread.
 */
public final class StrategyConverter
{
    /** The translator script, a resource beside this class. */
    static final String SCRIPT = "convert_strategy.py";
    private static final long TIMEOUT_MS = 60_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private StrategyConverter()
    {
    }

    /**
     * Converts one strategy file.
     *
     * @param strategy the {@code .py} file.
     * @param python   the python3 to run (a name on the PATH or a path).
     * @return the conversion.
     * @throws UserInputException one line naming the file: no python3, unreadable file, syntax error, no IStrategy.
     */
    public static StrategyConversion convert(final Path strategy, final String python)
    {
        final byte[] script = script();
        final Process process;
        try
        {
            // -I: isolated, so the user's PYTHONPATH or site packages cannot change the translation
            process = new ProcessBuilder(python, "-I", "-", strategy.toString(), taFunctions()).start();
        }
        catch (final IOException ex)
        {
            throw new UserInputException(strategy + ": convert-strategy needs python3: cannot start '" + python +
                "' (" + ex.getMessage() + "); pass another with --python");
        }
        try
        {
            final CompletableFuture<byte[]> out = readAll(process.getInputStream());
            final CompletableFuture<byte[]> err = readAll(process.getErrorStream());
            try (OutputStream in = process.getOutputStream())
            {
                in.write(script);
            }
            if (!process.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS))
            {
                throw new UserInputException(strategy + ": conversion did not finish in " + TIMEOUT_MS / 1000 + " s");
            }
            final String stdout = new String(out.join(), StandardCharsets.UTF_8);
            final String stderr = new String(err.join(), StandardCharsets.UTF_8).strip();
            if (process.exitValue() == 2)
            {
                throw new UserInputException(stderr.isEmpty() ?
                    strategy + ": the converter exited with 2" : lastLine(stderr));
            }
            if (process.exitValue() != 0)
            {
                // not the file's fault: a fault of the script itself (Python's traceback exits with 1)
                throw new IllegalStateException(strategy + ": the converter failed (exit " + process.exitValue() +
                    "): " + (stderr.isEmpty() ? "no message" : stderr));
            }
            return parse(stdout);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("running " + python + " on " + strategy, ex);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted converting " + strategy, ex);
        }
        finally
        {
            process.destroyForcibly();
        }
    }

    /**
     * The file a conversion writes by default: beside the {@code .py}, same base name, {@code .java}.
     *
     * @param strategy the {@code .py} file.
     * @return the {@code .java} path.
     */
    public static Path javaFileFor(final Path strategy)
    {
        final String name = strategy.getFileName().toString();
        final String base = name.endsWith(".py") ? name.substring(0, name.length() - 3) : name;
        return strategy.resolveSibling(base + ".java");
    }

    /**
     * TA-Lib's functions as {@code Ta} offers them, for the script to check names and keywords, drop positional
     * parameters talib.abstract would ignore and tell single from multi-output functions:
     * {@code {"MACD": {"options": ["fastperiod", ...], "outputs": 3}, ...}}.
     */
    static String taFunctions()
    {
        final ObjectNode all = JSON.createObjectNode();
        for (final Map.Entry<String, TaFunction> e : TaFunctions.all().entrySet())
        {
            final TaFunction f = e.getValue();
            final ObjectNode spec = all.putObject(e.getKey());
            final ArrayNode options = spec.putArray("options");
            for (int i = 0; i < f.optionCount(); i++)
            {
                options.add(f.optionName(i));
            }
            spec.put("outputs", f.outputCount());
        }
        return all.toString();
    }

    static byte[] script()
    {
        try (InputStream in = StrategyConverter.class.getResourceAsStream(SCRIPT))
        {
            if (null == in)
            {
                throw new IllegalStateException("resource " + SCRIPT + " missing from the build");
            }
            return in.readAllBytes();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("reading resource " + SCRIPT, ex);
        }
    }

    private static CompletableFuture<byte[]> readAll(final InputStream in)
    {
        return CompletableFuture.supplyAsync(() ->
        {
            try (in)
            {
                return in.readAllBytes();
            }
            catch (final IOException ex)
            {
                throw new UncheckedIOException(ex);
            }
        });
    }

    /* The script's own errors are one line; a Python too old for it ends with a traceback whose last line says why. */
    private static String lastLine(final String text)
    {
        final String[] lines = text.split("\n");
        return lines[lines.length - 1].strip();
    }

    private static StrategyConversion parse(final String json) throws IOException
    {
        final JsonNode root = JSON.readTree(json);
        final List<StrategyConversion.Problem> problems = new ArrayList<>();
        for (final JsonNode p : root.path("problems"))
        {
            problems.add(new StrategyConversion.Problem(p.path("line").asInt(), p.path("source").asText(),
                p.path("reason").asText()));
        }
        final List<String> notes = new ArrayList<>();
        for (final JsonNode n : root.path("notes"))
        {
            notes.add("line " + n.path("line").asInt() + ": " + n.path("note").asText());
        }
        return new StrategyConversion(root.path("className").asText(), root.path("java").asText(), problems, notes);
    }
}
