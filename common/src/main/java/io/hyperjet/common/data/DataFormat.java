package io.hyperjet.common.data;

import java.util.Locale;

import io.hyperjet.common.UserInputException;

/**
 * The candle file formats Hyperjet reads and writes, with their Freqtrade names ({@code dataformat_ohlcv}) and file
 * extensions. Declaration order is the order in which format detection looks for files.
 */
public enum DataFormat
{
    FEATHER("feather", "feather"),
    PARQUET("parquet", "parquet"),
    JSON("json", "json"),
    JSONGZ("jsongz", "json.gz"),
    CSV("csv", "csv");

    private static final DataFormat[] VALUES = values();

    private final String formatName;
    private final String extension;

    DataFormat(final String formatName, final String extension)
    {
        this.formatName = formatName;
        this.extension = extension;
    }

    /**
     * The name used in configs and on the command line, e.g. {@code jsongz}.
     *
     * @return the format name.
     */
    public String formatName()
    {
        return formatName;
    }

    /**
     * The file extension without the leading dot, e.g. {@code json.gz}.
     *
     * @return the extension.
     */
    public String extension()
    {
        return extension;
    }

    /**
     * The format of a config or CLI name (case-insensitive).
     *
     * @param name e.g. {@code feather}.
     * @return the format.
     * @throws UserInputException for an unknown or unsupported name.
     */
    public static DataFormat fromName(final String name)
    {
        final String lower = null == name ? "" : name.toLowerCase(Locale.ROOT);
        for (final DataFormat f : VALUES)
        {
            if (f.formatName.equals(lower))
            {
                return f;
            }
        }
        throw new UserInputException("unsupported data format '" + name +
            "': expected feather, parquet, json, jsongz or csv");
    }

    /**
     * The format of a file name by its extension, or null when none matches.
     *
     * @param fileName e.g. {@code BTC_USDT-5m.json.gz}.
     * @return the format or null.
     */
    public static DataFormat fromFileName(final String fileName)
    {
        // json.gz must win over json: test the longer extension first.
        if (fileName.endsWith("." + JSONGZ.extension))
        {
            return JSONGZ;
        }
        for (final DataFormat f : VALUES)
        {
            if (fileName.endsWith("." + f.extension))
            {
                return f;
            }
        }
        return null;
    }
}
