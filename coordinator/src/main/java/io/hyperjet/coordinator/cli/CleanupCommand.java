package io.hyperjet.coordinator.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.hyperjet.shm.run.RunCleaner;
import io.hyperjet.shm.run.RunEntry;
import io.hyperjet.shm.run.RunStatus;
import io.hyperjet.shm.run.SharedMemoryRoot;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hyperjet cleanup [--dry-run] [--shared-memory-dir D]}: lists the shared-memory runs and removes those whose
 * coordinator is dead. Live runs are never touched.
 */
@Command(
    name = "cleanup",
    mixinStandardHelpOptions = true,
    description = "List shared-memory runs and remove the stale ones (their coordinator is dead).")
final class CleanupCommand implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", description = "Only list what would be removed.")
    boolean dryRun;

    @Option(names = "--shared-memory-dir", paramLabel = "D",
        description = "The shared-memory root (default /dev/shm/hyperjet-<user>, or <tmp>/hyperjet-<user>).")
    String sharedMemoryDir;

    @Override
    public Integer call()
    {
        final Path root = SharedMemoryRoot.resolve(sharedMemoryDir);
        if (Files.exists(root, LinkOption.NOFOLLOW_LINKS))
        {
            SharedMemoryRoot.checkTrusted(root);
        }
        final PrintWriter out = spec.commandLine().getOut();
        final List<RunEntry> runs = RunCleaner.list(root);
        int removed = 0;
        int kept = 0;
        long freedBytes = 0;
        for (final RunEntry run : runs)
        {
            final String action;
            if (RunStatus.LIVE == run.status())
            {
                action = "kept";
                kept++;
            }
            else if (dryRun)
            {
                action = "would remove";
                removed++;
                freedBytes += run.bytes();
            }
            else if (RunCleaner.removeIfStale(run))
            {
                action = "removed";
                removed++;
                freedBytes += run.bytes();
            }
            else
            {
                action = "kept (coordinator came back or run already gone)";
                kept++;
            }
            out.printf("%-32s %-5s %,16d bytes  %s: %s%n", run.runId(), run.status().name().toLowerCase(),
                run.bytes(), action, run.reason());
        }
        out.printf("%s: %d stale run%s %s (%,d bytes), %d live run%s kept%n", root, removed, 1 == removed ? "" : "s",
            dryRun ? "would be removed" : "removed", freedBytes, kept, 1 == kept ? "" : "s");
        out.flush();
        return ExitCode.OK;
    }
}
