package io.hyperjet.coordinator.hyperopt;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The CLI in a child JVM, as {@code bin/hyperjet} runs it (same class path and JVM flags): a crash of that JVM (SIGBUS) shows as
 * its exit code and an {@code hs_err_pid*.log} in its working directory instead of killing the test JVM.
 */
final class CliProcess
{
    final int exitCode;
    final String out;
    final String err;

    private CliProcess(final int exitCode, final String out, final String err)
    {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    static CliProcess run(final Path workDir, final String... args) throws IOException, InterruptedException
    {
        final List<String> command = CliJvm.command(List.of("-Xmx512m"), args);
        final File out = Files.createTempFile(workDir, "cli", ".out").toFile();
        final File err = Files.createTempFile(workDir, "cli", ".err").toFile();
        final Process process = new ProcessBuilder(command).directory(workDir.toFile())
            .redirectOutput(out).redirectError(err).start();
        if (!process.waitFor(150, TimeUnit.SECONDS))
        {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            throw new AssertionError("hyperjet " + args[0] + " did not end in 150 s");
        }
        final CliProcess run = new CliProcess(process.exitValue(),
            Files.readString(out.toPath(), StandardCharsets.UTF_8), Files.readString(err.toPath(), StandardCharsets.UTF_8));
        Files.delete(out.toPath());
        Files.delete(err.toPath());
        return run;
    }

    @Override
    public String toString()
    {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
