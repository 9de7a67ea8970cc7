package io.hyperjet.worker.python;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.common.UserInputException;

/**
 * One Python process running the bridge script, driven by one JSON line per request on its stdin and one JSON
 * line per reply on its stdout; its stderr is this JVM's (the strategy's prints and logs show there). It lives as
 * long as its owner: {@link #close()} ends it, and it ends by itself on stdin EOF or when its parent dies.
 * <p>
 * A failed request (the strategy's import, constructor or phase raised) becomes a {@link UserInputException} whose
 * message is the bridge's one line {@code file:line: Type: message}; its cause carries the Python traceback for
 * {@code --verbose}. Not threadsafe.
 */
public final class PythonProcess implements AutoCloseable
{
    static final long EXIT_WAIT_MS = 2_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Process process;
    private final BufferedWriter requests;
    private final BufferedReader replies;
    private final String description;

    private PythonProcess(final Process process, final String description)
    {
        this.process = process;
        this.description = description;
        this.requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Starts the bridge.
     *
     * @param executable the Python executable.
     * @param script     the extracted bridge script.
     * @param workDir    the process's working directory.
     * @param strategy   the strategy file, for messages.
     * @return the running process.
     * @throws UserInputException when the executable cannot be started.
     */
    public static PythonProcess start(final String executable, final Path script, final Path workDir,
        final String strategy)
    {
        final ProcessBuilder builder = new ProcessBuilder(executable, "-u", "-B", script.toString())
            .directory(workDir.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT);
        try
        {
            return new PythonProcess(builder.start(), strategy + " (python " + executable + ")");
        }
        catch (final IOException ex)
        {
            throw new UserInputException(strategy + ": cannot start python_executable '" + executable + "': " +
                ex.getMessage() + "; set " + PythonOptions.EXECUTABLE_KEY + " (or --python) to the Python your Freqtrade uses", ex);
        }
    }

    /**
     * Sends one request and waits for its reply.
     *
     * @param request the request, with its {@code op}.
     * @return the reply (its {@code ok} is true).
     * @throws UserInputException when the strategy failed; {@link Lost} when the process is gone.
     */
    public JsonNode call(final ObjectNode request)
    {
        final String line;
        try
        {
            requests.write(MAPPER.writeValueAsString(request));
            requests.newLine();
            requests.flush();
            line = replies.readLine();
        }
        catch (final IOException ex)
        {
            throw gone(ex);
        }
        if (null == line)
        {
            throw gone(null);
        }
        final JsonNode reply;
        try
        {
            reply = MAPPER.readTree(line);
        }
        catch (final IOException ex)
        {
            throw new IllegalStateException(description + ": unreadable bridge reply: " + line, ex);
        }
        if (!reply.path("ok").asBoolean())
        {
            throw new UserInputException(reply.path("error").asText(),
                new PythonTraceback(reply.path("traceback").asText()));
        }
        return reply;
    }

    private Lost gone(final IOException ex)
    {
        String code = "still running";
        try
        {
            if (process.waitFor(EXIT_WAIT_MS, TimeUnit.MILLISECONDS))
            {
                code = "exit code " + process.exitValue();
            }
        }
        catch (final InterruptedException ie)
        {
            Thread.currentThread().interrupt();
        }
        return new Lost(description + ": the Python process stopped answering (" + code +
            "); its error output is above", ex);
    }

    /**
     * The process id, for tests and diagnostics.
     *
     * @return the pid.
     */
    public long pid()
    {
        return process.pid();
    }

    /** Closes stdin (the bridge exits on EOF), then terminates and finally kills the process. Idempotent. */
    @Override
    public void close()
    {
        try
        {
            requests.close();
        }
        catch (final IOException ignore)
        {
            // the process is gone already; it is reaped below
        }
        try
        {
            if (!process.waitFor(EXIT_WAIT_MS, TimeUnit.MILLISECONDS))
            {
                process.destroy();
                if (!process.waitFor(EXIT_WAIT_MS, TimeUnit.MILLISECONDS))
                {
                    process.destroyForcibly().waitFor(EXIT_WAIT_MS, TimeUnit.MILLISECONDS);
                }
            }
        }
        catch (final InterruptedException ex)
        {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The bridge process ended or stopped answering (killed, crashed): unlike a strategy error, running the request
     * again in a new process may succeed, so hyperopt restarts the bridge and re-runs the epoch.
     */
    public static final class Lost extends UserInputException
    {
        private static final long serialVersionUID = 1L;

        Lost(final String message, final Throwable cause)
        {
            super(message, cause);
        }
    }

    /** The Python traceback of a failed request, shown by {@code --verbose} as the cause. */
    static final class PythonTraceback extends RuntimeException
    {
        private static final long serialVersionUID = 1L;

        PythonTraceback(final String traceback)
        {
            super("Python traceback:\n" + traceback, null, false, false);
        }
    }
}
