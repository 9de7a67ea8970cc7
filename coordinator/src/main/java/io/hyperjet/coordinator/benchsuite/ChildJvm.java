package io.hyperjet.coordinator.benchsuite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.hyperjet.common.launch.JvmFlags;

/**
 * A JVM running {@link BenchChild}, started with this JVM's binary, class path and the Hyperjet flags. It reports
 * on stdout; closing its stdin tells it to exit. {@link #close()} waits for it and kills it when it does not go.
 */
final class ChildJvm implements AutoCloseable
{
    private static final long EXIT_WAIT_MS = 30_000;

    private final Process process;
    private final BufferedReader out;

    private ChildJvm(final Process process)
    {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Starts a child.
     *
     * @param args the {@link BenchChild} arguments.
     * @return the running child.
     */
    static ChildJvm start(final List<String> args)
    {
        try
        {
            return new ChildJvm(new ProcessBuilder(command(BenchChild.class.getName(), args))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot start a child JVM", ex);
        }
    }

    /**
     * The command line of a JVM like this one running a main class.
     *
     * @param mainClass the class.
     * @param args      its arguments.
     * @return the command.
     */
    static List<String> command(final String mainClass, final List<String> args)
    {
        return command(mainClass, List.of(), args);
    }

    static List<String> command(final String mainClass, final List<String> extraFlags, final List<String> args)
    {
        final List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow(
            () -> new IllegalStateException("cannot tell which java binary runs this JVM")));
        command.addAll(JvmFlags.flags());
        command.addAll(extraFlags);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    long pid()
    {
        return process.pid();
    }

    /**
     * Reads stdout up to the first line starting with {@code prefix}.
     *
     * @param prefix e.g. {@code READY}.
     * @return the rest of that line, trimmed.
     */
    String awaitLine(final String prefix)
    {
        try
        {
            String line;
            while (null != (line = out.readLine()))
            {
                if (line.startsWith(prefix))
                {
                    return line.substring(prefix.length()).trim();
                }
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read the output of child JVM " + process.pid(), ex);
        }
        throw new IllegalStateException("child JVM " + process.pid() + " ended without '" + prefix + "' (see " +
            "its errors above)");
    }

    /** Closes the child's stdin, waits for it to exit and kills it if it does not. Idempotent. */
    @Override
    public void close()
    {
        try
        {
            process.getOutputStream().close();
            if (!process.waitFor(EXIT_WAIT_MS, TimeUnit.MILLISECONDS))
            {
                process.destroyForcibly().waitFor(EXIT_WAIT_MS, TimeUnit.MILLISECONDS);
            }
            out.close();
        }
        catch (final IOException ex)
        {
            process.destroyForcibly();
        }
        catch (final InterruptedException ex)
        {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
