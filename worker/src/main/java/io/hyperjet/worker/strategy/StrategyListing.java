package io.hyperjet.worker.strategy;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hyperjet.common.UserInputException;
import io.hyperjet.worker.python.PythonInspector;
import io.hyperjet.worker.python.PythonStrategy;

/**
 * Every strategy a run could load, for {@code hyperjet list-strategies} (Freqtrade's command): in the order
 * {@link StrategyLoader} searches (each path's {@code .java} files, jars, {@code .py} files, then the built-ins), each
 * with where it is, whether it loads, and how many hyperoptable parameters it declares. Java classes are compiled and
 * created; {@code .py} files are imported in the user's Python, as Freqtrade does (their top-level code runs). A file
 * that fails is an entry with its one-line error, never an exception. When a name occurs twice, the first is the one
 * a run uses.
 */
public final class StrategyListing
{
    /** Freqtrade's status for a class that failed to load, followed by the reason. */
    public static final String LOAD_FAILED = "LOAD FAILED";
    /** The status of a {@code .py} class found by reading the file because no usable Python could import it. */
    public static final String NOT_CHECKED = "NOT CHECKED (no usable Python)";

    private StrategyListing()
    {
    }

    /**
     * One strategy (or one file that failed to give any).
     *
     * @param name         the class name, or {@code --} when a failed file's classes are unknown.
     * @param location     the file or jar name relative to its strategy directory, or {@code built-in}.
     * @param status       {@code OK}, {@code DUPLICATE NAME ...}, {@code LOAD FAILED: ...} or {@link #NOT_CHECKED}.
     * @param hyperoptable the number of hyperoptable parameters, or -1 when unknown.
     */
    public record Entry(String name, String location, String status, int hyperoptable)
    {
    }

    /**
     * The listing.
     *
     * @param entries       the entries in search order.
     * @param pythonProblem why {@code .py} files could not be imported (their status is {@code NOT CHECKED}), or
     *                      null.
     */
    public record Listing(List<Entry> entries, String pythonProblem)
    {
    }

    /**
     * Lists the strategies.
     *
     * @param pythonExecutable the Python that imports {@code .py} files.
     * @param strategyPaths    directories or jars, in search order.
     * @return the listing.
     */
    public static Listing list(final String pythonExecutable, final Path... strategyPaths)
    {
        final List<Entry> entries = new ArrayList<>();
        PythonInspector inspector = null;
        String noPython = null;
        try
        {
            for (final Path path : strategyPaths)
            {
                if (StrategyLoader.isJar(path))
                {
                    jar(path, path.getFileName().toString(), entries);
                    continue;
                }
                if (!Files.isDirectory(path))
                {
                    continue;
                }
                for (final Path file : StrategyLoader.list(path, ".java"))
                {
                    java(file, entries);
                }
                for (final Path jar : StrategyLoader.list(path, ".jar"))
                {
                    jar(jar, jar.getFileName().toString(), entries);
                }
                for (final Path file : StrategyLoader.list(path, ".py"))
                {
                    if (null == inspector && null == noPython)
                    {
                        try
                        {
                            inspector = new PythonInspector(pythonExecutable);
                        }
                        catch (final UserInputException ex)
                        {
                            noPython = ex.getMessage();
                        }
                    }
                    python(inspector, noPython, file, entries);
                }
            }
        }
        finally
        {
            if (null != inspector)
            {
                inspector.close();
            }
        }
        for (final Map.Entry<String, Supplier<Strategy>> builtIn : new java.util.TreeMap<>(StrategyLoader.BUILT_INS)
            .entrySet())
        {
            entries.add(new Entry(builtIn.getKey(), "built-in", "OK", parameterCount(builtIn.getValue().get())));
        }
        return new Listing(markDuplicates(entries), noPython);
    }

