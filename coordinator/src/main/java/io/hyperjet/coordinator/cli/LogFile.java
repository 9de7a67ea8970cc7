package io.hyperjet.coordinator.cli;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.hyperjet.common.UserInputException;

/**
 * Freqtrade's global {@code --logfile FILE} ({@code --log-file}): accepted anywhere on the command line, it appends
 * every line the command prints, on standard output and standard error, to the file as well, each with its time and
 * level in Freqtrade's log format ({@code 2024-01-02 03:04:05,678 - hyperjet - INFO - text}). Freqtrade's special
 * values {@code syslog} and {@code journald} are refused: Hyperjet sends nothing to a system logger.
 * <p>
 * Lines from code that prints to {@link System#out}/{@link System#err} directly (in-process workers) are copied while a
 * command runs; Python bridge processes write to the terminal's standard error themselves and are not.
 */
final class LogFile implements AutoCloseable
{
    static final String FLAG = "--logfile";
    static final String ALIAS = "--log-file";

    private static final Pattern ESCAPES = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS", Locale.ROOT);

    private final Writer file;
    private final PrintStream systemOut;
    private final PrintStream systemErr;

    private LogFile(final Path path)
    {
        try
        {
            final Path parent = path.toAbsolutePath().getParent();
            if (null != parent)
            {
                Files.createDirectories(parent);
            }
            file = new OutputStreamWriter(new FileOutputStream(path.toFile(), true), StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            throw new UserInputException(FLAG + " " + path + ": cannot open the log file: " + ex.getMessage());
        }
        systemOut = System.out;
        systemErr = System.err;
    }

    /**
     * The file {@code --logfile} names, or null without the flag.
     *
     * @param args the command line.
     * @return the path or null.
     * @throws UserInputException for a flag without a value, or syslog/journald.
     */
    static Path path(final String[] args)
    {
        String value = null;
        for (int i = 0; i < args.length; i++)
        {
            final String arg = args[i];
            if (isFlag(arg))
            {
                if (i + 1 >= args.length || args[i + 1].startsWith("-"))
                {
                    throw new UserInputException(arg + " needs a file name");
                }
                value = args[++i];
            }
            else if (arg.startsWith(FLAG + "=") || arg.startsWith(ALIAS + "="))
            {
                value = arg.substring(arg.indexOf('=') + 1);
            }
        }
        if (null == value)
        {
            return null;
        }
        if (value.isEmpty())
        {
            throw new UserInputException(FLAG + " needs a file name");
        }
        if (value.startsWith("syslog") || "journald".equals(value))
        {
            throw new UserInputException(FLAG + " " + value + ": Hyperjet does not log to " +
                (value.startsWith("syslog") ? "syslog" : "journald") + "; give a file name");
        }
        return Path.of(value);
    }

    /**
     * The command line without {@code --logfile} and its value.
     *
     * @param args the command line.
     * @return the rest, in order.
     */
    static String[] without(final String[] args)
    {
        final List<String> kept = new ArrayList<>(args.length);
        for (int i = 0; i < args.length; i++)
        {
            if (isFlag(args[i]))
            {
                i++;
            }
            else if (!args[i].startsWith(FLAG + "=") && !args[i].startsWith(ALIAS + "="))
            {
                kept.add(args[i]);
            }
        }
        return kept.toArray(new String[0]);
    }

    private static boolean isFlag(final String arg)
    {
        return FLAG.equals(arg) || ALIAS.equals(arg);
    }

    /**
     * Opens the log file for appending and copies {@link System#out}/{@link System#err} into it until closed.
     *
     * @param path the file; its folder is created.
     * @return the open log file.
     */
    static LogFile open(final Path path)
    {
        final LogFile log = new LogFile(path);
        System.setOut(new PrintStream(log.tee(log.systemOut, false), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(log.tee(log.systemErr, true), true, StandardCharsets.UTF_8));
        return log;
    }

    /**
     * A writer that writes to the console and copies each line into the log file.
     *
     * @param console the command's standard output or error.
     * @param error   whether it is standard error (lines are WARNING or ERROR, else INFO).
     * @return the writer.
     */
    PrintWriter tee(final PrintWriter console, final boolean error)
    {
        return new PrintWriter(new LineTee(console, error), true);
    }

    private OutputStream tee(final PrintStream console, final boolean error)
    {
        final LineTee lines = new LineTee(null, error);
        return new OutputStream()
        {
            private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

            @Override
            public void write(final int b)
            {
                console.write(b);
                pending.write(b);
                if (b == '\n')
                {
                    lines.logText(pending.toString(StandardCharsets.UTF_8));
                    pending.reset();
                }
            }

            @Override
            public void flush()
            {
                console.flush();
            }
        };
    }

    private synchronized void log(final String line, final boolean error)
    {
        final String level = !error ? "INFO" : line.contains("warning:") ? "WARNING" : "ERROR";
        try
        {
            file.write(TIME.format(LocalDateTime.now()) + " - hyperjet - " + level + " - " + line + "\n");
            file.flush();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write the log file", ex);
        }
    }

    @Override
    public void close()
    {
        System.out.flush();
        System.err.flush();
        System.setOut(systemOut);
        System.setErr(systemErr);
        try
        {
            file.close();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot close the log file", ex);
        }
    }

    /**
     * Passes text to the console (when there is one) and hands each complete line to the log: a carriage return not
     * followed by a line feed starts the line again (a progress line overwrites itself), and terminal escape
     * sequences are left out.
     */
    private final class LineTee extends Writer
    {
        private final PrintWriter console;
        private final boolean error;
        private final StringBuilder line = new StringBuilder();
        private boolean carriageReturn;

        LineTee(final PrintWriter console, final boolean error)
        {
            this.console = console;
            this.error = error;
        }

        @Override
        public synchronized void write(final char[] text, final int offset, final int length)
        {
            if (null != console)
            {
                console.write(text, offset, length);
            }
            for (int i = offset; i < offset + length; i++)
            {
                final char c = text[i];
                if (c == '\n')
                {
                    LogFile.this.log(ESCAPES.matcher(line).replaceAll(""), error);
                    line.setLength(0);
                    carriageReturn = false;
                }
                else if (c == '\r')
                {
                    carriageReturn = true;
                }
                else
                {
                    if (carriageReturn)
                    {
                        line.setLength(0);
                        carriageReturn = false;
                    }
                    line.append(c);
                }
            }
        }

        synchronized void logText(final String text)
        {
            write(text.toCharArray(), 0, text.length());
        }

        @Override
        public void flush()
        {
            if (null != console)
            {
                console.flush();
            }
        }

        @Override
        public synchronized void close()
        {
            if (line.length() > 0 && !carriageReturn)
            {
                LogFile.this.log(ESCAPES.matcher(line).replaceAll(""), error);
                line.setLength(0);
            }
            flush();
        }
    }
}
