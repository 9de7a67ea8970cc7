package io.hyperjet.common.data;

/**
 * The parts of a candle file name: pair, timeframe, candle type ({@code spot}, {@code futures}, ...) and format.
 *
 * @param pair       e.g. {@code ETH/BTC}.
 * @param timeframe  e.g. {@code 5m} (the file spelling {@code 1Mo} is given as {@code 1M}).
 * @param candleType {@code spot} for spot files, else the futures candle type.
 * @param format     the file format.
 */
public record DataFileName(String pair, String timeframe, String candleType, DataFormat format)
{
}
