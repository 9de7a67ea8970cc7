package io.hyperjet.worker.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with a title, right-aligned columns (the first left-aligned), a rule under the header and one
 * above the last row when it is a TOTAL row.
 */
public final class TextTable
{
    private final String title;
    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();
    private boolean ruleBeforeLast;
    private boolean leftAligned;

    /**
     * @param title  printed centred above the table.
     * @param header column names.
     */
    public TextTable(final String title, final String... header)
    {
        this.title = title;
        this.header = header.clone();
    }

    /**
     * Add a row.
     *
     * @param cells one text per column.
     * @return this.
     */
    public TextTable row(final String... cells)
    {
        if (cells.length != header.length)
        {
            throw new IllegalArgumentException("cells=" + cells.length + ", columns=" + header.length);
        }
        rows.add(cells.clone());
        return this;
    }

    /**
     * Draw a rule above the last row (for a TOTAL line).
     *
     * @return this.
     */
    public TextTable ruleBeforeLast()
    {
        ruleBeforeLast = true;
        return this;
    }

    /**
     * Align every column left (for text columns such as names and statuses).
     *
     * @return this.
     */
    public TextTable leftAligned()
    {
        leftAligned = true;
        return this;
    }

    /**
     * Render the table.
     *
     * @return lines joined with '\n', ending with '\n'.
     */
    public String render()
    {
        final int[] width = new int[header.length];
        for (int c = 0; c < header.length; c++)
        {
            width[c] = header[c].length();
            for (final String[] row : rows)
            {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        final StringBuilder rule = new StringBuilder();
        int total = 0;
        for (int c = 0; c < width.length; c++)
        {
            rule.append(c == 0 ? "|" : "+").append("-".repeat(width[c] + 2));
            total += width[c] + 3;
        }
        rule.append('|');
        total += 1;
        final StringBuilder sb = new StringBuilder();
        if (title != null && !title.isEmpty())
        {
            sb.append(" ".repeat(Math.max(0, (total - title.length()) / 2))).append(title).append('\n');
        }
        line(sb, header, width);
        sb.append(rule).append('\n');
        for (int r = 0; r < rows.size(); r++)
        {
            if (ruleBeforeLast && r == rows.size() - 1 && r > 0)
            {
                sb.append(rule).append('\n');
            }
            line(sb, rows.get(r), width);
        }
        return sb.toString();
    }

    private void line(final StringBuilder sb, final String[] cells, final int[] width)
    {
        for (int c = 0; c < cells.length; c++)
        {
            sb.append("| ");
            final String pad = " ".repeat(width[c] - cells[c].length());
            if (c == 0 || leftAligned)
            {
                sb.append(cells[c]).append(pad);
            }
            else
            {
                sb.append(pad).append(cells[c]);
            }
            sb.append(' ');
        }
        sb.append("|\n");
    }
}
