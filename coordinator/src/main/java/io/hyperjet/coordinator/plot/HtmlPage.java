package io.hyperjet.coordinator.plot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.hyperjet.worker.report.JsonSupport;

/**
 * One self-contained HTML page: ECharts (from the webjar on the class path), the page's data as JSON and its
 * script, all inline, under a Content-Security-Policy that allows no network request at all. The page records
 * script errors and policy violations in {@code #hyperjet-errors} and, once drawn, what each chart holds in
 * {@code #hyperjet-summary} (read by the browser test).
 */
final class HtmlPage
{
    /** The ECharts build inside the org.webjars.npm:echarts jar. */
    static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    /** Nothing from the network or disk; only the inline scripts and styles, and images the page makes itself. */
    static final String CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; " +
        "img-src data: blob:";

    private HtmlPage()
    {
    }

    /**
     * Writes the page (atomically: a temporary file renamed over the target).
     *
     * @param file   the .html file; its directory is created.
     * @param title  the page title.
     * @param data   the page's data, read by its script as {@code HJ.data}.
     * @param script the page script's resource name in this package (e.g. {@code report.js}).
     * @return the file.
     */
    static Path write(final Path file, final String title, final JsonNode data, final String script)
    {
        final String json;
        try
        {
            // "</" would end the script element early; "<\/" is the same string in JSON.
            json = JsonSupport.mapper().writeValueAsString(data).replace("</", "<\\/");
        }
        catch (final JsonProcessingException ex)
        {
            throw new IllegalStateException("page data not serializable", ex);
        }
        final StringBuilder page = new StringBuilder(1 << 21);
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
            .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .append("<title>").append(escape(title)).append("</title>\n<style>").append(resource("page.css"))
            .append("</style>\n</head><body>\n<h1>").append(escape(title)).append("</h1>\n")
            .append("<div id=\"hj-notes\"></div><div id=\"hj-main\"></div>\n")
            .append("<pre id=\"hyperjet-errors\"></pre><pre id=\"hyperjet-summary\" hidden></pre>\n")
            .append("<script>").append(resource("errors.js")).append("</script>\n")
            .append("<script>").append(echarts()).append("</script>\n")
            .append("<script type=\"application/json\" id=\"hyperjet-data\">").append(json).append("</script>\n")
            .append("<script>").append(resource("page.js")).append('\n').append(resource(script))
            .append("</script>\n</body></html>\n");
        try
        {
            final Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            final Path tmp = dir.resolve("." + file.getFileName() + ".tmp");
            Files.writeString(tmp, page, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write " + file, ex);
        }
        return file;
    }

    static String escape(final String text)
    {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String echarts()
    {
        final String lib = read(ECHARTS, "the ECharts webjar (org.webjars.npm:echarts) is not on the class path");
        if (lib.contains("</script"))
        {
            throw new IllegalStateException(ECHARTS + " contains </script and cannot be inlined");
        }
        return lib;
    }

    private static String resource(final String name)
    {
        return read("io/hyperjet/coordinator/plot/" + name, "plot resource " + name + " missing from the jar");
    }

    private static String read(final String path, final String missing)
    {
        try (InputStream in = HtmlPage.class.getClassLoader().getResourceAsStream(path))
        {
            if (null == in)
            {
                throw new IllegalStateException(missing);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + path, ex);
        }
    }
}
