package io.hyperjet.coordinator.search;

import java.util.Arrays;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * CMA-ES (weighted recombination, cumulative step-size adaptation, rank-one and rank-mu covariance updates) in the
 * unit cube: every dimension maps to [0, 1] through {@link Dimension#fromUnit(double)}, so integers, grids and
 * categories are rounded cells of a continuous search. Draws outside the cube are clipped.
 * <p>
 * Ask/tell without generations: proposals are drawn from the current distribution however many are outstanding,
 * and every {@code lambda} results told (in epoch order) make one update, measured from the current mean. Results
 * of points drawn from an older distribution or at random thus enter as injected solutions.
 */
final class CmaEsProposer implements Proposer
{
    private static final double INITIAL_SIGMA = 0.25;
    private static final double MIN_EIGENVALUE = 1e-20;

    private final SearchSpace space;
    private final int n;
    private final int lambda;
    private final int mu;
    private final double[] weights;
    private final double muEff;
    private final double cc;
    private final double cs;
    private final double c1;
    private final double cmu;
    private final double damps;
    private final double chiN;

    private final double[] mean;
    private final double[] pc;
    private final double[] ps;
    private final double[][] c;
    private final double[][] b;
    private final double[] d;
    private double sigma = INITIAL_SIGMA;
    private long generation;

    private final double[][] told;
    private final double[] toldLoss;
    private final int[] order;
    private int toldCount;
    private final double[] z;
    private final double[] y;

    CmaEsProposer(final SearchSpace space, final int populationSize)
    {
        this.space = space;
        this.n = space.size();
        this.lambda = populationSize > 0 ? populationSize : 4 + (int)Math.floor(3 * StrictMath.log(n));
        if (lambda < 2)
        {
            throw new IllegalArgumentException("CMA-ES population must be >= 2, was " + lambda);
        }
        this.mu = lambda / 2;
        this.weights = new double[mu];
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < mu; i++)
        {
            weights[i] = StrictMath.log(mu + 0.5) - StrictMath.log(i + 1);
            sum += weights[i];
        }
        for (int i = 0; i < mu; i++)
        {
            weights[i] /= sum;
            sumSq += weights[i] * weights[i];
        }
        this.muEff = 1 / sumSq;
        this.cc = (4 + muEff / n) / (n + 4 + 2 * muEff / n);
        this.cs = (muEff + 2) / (n + muEff + 5);
        this.c1 = 2 / ((n + 1.3) * (n + 1.3) + muEff);
        this.cmu = Math.min(1 - c1, 2 * (muEff - 2 + 1 / muEff) / ((n + 2) * (n + 2) + muEff));
        this.damps = 1 + 2 * Math.max(0, StrictMath.sqrt((muEff - 1) / (n + 1)) - 1) + cs;
        this.chiN = StrictMath.sqrt(n) * (1 - 1.0 / (4 * n) + 1.0 / (21.0 * n * n));

        this.mean = new double[n];
        Arrays.fill(mean, 0.5);
        this.pc = new double[n];
        this.ps = new double[n];
        this.c = new double[n][n];
        this.b = new double[n][n];
        this.d = new double[n];
        for (int i = 0; i < n; i++)
        {
            c[i][i] = 1;
            b[i][i] = 1;
            d[i] = 1;
        }
        this.told = new double[lambda][n];
        this.toldLoss = new double[lambda];
        this.order = new int[lambda];
        this.z = new double[n];
        this.y = new double[n];
    }

    int lambda()
    {
        return lambda;
    }

    @Override
    public void propose(final long epoch, final SeededRandom rng, final double[] out)
    {
        for (int i = 0; i < n; i++)
        {
            z[i] = d[i] * rng.nextGaussian();
        }
        for (int i = 0; i < n; i++)
        {
            double yi = 0;
            for (int j = 0; j < n; j++)
            {
                yi += b[i][j] * z[j];
            }
            final double u = Math.min(1, Math.max(0, mean[i] + sigma * yi));
            out[i] = space.dimension(i).fromUnit(u);
        }
    }

    @Override
    public void observe(final double[] coordinates, final double loss)
    {
        final double[] x = told[toldCount];
        for (int i = 0; i < n; i++)
        {
            x[i] = space.dimension(i).toUnit(coordinates[i]);
        }
        toldLoss[toldCount] = loss;
        order[toldCount] = toldCount;
        toldCount++;
        if (toldCount == lambda)
        {
            update();
            toldCount = 0;
        }
    }

    private void update()
    {
        sortByLoss();
        final double[] oldMean = mean.clone();
        for (int i = 0; i < n; i++)
        {
            double m = 0;
            for (int k = 0; k < mu; k++)
            {
                m += weights[k] * told[order[k]][i];
            }
            mean[i] = m;
        }
        for (int i = 0; i < n; i++)
        {
            y[i] = (mean[i] - oldMean[i]) / sigma;
        }
        final double[] invSqrtCy = invSqrtC(y);
        double psNorm = 0;
        for (int i = 0; i < n; i++)
        {
            ps[i] = (1 - cs) * ps[i] + StrictMath.sqrt(cs * (2 - cs) * muEff) * invSqrtCy[i];
            psNorm += ps[i] * ps[i];
        }
        psNorm = StrictMath.sqrt(psNorm);
        final boolean hsig = psNorm / StrictMath.sqrt(1 - StrictMath.pow(1 - cs, 2.0 * (generation + 1))) / chiN <
            1.4 + 2.0 / (n + 1);
        for (int i = 0; i < n; i++)
        {
            pc[i] = (1 - cc) * pc[i] + (hsig ? StrictMath.sqrt(cc * (2 - cc) * muEff) * y[i] : 0);
        }
        updateCovariance(oldMean, hsig);
        sigma *= StrictMath.exp((cs / damps) * (psNorm / chiN - 1));
        sigma = Math.min(1.0, Math.max(1e-12, sigma));
        generation++;
        decompose();
    }

    private void updateCovariance(final double[] oldMean, final boolean hsig)
    {
        final double correction = hsig ? 0 : cc * (2 - cc);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double rankMu = 0;
                for (int k = 0; k < mu; k++)
                {
                    final double[] x = told[order[k]];
                    rankMu += weights[k] * (x[i] - oldMean[i]) * (x[j] - oldMean[j]);
                }
                rankMu /= sigma * sigma;
                final double value = (1 - c1 - cmu) * c[i][j] + c1 * (pc[i] * pc[j] + correction * c[i][j]) +
                    cmu * rankMu;
                c[i][j] = value;
                c[j][i] = value;
            }
        }
    }

    private void decompose()
    {
        final RealMatrix matrix = new Array2DRowRealMatrix(c, false);
        final EigenDecomposition eigen = new EigenDecomposition(matrix);
        final double[] eigenvalues = eigen.getRealEigenvalues();
        final RealMatrix vectors = eigen.getV();
        for (int i = 0; i < n; i++)
        {
            d[i] = StrictMath.sqrt(Math.max(MIN_EIGENVALUE, eigenvalues[i]));
            for (int j = 0; j < n; j++)
            {
                b[j][i] = vectors.getEntry(j, i);
            }
        }
    }

    private double[] invSqrtC(final double[] v)
    {
        final double[] tmp = new double[n];
        for (int i = 0; i < n; i++)
        {
            double s = 0;
            for (int j = 0; j < n; j++)
            {
                s += b[j][i] * v[j];
            }
            tmp[i] = s / d[i];
        }
        final double[] result = new double[n];
        for (int i = 0; i < n; i++)
        {
            double s = 0;
            for (int j = 0; j < n; j++)
            {
                s += b[i][j] * tmp[j];
            }
            result[i] = s;
        }
        return result;
    }

    private void sortByLoss()
    {
        for (int i = 1; i < lambda; i++)
        {
            final int row = order[i];
            int j = i - 1;
            while (j >= 0 && toldLoss[order[j]] > toldLoss[row])
            {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = row;
        }
    }
}
