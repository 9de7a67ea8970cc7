package io.hyperjet.worker.loss;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a Freqtrade loss class ({@code class MyLoss(IHyperOptLoss)}) in the {@code .py} files where Freqtrade looks
 * for it, so that an unknown {@code --hyperopt-loss} that is one can be named as such: Hyperjet computes losses in
 * Java, and "unknown hyperopt loss" alone would leave a Freqtrade user guessing.
 */
public final class PythonLossClass
{
    private PythonLossClass()
    {
    }

    /**
     * The file and line of the first {@code .py} file in these directories that defines a class of this name.
     *
     * @param name the loss name as given.
     * @param dirs directories to look in (strategy path, {@code user_data/hyperopts}, {@code hyperopt_path});
     *             missing ones are skipped.
     * @return {@code file:line}, or null when none defines it.
     */
    public static String find(final String name, final List<Path> dirs)
    {
        final Pattern declares = Pattern.compile("(?m)^class\\s+" + Pattern.quote(name) + "\\s*\\(");
        for (final Path dir : dirs)
        {
            if (!Files.isDirectory(dir))
            {
                continue;
            }
            try (Stream<Path> files = Files.list(dir))
            {
                for (final Path file : files.filter(f -> f.toString().endsWith(".py")).sorted().toList())
                {
                    final String text = Files.readString(file);
                    final Matcher m = declares.matcher(text);
                    if (m.find())
                    {
                        return file + ":" + (1 + text.substring(0, m.start()).chars().filter(c -> c == '\n').count());
                    }
                }
            }
            catch (final IOException | UncheckedIOException ex)
            {
                // an unreadable directory or file cannot hold the answer; the generic message still stands
            }
        }
        return null;
    }

    /**
     * The one-line refusal for a Python loss class.
     *
     * @param name  the loss name.
     * @param where {@code file:line} from {@link #find}.
     * @return the message.
     */
    public static String refusal(final String name, final String where)
    {
        return "hyperopt loss '" + name + "' is a Python class (" + where + "); Hyperjet computes losses in Java: " +
            "port it to a public static class implementing " + HyperoptLoss.class.getName() + " nested in a Java " +
            "strategy (docs/strategies.md, \"Hyperopt losses\"), or use a built-in: " +
            String.join(", ", LossFunctions.builtInNames());
    }
}
