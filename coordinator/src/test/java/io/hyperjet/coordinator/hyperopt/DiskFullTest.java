package io.hyperjet.coordinator.hyperopt;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.coordinator.cli.Main;
import io.hyperjet.coordinator.results.HyperoptResults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hyperopt whose results directory fills up (a small tmpfs): it stops with one line naming the directory and what
 * it needs, keeps every finished epoch in valid files, and once space is freed {@code --resume} ends with the same
 * epochs as a run that had room. Needs permission to mount a tmpfs (root); skipped otherwise.
 */
class DiskFullTest
{
    private static final int EPOCHS = 60;

    @TempDir
    Path dir;

    private static int sh(final String... command) throws IOException, InterruptedException
    {
        final Process p = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    private static String[] args(final HyperoptFixture fx, final String... more)
    {
        final List<String> args = new java.util.ArrayList<>(List.of("hyperopt", "-c", fx.config.toString(), "-e",
            Integer.toString(EPOCHS), "--in-process", "--spaces", "roi", "stoploss", "--random-state", "7",
            "--disable-param-export"));
        args.addAll(List.of(more));
        return args.toArray(new String[0]);
    }

    @Test
    void shouldStopCleanlyOnAFullDiskAndResumeOnceThereIsRoom() throws Exception
    {
        final String all = "\"hyperopt_results_trades\": \"all\", \"fee\"";
        final HyperoptFixture roomy = new HyperoptFixture(dir.resolve("roomy"), 2, 30);
        Files.writeString(roomy.config, Files.readString(roomy.config).replace("\"fee\"", all));
        assertEquals(0, Main.execute(args(roomy), new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter())));
        final long perEpoch = Files.size(roomy.fthyptFiles().get(0)) / EPOCHS;

        final HyperoptFixture full = new HyperoptFixture(dir.resolve("full"), 2, 30);
        Files.writeString(full.config, Files.readString(full.config).replace("\"fee\"", all));
        final Path results = Files.createDirectories(full.resultsDir());
        // room for about a third of the epochs (line plus journal record) above the reserve
        final long sizeKb = (DiskGuard.RESERVE_BYTES + perEpoch * 2 * EPOCHS / 3) / 1024;
        Assumptions.assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=" + sizeKb + "k", "tmpfs",
            results.toString()) == 0, "cannot mount a tmpfs here (needs root)");
        try
        {
            final StringWriter out = new StringWriter();
            final StringWriter err = new StringWriter();
            final int code = Main.execute(args(full), new PrintWriter(out, true), new PrintWriter(err, true));
            assertEquals(1, code, out + "\n" + err);
            final List<String> errors = err.toString().lines().filter(l -> l.startsWith("hyperjet: ")).toList();
            assertEquals(1, errors.size(), err.toString());
            assertTrue(errors.get(0).contains(results.toString()) && errors.get(0).contains("MB free") &&
                errors.get(0).contains("need about") && errors.get(0).contains("--resume"), errors.get(0));
            final Path fthypt = full.fthyptFiles().get(0);
            final List<String> kept = Files.readAllLines(fthypt, StandardCharsets.UTF_8);
            assertTrue(kept.size() > 3 && kept.size() < EPOCHS, "kept " + kept.size());
            assertEquals(kept.size(), HyperoptResults.read(fthypt).epochs().size(), "every kept line is valid");
            assertTrue(Files.readString(fthypt).endsWith("}\n") && !Files.readString(fthypt).contains("\0"));

            assertEquals(0, sh("mount", "-o", "remount,size=" + (sizeKb * 8) + "k", results.toString()));
            final StringWriter resumedOut = new StringWriter();
            assertEquals(0, Main.execute(new String[] {"hyperopt", "-c", full.config.toString(), "--in-process",
                "--resume"}, new PrintWriter(resumedOut, true), new PrintWriter(new StringWriter(), true)),
                resumedOut.toString());
            assertTrue(resumedOut.toString().contains("Resumed: "), resumedOut.toString());
            HyperoptFixture.assertSameEpochs(roomy.fthyptFiles().get(0), fthypt);
        }
        finally
        {
            sh("umount", "-l", results.toString());
        }
    }
}
