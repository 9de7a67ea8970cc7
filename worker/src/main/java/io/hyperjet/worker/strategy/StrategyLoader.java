package io.hyperjet.worker.strategy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.hyperjet.common.UserInputException;
import io.hyperjet.worker.python.PythonOptions;
import io.hyperjet.worker.python.PythonStrategy;

/**
 * Finds a strategy by class name and creates it with its parameter values loaded ({@link ParamsFile}).
 * <p>
 * Search order: each strategy path in turn (a directory: its {@code .java} files, compiled in memory when one
 * declares the class, then its {@code .jar} files; or a {@code .jar} file), then the built-ins ({@code SampleStrategy},
 * {@code SignalColumns}). A directory's {@code .py} files come after its Java sources and jars: the first that
 * defines {@code class <name>(...)} gives a {@link PythonStrategy}. A user file can so replace a built-in of the
 * same name. The params file is
 * {@code <source file base name>.json} beside a {@code .java} file, {@code <class name>.json} beside a jar, and for a
 * built-in {@code <class name>.json} in the first strategy directory. Jar class loaders stay open for the life of the
 * process (their classes may be loaded lazily).
 */
public final class StrategyLoader
{
    static final Map<String, Supplier<Strategy>> BUILT_INS = Map.of(
        "SampleStrategy", SampleStrategy::new,
        "SignalColumns", SignalColumns::new);
    static final Pattern CLASS_DECLARATION = Pattern.compile("\\bclass\\s+(\\w+)\\s+extends\\s+[\\w.]+");
    static final Pattern PYTHON_CLASS = Pattern.compile("(?m)^class\\s+(\\w+)\\s*\\(\\s*[\\w.]+");
    static final Pattern PACKAGE_DECLARATION = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    /* The header convert-strategy writes into a Java port it could not finish (convert_strategy.py). */
    static final Pattern UNCONVERTED = Pattern.compile(
        "(?m)^// (\\d+) line\\(s\\) were not converted: see the TODO comments\\.$");

    /** A strategy class found by {@link #find}; creates any number of instances (one per worker thread). */
    public static final class Found
    {
        private final String name;
        private final Class<? extends Strategy> type;
        private final Supplier<Strategy> builtIn;
        private final Path paramsFile;
        private final String origin;

        Found(final String name, final Class<? extends Strategy> type, final Supplier<Strategy> builtIn,
            final Path paramsFile, final String origin)
        {
            this.name = name;
            this.type = type;
            this.builtIn = builtIn;
            this.paramsFile = paramsFile;
            this.origin = origin;
        }

        public String name()
        {
            return name;
        }

        /**
         * Where its parameters are read from and exported to: {@code <strategy file>.json}, for a built-in
         * {@code <first strategy directory>/<name>.json}, or null (a jar's strategy, a built-in without a directory).
         *
         * @return the path or null.
         */
        public Path paramsFile()
        {
            return paramsFile;
        }

        /** Where the class came from: a file, a jar or {@code built-in}. */
        public String origin()
        {
            return origin;
        }

        /**
         * A new instance with parameters discovered and values loaded.
         *
         * @return the strategy.
         */
        public Strategy newInstance()
        {
            final Strategy strategy = null != builtIn ? builtIn.get() : construct();
            try
            {
                strategy.paramsFile(paramsFile);
                strategy.sourceFile(origin.endsWith(".java") ? Path.of(origin) : null);
                strategy.parameters();
                ParamsFile.apply(strategy, paramsFile);
            }
            catch (final RuntimeException ex)
            {
                PythonStrategy.closeIfOwning(strategy);
                throw ex;
            }
            return strategy;
        }

        private Strategy construct()
        {
            try
            {
                return type.getDeclaredConstructor().newInstance();
            }
            catch (final NoSuchMethodException | IllegalAccessException ex)
            {
                throw new UserInputException(origin + ": strategy " + name + " needs a public no-argument constructor");
            }
            catch (final InvocationTargetException ex)
            {
                throw StrategyException.of(name, type, origin.endsWith(".java") ? Path.of(origin) : null,
                    "its constructor", "-", ex.getCause());
            }
            catch (final InstantiationException ex)
            {
                throw new UserInputException(origin + ": strategy " + name + " is abstract");
            }
        }
    }

    private StrategyLoader()
    {
    }

