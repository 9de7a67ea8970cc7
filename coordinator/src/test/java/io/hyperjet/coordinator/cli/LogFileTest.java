package io.hyperjet.coordinator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Freqtrade's --logfile: the lines a command prints go to the file too, in Freqtrade's log format, appended run after
 * run; syslog and journald are refused in one line.
 */
class LogFileTest
{
    private static final String STAMP = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} - hyperjet - ";

    @TempDir
    Path dir;

    @Test
    void shouldCopyOutputAndErrorsIntoTheFile() throws IOException
    {
        final Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"timeframe\": \"5m\"}");
        final Path log = dir.resolve("logs/hyperjet.log");
        final CliRun shown = CliRun.run("show-config", "--logfile", log.toString(), "-c", config.toString());
        assertEquals(0, shown.exitCode, shown.err);
        final List<String> first = Files.readAllLines(log);
        assertEquals(shown.out.lines().count(), first.size());
        assertTrue(first.get(0).matches(STAMP + "INFO - Your combined configuration is:"), first.get(0));

        final CliRun failed = CliRun.run("--log-file=" + log, "backtest", "-c", dir.resolve("none.json").toString());
        assertEquals(2, failed.exitCode);
        final List<String> both = Files.readAllLines(log);
        assertEquals(first, both.subList(0, first.size()));
        assertEquals(first.size() + 1, both.size());
        assertTrue(both.get(both.size() - 1).matches(STAMP + "ERROR - " + java.util.regex.Pattern.quote(
            failed.err.strip())), both.get(both.size() - 1));
    }

    @Test
    void shouldLogTheLastStateOfAProgressLineAndWhatIsPrintedDirectly() throws IOException
    {
        final Path file = dir.resolve("progress.log");
        final java.io.StringWriter console = new java.io.StringWriter();
        try (LogFile log = LogFile.open(file); java.io.PrintWriter out = log.tee(new java.io.PrintWriter(console),
            false))
        {
            out.print("\repoch 1/2");
            out.print("\repoch 2/2\r\u001B[K");
            out.println("Best: 2");
            System.err.println("hyperjet: warning: a worker line");
        }
        assertEquals("\repoch 1/2\repoch 2/2\r\u001B[KBest: 2" + System.lineSeparator(), console.toString());
        final List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches(STAMP + "INFO - Best: 2"), lines.get(0));
        assertTrue(lines.get(1).matches(STAMP + "WARNING - hyperjet: warning: a worker line"), lines.get(1));
    }

    @Test
    void shouldRefuseSyslogJournaldAndAMissingName()
    {
        final CliRun syslog = CliRun.run("show-config", "--logfile", "syslog:/dev/log");
        assertEquals(2, syslog.exitCode);
        assertEquals("hyperjet: --logfile syslog:/dev/log: Hyperjet does not log to syslog; give a file name\n",
            syslog.err);
        final CliRun journald = CliRun.run("--logfile", "journald", "show-config");
        assertEquals(2, journald.exitCode);
        assertEquals("hyperjet: --logfile journald: Hyperjet does not log to journald; give a file name\n",
            journald.err);
        final CliRun missing = CliRun.run("show-config", "--logfile");
        assertEquals("hyperjet: --logfile needs a file name\n", missing.err);
    }
}
