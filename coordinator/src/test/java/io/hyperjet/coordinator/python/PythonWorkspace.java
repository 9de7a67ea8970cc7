package io.hyperjet.coordinator.python;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Python strategies for coordinator tests: the worker module's test strategies copied into a temp directory (so a
 * run's params file never lands in the source tree), and a {@code python_executable} wrapper that puts the worker's
 * freqtrade stand-in on PYTHONPATH and tags the bridge's command line with the test directory (so a test counts only
 * its own bridge processes, not other runs' on the machine).
 */
public final class PythonWorkspace
{
    private static final Path WORKER_TESTS = Path.of("..", "worker", "src", "test").toAbsolutePath().normalize();
    /** The strategy files every workspace gets. */
    public static final List<String> FILES = List.of("py_momentum.py", "JavaMomentum.java", "py_guarded.py",
        "JavaGuarded.java", "broken_strategy.py", "missing_module.py");

    /** Where the strategies are. */
    public final Path strategies;
    /** The wrapper script, for {@code python_executable} / {@code --python}. */
    public final Path python;
    private final String marker;

    /**
     * Sets up a workspace.
     *
     * @param dir a temp directory.
     * @throws IOException on a write failure.
     */
    public PythonWorkspace(final Path dir) throws IOException
    {
        this(dir, false);
    }

    /**
     * Sets up a workspace, optionally with the test stand-in of TA-Lib's Python wrapper importable (kept off the
     * default path: other tests need {@code import talib} to fail).
     *
     * @param dir   a temp directory.
     * @param talib whether {@code import talib} finds the stand-in in worker/src/test/python-talib.
     * @throws IOException on a write failure.
     */
    public PythonWorkspace(final Path dir, final boolean talib) throws IOException
    {
        strategies = Files.createDirectories(dir.resolve("strategies"));
        for (final String file : FILES)
        {
            Files.copy(WORKER_TESTS.resolve("resources/python-strategies").resolve(file), strategies.resolve(file));
        }
        marker = "--hyperjet-test=" + dir;
        python = dir.resolve("python-with-stand-in");
        Files.writeString(python, "#!/bin/sh\nPYTHONPATH='" + WORKER_TESTS.resolve("python") +
            (talib ? ":" + WORKER_TESTS.resolve("python-talib") : "") + "' exec '" + interpreter() + "' \"$@\" '" + marker + "'\n");
        Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwx------"));
    }

    /* The first python3 that imports numpy and pandas (CI installs Debian's; a pyenv python3 may lack them). */
    private static String interpreter() throws IOException
    {
        for (final String candidate : List.of("python3", "/usr/bin/python3"))
        {
            try
            {
                final Process p = new ProcessBuilder(candidate, "-c", "import numpy, pandas")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0)
                {
                    return candidate;
                }
            }
            catch (final IOException ignore)
            {
                // not installed under this name
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IOException("no python3 with numpy and pandas: apt-get install python3-numpy python3-pandas");
    }

    /**
     * Adds {@code python_executable} and {@code strategy_path} to a config file.
     *
     * @param config the config file.
     * @throws IOException on a read or write failure.
     */
    public void configure(final Path config) throws IOException
    {
        final ObjectMapper mapper = new ObjectMapper();
        final ObjectNode node = (ObjectNode)mapper.readTree(config.toFile());
        node.put("python_executable", python.toString()).put("strategy_path", strategies.toString());
        mapper.writerWithDefaultPrettyPrinter().writeValue(config.toFile(), node);
    }

    /**
     * This workspace's live bridge processes (anywhere: an orphan is no descendant of this JVM).
     *
     * @return the processes.
     */
    public List<ProcessHandle> bridges()
    {
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
            .filter(p -> p.info().commandLine().orElse("").contains(marker)).toList();
    }

    /**
     * Waits up to {@code seconds} for this workspace's bridges to end (an orphan checks its parent once a second).
     *
     * @param seconds how long.
     * @return the bridges still alive.
     * @throws InterruptedException if interrupted.
     */
    public List<ProcessHandle> bridgesAfter(final int seconds) throws InterruptedException
    {
        final long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<ProcessHandle> alive = bridges();
        while (!alive.isEmpty() && System.nanoTime() - deadline < 0)
        {
            Thread.sleep(100);
            alive = bridges();
        }
        return alive;
    }
}
