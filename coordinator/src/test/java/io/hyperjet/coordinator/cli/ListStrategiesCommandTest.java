package io.hyperjet.coordinator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.coordinator.python.PythonWorkspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListStrategiesCommandTest
{
    @TempDir
    Path dir;

    private static String row(final CliRun run, final String name, final String location)
    {
        return run.out.lines().filter(l -> l.startsWith("| " + name + " ") && l.contains("| " + location + " "))
            .findFirst().orElseThrow(() -> new AssertionError(name + " in " + location + " missing:\n" + run.out));
    }

    @Test
    void shouldListJavaPythonAndBuiltInStrategiesWithBrokenFilesAndDuplicates() throws IOException
    {
        final PythonWorkspace python = new PythonWorkspace(dir);
        Files.writeString(python.strategies.resolve("Broken.java"), "public class Broken extends " +
            "io.hyperjet.worker.strategy.Strategy { int x = ; }\n");
        Files.writeString(python.strategies.resolve("my_sample.py"), Files.readString(python.strategies
            .resolve("py_momentum.py")).replace("class PyMomentum(IStrategy):", "class SampleStrategy(IStrategy):"));
        final CliRun run = CliRun.run("list-strategies", "--strategy-path", python.strategies.toString(), "--python",
            python.python.toString());
        assertEquals(0, run.exitCode, run.err);
        assertTrue(row(run, "PyMomentum", "py_momentum.py").matches(".*\\| 3 +\\| OK +\\|"), run.out);
        assertTrue(row(run, "JavaMomentum", "JavaMomentum.java").matches(".*\\| 3 +\\| OK +\\|"), run.out);
        assertTrue(row(run, "MissingModule", "missing_module.py").contains(
            "LOAD FAILED: " + python.strategies.resolve("missing_module.py") +
            ":1: ModuleNotFoundError: No module named 'technical'"), run.out);
        assertTrue(row(run, "Broken", "Broken.java").contains("LOAD FAILED: "), run.out);
        assertTrue(row(run, "SampleStrategy", "my_sample.py").contains("| OK"), run.out);
        assertTrue(row(run, "SampleStrategy", "built-in").contains("DUPLICATE NAME (my_sample.py is used)"),
            run.out);

        final CliRun names = CliRun.run("list-strategies", "--strategy-path", python.strategies.toString(),
            "--python", python.python.toString(), "-1");
        assertEquals(0, names.exitCode, names.err);
        assertTrue(names.out.lines().toList().containsAll(List.of("PyMomentum", "JavaGuarded", "SampleStrategy",
            "SignalColumns")), names.out);
    }

    @Test
    void shouldListPythonClassesUncheckedWithoutAUsablePython() throws IOException
    {
        final PythonWorkspace python = new PythonWorkspace(dir);
        final CliRun run = CliRun.run("list-strategies", "--strategy-path", python.strategies.toString(), "--python",
            dir.resolve("no-python").toString());
        assertEquals(0, run.exitCode, run.err);
        assertTrue(row(run, "PyGuarded", "py_guarded.py").contains("NOT CHECKED (no usable Python)"), run.out);
        assertTrue(run.err.contains("cannot start python_executable"), run.err);
        assertEquals(1, run.err.strip().lines().count(), run.err);
    }
}
