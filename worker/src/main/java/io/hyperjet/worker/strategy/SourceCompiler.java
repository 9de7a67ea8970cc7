package io.hyperjet.worker.strategy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import io.hyperjet.common.UserInputException;

/**
 * Compiles a user strategy's {@code .java} file with the JDK compiler, in memory (no class files on disk), against
 * the running classpath, with the file's directory as source path so sibling files it uses compile too.
 */
final class SourceCompiler
{
    private SourceCompiler()
    {
    }

    /**
     * Compiles a source file and returns a class loader holding every class produced.
     *
     * @param source    the {@code .java} file.
     * @param className the strategy class it declares (binary name).
     * @return a loader whose parent is the engine's loader.
     * @throws UserInputException {@code file:line: message} for the first compile error.
     */
    static ClassLoader compile(final Path source, final String className)
    {
        final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (null == compiler)
        {
            throw new UserInputException(source + ": cannot compile strategies: this Java runtime has no compiler " +
                "(run on a JDK)");
        }
        final DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        final Map<String, byte[]> classes = new HashMap<>();
        try (StandardJavaFileManager standard =
                 compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
             MemoryFileManager files = new MemoryFileManager(standard, classes))
        {
            final List<String> options = List.of(
                "-classpath", classpath(), "-sourcepath", source.toAbsolutePath().getParent().toString(),
                "-proc:none", "-encoding", "UTF-8", "-Xlint:none", "-nowarn");
            final Boolean ok = compiler.getTask(null, files, diagnostics, options, null,
                List.of(new UserSource(source, className))).call();
            if (!ok)
            {
                throw firstError(source, diagnostics);
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot compile " + source, ex);
        }
        return new MemoryClassLoader(classes, Strategy.class.getClassLoader());
    }

    private static UserInputException firstError(
        final Path source, final DiagnosticCollector<JavaFileObject> diagnostics)
    {
        for (final Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics())
        {
            if (d.getKind() == Diagnostic.Kind.ERROR)
            {
                final String file = null == d.getSource() ? source.toString() : Path.of(d.getSource().toUri()).toString();
                return new UserInputException(file + ":" + d.getLineNumber() + ": " + oneLine(d.getMessage(Locale.ROOT)));
            }
        }
        return new UserInputException(source + ": compilation failed");
    }

    /*
     * javac puts the useful part of many errors on the following lines ("cannot find symbol", then "symbol: ..." and
     * "location: ..."): they are kept, in parentheses, so the one-line error still names what is missing.
     */
    static String oneLine(final String message)
    {
        final List<String> lines = new ArrayList<>();
        message.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> lines.add(l.replaceAll("\\s+", " ")));
        if (lines.isEmpty())
        {
            return "compile error";
        }
        final String first = lines.get(0);
        return 1 == lines.size() ? first : first + " (" + String.join("; ", lines.subList(1, lines.size())) + ")";
    }

    /** The running classpath plus the jars of the strategy API, for launchers that use a manifest-only jar. */
    private static String classpath()
    {
        final Set<String> entries = new LinkedHashSet<>();
        for (final String e : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator))
        {
            if (!e.isEmpty())
            {
                entries.add(e);
            }
        }
        for (final Class<?> c : new Class<?>[]{Strategy.class, io.hyperjet.common.frame.PairFrame.class,
            org.agrona.DirectBuffer.class, com.tictactec.ta.lib.Core.class})
        {
            try
            {
                entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            }
            catch (final URISyntaxException | RuntimeException ignore)
            {
                // no code source (e.g. a custom loader): java.class.path has to do
            }
        }
        return String.join(java.io.File.pathSeparator, new ArrayList<>(entries));
    }

    /**
     * The user's file under its real path, but accepted as the source of {@code className} whatever the file is
     * called: Freqtrade users name strategy files freely, javac wants a public class in a file of its name.
     */
    private static final class UserSource extends SimpleJavaFileObject
    {
        private final Path path;
        private final String simpleName;

        UserSource(final Path path, final String className)
        {
            super(path.toAbsolutePath().toUri(), Kind.SOURCE);
            this.path = path;
            this.simpleName = className.substring(className.lastIndexOf('.') + 1);
        }

        @Override
        public boolean isNameCompatible(final String name, final Kind kind)
        {
            return kind == Kind.SOURCE && name.equals(simpleName);
        }

        @Override
        public CharSequence getCharContent(final boolean ignoreEncodingErrors) throws IOException
        {
            return java.nio.file.Files.readString(path, StandardCharsets.UTF_8);
        }
    }

    private static final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager>
    {
        private final Map<String, byte[]> classes;

        MemoryFileManager(final StandardJavaFileManager standard, final Map<String, byte[]> classes)
        {
            super(standard);
            this.classes = classes;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(
            final Location location, final String className, final JavaFileObject.Kind kind, final FileObject sibling)
        {
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind)
            {
                @Override
                public OutputStream openOutputStream()
                {
                    return new ByteArrayOutputStream()
                    {
                        @Override
                        public void close()
                        {
                            classes.put(className, toByteArray());
                        }
                    };
                }
            };
        }
    }

    private static final class MemoryClassLoader extends ClassLoader
    {
        private final Map<String, byte[]> classes;

        MemoryClassLoader(final Map<String, byte[]> classes, final ClassLoader parent)
        {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(final String name) throws ClassNotFoundException
        {
            final byte[] bytes = classes.get(name);
            if (null == bytes)
            {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
