package io.hyperjet.common.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.frame.PairFrame;

/**
 * Which columns of a file become frame columns: {@code date}, then OHLCV, then any other numeric column and the text
 * tag columns ({@link #TAGS}) in file order, skipping pandas index columns ({@code __index_level_N__}).
 */
final class ColumnNames
{
    static final String DATE = PairFrame.DATE;
    static final List<String> OHLCV =
        List.of(PairFrame.OPEN, PairFrame.HIGH, PairFrame.LOW, PairFrame.CLOSE, PairFrame.VOLUME);

    /** The text columns kept: signal tags for strategies that read precomputed signals (legacy {@code buy_tag}). */
    static final Set<String> TAGS = Set.of("enter_tag", "exit_tag", "buy_tag");

    private ColumnNames()
    {
    }

    /**
     * The value columns to read: OHLCV (each required) then numeric extras and text tag columns.
     *
     * @param fileColumns every column name in the file, in order.
     * @param numeric     whether the column at an index is numeric.
     * @param text        whether the column at an index holds text.
     * @param file        named in errors.
     * @return value column names, OHLCV first.
     */
    static List<String> valueColumns(
        final List<String> fileColumns, final IntPredicate numeric, final IntPredicate text, final Path file)
    {
        final List<String> names = new ArrayList<>(OHLCV);
        for (final String required : OHLCV)
        {
            final int i = fileColumns.indexOf(required);
            if (i < 0)
            {
                throw new UserInputException(file + ": missing column " + required + " (columns: " +
                    String.join(", ", fileColumns) + ")");
            }
            if (!numeric.test(i))
            {
                throw new UserInputException(file + ": column " + required + " is not numeric");
            }
        }
        for (int i = 0; i < fileColumns.size(); i++)
        {
            final String name = fileColumns.get(i);
            if (!DATE.equals(name) && !OHLCV.contains(name) && !isIndexColumn(name) &&
                (numeric.test(i) || (TAGS.contains(name) && text.test(i))) &&
                !names.contains(name))
            {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The index of the {@code date} column.
     *
     * @param fileColumns every column name in the file.
     * @param file        named in errors.
     * @return the index.
     */
    static int indexOf(final List<String> fileColumns, final Path file)
    {
        final int i = fileColumns.indexOf(DATE);
        if (i < 0)
        {
            throw new UserInputException(file + ": missing column date (columns: " +
                String.join(", ", fileColumns) + ")");
        }
        return i;
    }

    static boolean isIndexColumn(final String name)
    {
        return name.startsWith("__index_level_");
    }
}
