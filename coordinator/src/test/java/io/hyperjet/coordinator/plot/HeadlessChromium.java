package io.hyperjet.coordinator.plot;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's chromium, headless, opening one page from disk: the DOM after the page's scripts ran, the browser's log
 * (console messages, Content-Security-Policy reports) and a screenshot. Each run gets a fresh profile directory and
 * its own process group, which is killed afterwards so no browser process outlives the call.
 */
final class HeadlessChromium
{
    private static final long TIMEOUT_S = 90;

    /** What one page load produced. */
    record Load(String dom, String log)
    {
    }

    private final Path binary;

    private HeadlessChromium(final Path binary)
    {
        this.binary = binary;
    }

    /** Chromium from the PATH, or null when it is not installed. */
    static HeadlessChromium find()
    {
        final String path = System.getenv("PATH");
        if (null == path)
        {
            return null;
        }
        for (final String dir : path.split(File.pathSeparator))
        {
            for (final String name : List.of("chromium", "chromium-browser"))
            {
                final Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate))
                {
                    return new HeadlessChromium(candidate);
                }
            }
        }
        return null;
    }

    /** Loads the page and returns its DOM (--dump-dom) and the browser's stderr log. */
    Load dumpDom(final Path page, final Path work) throws IOException, InterruptedException
    {
        final Path dom = work.resolve("dom.html");
        final Path log = work.resolve("chromium-dom.log");
        run(page, work, dom, log, "--enable-logging=stderr", "--v=0", "--dump-dom");
        return new Load(Files.readString(dom, StandardCharsets.UTF_8), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Loads the page and writes a PNG screenshot of the given size; returns the browser's log. */
    String screenshot(final Path page, final Path work, final Path png, final int width, final int height)
        throws IOException, InterruptedException
    {
        final Path log = work.resolve("chromium-shot.log");
        // A few seconds of page time, so the charts' first frames are drawn before the picture is taken.
        run(page, work, work.resolve("shot.out"), log, "--virtual-time-budget=5000", "--hide-scrollbars",
            "--window-size=" + width + "," + height,
            "--screenshot=" + png.toAbsolutePath());
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private void run(final Path page, final Path work, final Path stdout, final Path stderr, final String... extra)
        throws IOException, InterruptedException
    {
        final Path profile = Files.createTempDirectory(work, "chromium-profile");
        final List<String> cmd = new ArrayList<>(List.of("setsid", binary.toString(), "--headless", "--no-sandbox",
            "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--user-data-dir=" + profile, "--timeout=60000"));
        cmd.addAll(List.of(extra));
        cmd.add(page.toAbsolutePath().toUri().toString());
        // setsid makes the browser the leader of a new process group, so that the whole group can be killed.
        final Process process = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
            .start();
        try
        {
            if (!process.waitFor(TIMEOUT_S, TimeUnit.SECONDS))
            {
                throw new IllegalStateException("chromium did not finish " + page + " within " + TIMEOUT_S + " s");
            }
        }
        finally
        {
            killGroup(process);
            deleteTree(profile);
        }
    }

    private static void killGroup(final Process process) throws IOException, InterruptedException
    {
        final List<ProcessHandle> descendants = process.descendants().toList();
        new ProcessBuilder("kill", "-KILL", "--", "-" + process.pid()).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (final ProcessHandle child : descendants)
        {
            child.destroyForcibly();
            while (child.isAlive() && System.nanoTime() < deadline)
            {
                Thread.sleep(20);
            }
        }
    }

    static boolean anyAlive(final Path work)
    {
        final String marker = work.toAbsolutePath().toString();
        return ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine().map(c -> c.contains(marker))
            .orElse(false));
    }

    private static void deleteTree(final Path dir) throws IOException
    {
        if (!Files.exists(dir))
        {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir))
        {
            for (final Path p : paths.sorted(Comparator.reverseOrder()).toList())
            {
                Files.deleteIfExists(p);
            }
        }
    }
}