    /**
     * Loads a strategy by name.
     *
     * @param name          the class's simple name.
     * @param strategyPaths directories or jars to search before the built-ins.
     * @return a new instance with values loaded.
     * @throws UserInputException for an unknown name (listing the available ones), a compile error
     *                            ({@code file:line: message}) or a bad params file.
     */
    public static Strategy load(final String name, final Path... strategyPaths)
    {
        return find(name, PythonOptions.defaults(), strategyPaths).newInstance();
    }

    /**
     * Loads a strategy by name; a {@code .py} strategy runs with the given Python options.
     *
     * @param name          the class's simple name.
     * @param python        the Python executable, config and run mode for a Python strategy.
     * @param strategyPaths directories or jars to search before the built-ins.
     * @return a new instance with values loaded (a {@link PythonStrategy} owns a process: close it).
     */
    public static Strategy load(final String name, final PythonOptions python, final Path... strategyPaths)
    {
        return find(name, python, strategyPaths).newInstance();
    }

    /**
     * Finds a strategy class by name without creating it.
     *
     * @param name          the class's simple name.
     * @param strategyPaths directories or jars to search before the built-ins.
     * @return the class.
     */
    public static Found find(final String name, final Path... strategyPaths)
    {
        return find(name, PythonOptions.defaults(), strategyPaths);
    }

    /**
     * Finds a strategy class by name without creating it.
     *
     * @param name          the class's simple name.
     * @param python        how a {@code .py} strategy will run.
     * @param strategyPaths directories or jars to search before the built-ins.
     * @return the class.
     */
    public static Found find(final String name, final PythonOptions python, final Path... strategyPaths)
    {
        for (final Path path : strategyPaths)
        {
            final Found found = Files.isDirectory(path) ? inDirectory(name, path, python) :
                isJar(path) ? inJar(name, path) : null;
            if (null != found)
            {
                return found;
            }
        }
        final Supplier<Strategy> builtIn = BUILT_INS.get(name);
        if (null != builtIn)
        {
            Path paramsFile = null;
            for (final Path path : strategyPaths)
            {
                if (Files.isDirectory(path))
                {
                    paramsFile = path.resolve(name + ".json");
                    break;
                }
            }
            return new Found(name, null, builtIn, paramsFile, "built-in");
        }
        throw new UserInputException("unknown strategy '" + name + "'; available: " +
            String.join(", ", available(strategyPaths)));
    }

    /**
     * Every strategy name the paths and built-ins offer, sorted.
     *
     * @param strategyPaths directories or jars.
     * @return the names.
     */
    public static List<String> available(final Path... strategyPaths)
    {
        final TreeSet<String> names = new TreeSet<>(BUILT_INS.keySet());
        for (final Path path : strategyPaths)
        {
            if (Files.isDirectory(path))
            {
                for (final Path file : list(path, ".java"))
                {
                    final Matcher m = CLASS_DECLARATION.matcher(read(file));
                    while (m.find())
                    {
                        names.add(m.group(1));
                    }
                }
                for (final Path jar : list(path, ".jar"))
                {
                    names.addAll(jarStrategies(jar));
                }
                for (final Path file : list(path, ".py"))
                {
                    final Matcher m = PYTHON_CLASS.matcher(read(file));
                    while (m.find())
                    {
                        names.add(m.group(1));
                    }
                }
            }
            else if (isJar(path))
            {
                names.addAll(jarStrategies(path));
            }
        }
        return new ArrayList<>(names);
    }

    private static Found inDirectory(final String name, final Path dir, final PythonOptions python)
    {
        final Pattern declares = Pattern.compile("\\bclass\\s+" + Pattern.quote(name) + "\\b");
        for (final Path file : list(dir, ".java"))
        {
            final String text = read(file);
            if (declares.matcher(text).find())
            {
                refuseUnfinishedPort(file, text);
                final Matcher pkg = PACKAGE_DECLARATION.matcher(text);
                final String className = pkg.find() ? pkg.group(1) + "." + name : name;
                final ClassLoader loader = SourceCompiler.compile(file, className);
                final String base = file.getFileName().toString().replaceFirst("\\.java$", "");
                return new Found(name, strategyClass(loader, className, file.toString()), null,
                    file.resolveSibling(base + ".json"), file.toString());
            }
        }
        for (final Path jar : list(dir, ".jar"))
        {
            final Found found = inJar(name, jar);
            if (null != found)
            {
                return found;
            }
        }
        return inPython(name, dir, python);
    }

