package io.hyperjet.shm.it;

import java.nio.file.Path;
import java.util.List;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.shm.attach.AttachedRun;

/**
 * A stand-in worker JVM for the multi-process tests: attaches by metadata path, recomputes every checksum, reads
 * every value once and reports on stdout. Exit 0 when every checksum matches, 1 on a mismatch, 2 on bad input.
 * <p>
 * Arguments: {@code <metadata.json>}.
 */
public final class WorkerAttachMain
{
    private WorkerAttachMain()
    {
    }

    public static void main(final String[] args)
    {
        try (AttachedRun run = AttachedRun.attach(Path.of(args[0])))
        {
            final List<String> mismatches = run.verify();
            for (final String mismatch : mismatches)
            {
                System.out.println("MISMATCH " + mismatch);
            }
            long rows = 0;
            int columns = 0;
            double sum = 0;
            for (final PairFrame frame : run.pairs())
            {
                rows += frame.rows();
                for (final DoubleColumn column : frame.columns().values())
                {
                    columns++;
                    for (int i = 0; i < column.rows(); i++)
                    {
                        sum += column.get(i);
                    }
                }
            }
            System.out.println("VERIFIED pairs=" + run.pairs().size() + " columns=" + columns + " rows=" + rows +
                " mismatches=" + mismatches.size() + " sum=" + sum);
            System.exit(mismatches.isEmpty() ? 0 : 1);
        }
        catch (final UserInputException ex)
        {
            System.out.println("ERROR " + ex.getMessage());
            System.exit(2);
        }
    }
}