    private static void java(final Path file, final List<Entry> entries)
    {
        final String text = StrategyLoader.read(file);
        final Matcher m = StrategyLoader.CLASS_DECLARATION.matcher(text);
        final List<String> names = new ArrayList<>();
        while (m.find())
        {
            names.add(m.group(1));
        }
        for (final String name : names.isEmpty() ? List.of("--") : names)
        {
            if (names.isEmpty())
            {
                entries.add(new Entry(name, file.getFileName().toString(), LOAD_FAILED + ": no class extending " +
                    "Strategy", -1));
                continue;
            }
            try
            {
                final Matcher pkg = StrategyLoader.PACKAGE_DECLARATION.matcher(text);
                final String className = pkg.find() ? pkg.group(1) + "." + name : name;
                final Class<? extends Strategy> type = StrategyLoader.strategyClass(
                    SourceCompiler.compile(file, className), className, file.toString());
                entries.add(new Entry(name, file.getFileName().toString(), "OK",
                    parameterCount(type.getDeclaredConstructor().newInstance())));
            }
            catch (final ReflectiveOperationException | RuntimeException ex)
            {
                final Throwable cause = ex instanceof InvocationTargetException ? ex.getCause() : ex;
                entries.add(new Entry(name, file.getFileName().toString(),
                    failed(cause instanceof Exception e ? e : ex), -1));
            }
        }
    }

    private static void jar(final Path jar, final String location, final List<Entry> entries)
    {
        try
        {
            for (final String name : StrategyLoader.jarStrategies(jar))
            {
                try
                {
                    entries.add(new Entry(name, location, "OK",
                        parameterCount(StrategyLoader.inJar(name, jar).newInstance())));
                }
                catch (final RuntimeException ex)
                {
                    entries.add(new Entry(name, location, failed(ex), -1));
                }
            }
        }
        catch (final RuntimeException ex)
        {
            entries.add(new Entry("--", location, failed(ex), -1));
        }
    }

    private static void python(final PythonInspector inspector, final String noPython, final Path file,
        final List<Entry> entries)
    {
        final String location = file.getFileName().toString();
        final List<String> declared = declaredPythonClasses(file);
        if (null == inspector)
        {
            for (final String name : declared)
            {
                entries.add(new Entry(name, location, NOT_CHECKED, -1));
            }
            return;
        }
        final PythonInspector.Inspection found;
        try
        {
            found = inspector.inspect(file);
        }
        catch (final UserInputException ex)
        {
            entries.add(new Entry(declared.isEmpty() ? "--" : declared.get(0), location, failed(ex), -1));
            return;
        }
        if (null != found.error())
        {
            for (final String name : declared.isEmpty() ? List.of("--") : declared)
            {
                entries.add(new Entry(name, location, LOAD_FAILED + ": " + found.error(), -1));
            }
            return;
        }
        for (final PythonInspector.PythonClass c : found.classes())
        {
            entries.add(new Entry(c.name(), location, "OK", c.hyperoptable()));
        }
    }

    private static List<String> declaredPythonClasses(final Path file)
    {
        final List<String> names = new ArrayList<>();
        final Matcher m = StrategyLoader.PYTHON_CLASS.matcher(StrategyLoader.read(file));
        while (m.find())
        {
            names.add(m.group(1));
        }
        return names;
    }

    private static String failed(final Exception ex)
    {
        final String message = null == ex.getMessage() ? ex.toString() : ex.getMessage();
        return LOAD_FAILED + ": " + Pattern.compile("\\s*\\R\\s*").matcher(message).replaceAll(" ");
    }

    private static int parameterCount(final Strategy strategy)
    {
        try
        {
            return strategy.parameters().list().size();
        }
        finally
        {
            PythonStrategy.closeIfOwning(strategy);
        }
    }

    private static List<Entry> markDuplicates(final List<Entry> entries)
    {
        final Map<String, Entry> first = new HashMap<>();
        final List<Entry> out = new ArrayList<>();
        for (final Entry e : entries)
        {
            final boolean usable = e.status().equals("OK");
            final Entry winner = first.get(e.name());
            if (null != winner && usable)
            {
                out.add(new Entry(e.name(), e.location(), "DUPLICATE NAME (" + winner.location() + " is used)",
                    e.hyperoptable()));
                continue;
            }
            if (null == winner && usable)
            {
                first.put(e.name(), e);
            }
            out.add(e);
        }
        return out;
    }
}
