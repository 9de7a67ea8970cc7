package io.hyperjet.shm.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.hyperjet.common.launch.JvmFlags;

/**
 * Spawns a JVM running a main class of this module's classpath, with the shared JVM flags.
 */
public final class ChildJvm
{
    private ChildJvm()
    {
    }

    public static Process start(final Class<?> mainClass, final String... args)
    {
        final List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(JvmFlags.flags());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        try
        {
            return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot start " + mainClass.getName(), ex);
        }
    }

    public static String readLine(final Process process)
    {
        try
        {
            final BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            return reader.readLine();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read from pid " + process.pid(), ex);
        }
    }

    public static String readAll(final Process process)
    {
        try
        {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read from pid " + process.pid(), ex);
        }
    }
}
