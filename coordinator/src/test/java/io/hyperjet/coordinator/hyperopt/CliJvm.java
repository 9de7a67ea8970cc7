package io.hyperjet.coordinator.hyperopt;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.hyperjet.common.launch.JvmFlags;
import io.hyperjet.coordinator.cli.Main;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hyperjet CLI for the multi-JVM tests: a coordinator in a JVM of its own, started as {@code bin/hyperjet} starts
 * it (this JVM's java, the JVM flags of {@code etc/jvm.properties}, the test class path), its stdout and stderr in
 * one log file; the waits those tests poll on; and {@link #execute} for a run inside the test JVM.
 * <p>
 * Every test that starts one calls {@link #killDescendants()} after each test, so no coordinator or worker JVM
 * outlives it whatever failed.
 */
final class CliJvm
{
    private static final long POLL_MS = 20;

    private final Process process;
    private final Path log;

    private CliJvm(final Process process, final Path log)
    {
        this.process = process;
        this.log = log;
    }

    /**
     * The command line of the CLI in a JVM of its own.
     *
     * @param jvmOptions options after the JVM flags (such as {@code -Xmx512m}).
     * @param args       the CLI's arguments.
     * @return java, its flags and options, the class path, the CLI's main class and the arguments.
     */
    static List<String> command(final List<String> jvmOptions, final String... args)
    {
        final List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(JvmFlags.flags());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Starts the CLI in a JVM of its own.
     *
     * @param log  the file its stdout and stderr go to.
     * @param args the CLI's arguments.
     * @return the running coordinator.
     */
    static CliJvm start(final Path log, final String... args) throws IOException
    {
        return new CliJvm(new ProcessBuilder(command(List.of(), args)).redirectErrorStream(true)
            .redirectOutput(log.toFile()).start(), log);
    }

    Process process()
    {
        return process;
    }

    long pid()
    {
        return process.pid();
    }

    /** @return what the coordinator printed so far. */
    String output() throws IOException
    {
        return read(log);
    }

    /**
     * Waits until the output holds {@code text}, the coordinator ends or {@code timeoutS} pass.
     *
     * @return whether the text was printed.
     */
    boolean awaitOutput(final String text, final int timeoutS) throws IOException, InterruptedException
    {
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutS);
        while (System.nanoTime() - deadlineNs < 0 && process.isAlive() && !output().contains(text))
        {
            Thread.sleep(POLL_MS);
        }
        return output().contains(text);
    }

    /**
     * Waits until the run's .fthypt holds {@code lines} epochs, the coordinator ends or {@code timeoutS} pass.
     *
     * @return the epochs written by then.
     */
    long awaitEpochs(final HyperoptFixture fx, final int lines, final int timeoutS)
        throws IOException, InterruptedException
    {
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutS);
        while (System.nanoTime() - deadlineNs < 0 && process.isAlive() && epochsWritten(fx) < lines)
        {
            Thread.sleep(POLL_MS);
        }
        return epochsWritten(fx);
    }

    /**
     * Waits for the coordinator to end, failing the test with its output if it does not within {@code timeoutS}.
     *
     * @return its exit code.
     */
    int awaitExit(final int timeoutS) throws IOException, InterruptedException
    {
        assertTrue(process.waitFor(timeoutS, TimeUnit.SECONDS), "run did not end: " + output());
        return process.exitValue();
    }

    /** @return the lines of the fixture's .fthypt so far, 0 before it exists. */
    static long epochsWritten(final HyperoptFixture fx) throws IOException
    {
        if (!Files.isDirectory(fx.resultsDir()) || fx.fthyptFiles().isEmpty())
        {
            return 0;
        }
        return Files.readAllLines(fx.fthyptFiles().get(0)).size();
    }

    /** @return the file's text, or "" before it exists. */
    static String read(final Path log) throws IOException
    {
        return Files.isRegularFile(log) ? Files.readString(log) : "";
    }

    /** Kills every process this JVM started, and theirs: coordinators and worker JVMs. */
    static void killDescendants()
    {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * Runs the CLI inside this JVM ({@link Main#execute}).
     *
     * @param args the CLI's arguments.
     * @return its exit code and what it printed.
     */
    static Result execute(final String... args)
    {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int exitCode = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exitCode, out.toString(), err.toString());
    }

    /**
     * Writes a Java strategy where the fixture's config finds it.
     *
     * @param root   the fixture's directory.
     * @param name   the class name.
     * @param source the class.
     */
    static void strategy(final Path root, final String name, final String source) throws IOException
    {
        final Path strategies = Files.createDirectories(root.resolve("user_data/strategies"));
        Files.writeString(strategies.resolve(name + ".java"), source);
    }

    /** One CLI run inside the test JVM: exit code, stdout and stderr. */
    record Result(int exitCode, String out, String err)
    {
    }
}
