package io.hyperjet.worker.frame;

/**
 * Element-wise arithmetic nodes: series with series ({@link Binary}) and series with a number ({@link Scalar}), one
 * operation code per node. NaN propagates as in pandas because the operations are plain IEEE ones; {@code MAX} and
 * {@code MIN} are numpy's {@code maximum}/{@code minimum} (NaN if either side is NaN).
 */
final class Arithmetic
{
    static final int ADD = 0;
    static final int SUB = 1;
    static final int MUL = 2;
    static final int DIV = 3;
    static final int RSUB = 4;
    static final int RDIV = 5;
    static final int MAX = 6;
    static final int MIN = 7;
    static final int FILLNA = 8;
    static final int NEG = 9;
    static final int ABS = 10;

    private Arithmetic()
    {
    }

    static double apply(final int op, final double a, final double b)
    {
        switch (op)
        {
            case ADD:
                return a + b;
            case SUB:
                return a - b;
            case MUL:
                return a * b;
            case DIV:
                return a / b;
            case RSUB:
                return b - a;
            case RDIV:
                return b / a;
            case MAX:
                // numpy.maximum: the first operand when it is NaN or not smaller, so NaN on either side wins
                return a >= b || Double.isNaN(a) ? a : b;
            case MIN:
                return a <= b || Double.isNaN(a) ? a : b;
            case FILLNA:
                return Double.isNaN(a) ? b : a;
            case NEG:
                return -a;
            case ABS:
                return Math.abs(a);
            default:
                throw new IllegalStateException("unknown operation " + op);
        }
    }

    /** {@code left op right}, row by row. */
    static final class Binary extends SeriesExpr
    {
        final int op;
        final SeriesExpr left;
        final SeriesExpr right;

        Binary(final int op, final SeriesExpr left, final SeriesExpr right)
        {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        double at(final int row)
        {
            return apply(op, left.at(row), right.at(row));
        }
    }

    /** {@code left op number} (or the number on the left for {@code RSUB}/{@code RDIV}). */
    static final class Scalar extends SeriesExpr
    {
        final int op;
        final SeriesExpr left;
        final double number;

        Scalar(final int op, final SeriesExpr left, final double number)
        {
            this.op = op;
            this.left = left;
            this.number = number;
        }

        @Override
        double at(final int row)
        {
            return apply(op, left.at(row), number);
        }
    }
}