    /*
     * A port convert-strategy could not finish lacks what its TODO lines stand for (callbacks, protections,
     * conditions): running it would give other trades than the .py it came from, and it shadows that .py, since
     * .java files are searched first.
     */
    private static void refuseUnfinishedPort(final Path file, final String text)
    {
        final Matcher unconverted = UNCONVERTED.matcher(text);
        if (unconverted.find())
        {
            throw new UserInputException(file + ": convert-strategy left " + unconverted.group(1) + " line(s) " +
                "unconverted (see its TODO comments): finish them and delete the line '" + unconverted.group() +
                "', or move the file out of the strategy path to run the .py strategy it came from");
        }
    }

    /* Freqtrade matches the class defined in the file, whatever the file's name (python-strategies.md 2.2). */
    private static Found inPython(final String name, final Path dir, final PythonOptions python)
    {
        for (final Path file : list(dir, ".py"))
        {
            final Matcher m = PYTHON_CLASS.matcher(read(file));
            while (m.find())
            {
                if (m.group(1).equals(name))
                {
                    final String base = file.getFileName().toString().replaceFirst("\\.py$", "");
                    return new Found(name, null, () -> PythonStrategy.start(file, name, python),
                        file.resolveSibling(base + ".json"), file.toString());
                }
            }
        }
        return null;
    }

    static Found inJar(final String name, final Path jar)
    {
        final String suffix = "/" + name + ".class";
        for (final String entry : jarEntries(jar))
        {
            if (entry.endsWith(suffix) || entry.equals(name + ".class"))
            {
                final String className = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
                final Class<? extends Strategy> type = strategyClass(jarLoader(jar), className, jar.toString());
                return new Found(name, type, null, jar.resolveSibling(name + ".json"), jar.toString());
            }
        }
        return null;
    }

    static Class<? extends Strategy> strategyClass(
        final ClassLoader loader, final String className, final String origin)
    {
        final Class<?> type;
        try
        {
            type = Class.forName(className, false, loader);
        }
        catch (final ClassNotFoundException | LinkageError ex)
        {
            throw new UserInputException(origin + ": cannot load class " + className + ": " + ex);
        }
        if (!Strategy.class.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers()))
        {
            throw new UserInputException(origin + ": class " + className + " is not a concrete subclass of " +
                Strategy.class.getName());
        }
        return type.asSubclass(Strategy.class);
    }

    static List<String> jarStrategies(final Path jar)
    {
        final List<String> names = new ArrayList<>();
        final ClassLoader loader = jarLoader(jar);
        for (final String entry : jarEntries(jar))
        {
            if (!entry.endsWith(".class") || entry.contains("$") || entry.endsWith("module-info.class"))
            {
                continue;
            }
            try
            {
                final Class<?> c = Class.forName(
                    entry.substring(0, entry.length() - 6).replace('/', '.'), false, loader);
                if (Strategy.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers()))
                {
                    names.add(c.getSimpleName());
                }
            }
            catch (final ClassNotFoundException | LinkageError ignore)
            {
                // not loadable here, so not offered
            }
        }
        return names;
    }

    @SuppressWarnings("resource")
    private static ClassLoader jarLoader(final Path jar)
    {
        try
        {
            return new URLClassLoader(new URL[]{jar.toUri().toURL()}, Strategy.class.getClassLoader());
        }
        catch (final MalformedURLException ex)
        {
            throw new UserInputException(jar + ": not a usable jar path");
        }
    }

    private static List<String> jarEntries(final Path jar)
    {
        final List<String> entries = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile()))
        {
            for (final Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); )
            {
                entries.add(e.nextElement().getName());
            }
        }
        catch (final IOException ex)
        {
            throw new UserInputException(jar + ": not a readable jar: " + ex.getMessage());
        }
        return entries;
    }

    static boolean isJar(final Path path)
    {
        return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar");
    }

    static List<Path> list(final Path dir, final String extension)
    {
        try (Stream<Path> files = Files.list(dir))
        {
            final List<Path> result = new ArrayList<>();
            files.filter(f -> f.getFileName().toString().endsWith(extension) && Files.isRegularFile(f))
                .sorted().forEach(result::add);
            return result;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot list " + dir, ex);
        }
    }

    static String read(final Path file)
    {
        try
        {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
    }
}
