package dev.valuex.metrics.internal;

import java.util.function.ToDoubleFunction;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximum-likelihood estimation of strictly positive parameters with Hipparchus: the
 * log-likelihood is maximised over the logarithms of the parameters with the Nelder-Mead
 * simplex (restarted from its own optimum until the value stops improving), and the standard
 * errors come from the observed information, the inverse of the negative Hessian computed by
 * central finite differences at the optimum and carried back to the parameters by the delta
 * method.
 */
public final class MaximumLikelihood {

  /** The most likelihood evaluations one fit may spend. */
  public static final int MAX_EVALUATIONS = 20_000;

  private static final double STEP = 1e-4;

  private MaximumLikelihood() {}

  /** Thrown when a fit fails; the message says why. */
  public static final class FitFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FitFailure(String reason) {
      super(reason);
    }
  }

  /**
   * A fitted model: the parameters, their standard errors, the log-likelihood and the number of
   * evaluations spent.
   *
   * @param parameters the estimates
   * @param standardErrors the standard errors, in the order of {@code parameters}
   * @param logLikelihood the maximised log-likelihood
   * @param evaluations the number of likelihood evaluations
   */
  public record Result(
      double[] parameters, double[] standardErrors, double logLikelihood, int evaluations) {}

  /**
   * Maximises a log-likelihood over positive parameters.
   *
   * @param logLikelihood the log-likelihood of positive parameters
   * @param start the starting parameters, all positive
   * @return the estimates with their standard errors
   * @throws FitFailure if the optimiser does not converge, the optimum is not finite, or the
   *     information matrix is not positive definite
   */
  public static Result fit(ToDoubleFunction<double[]> logLikelihood, double[] start) {
    int n = start.length;
    ToDoubleFunction<double[]> onLogs = theta -> {
      double value = logLikelihood.applyAsDouble(exp(theta));
      return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
    };
    double[] theta = new double[n];
    for (int i = 0; i < n; i++) {
      theta[i] = Math.log(start[i]);
    }
    double best = onLogs.applyAsDouble(theta);
    if (!Double.isFinite(best)) {
      throw new FitFailure("the log-likelihood is not finite at the starting point");
    }
    int evaluations = 0;
    SimplexOptimizer optimizer = new SimplexOptimizer(1e-13, 1e-13);
    for (int round = 0; round < 20; round++) {
      PointValuePair optimum;
      try {
        optimum = optimizer.optimize(
            new MaxEval(MAX_EVALUATIONS - evaluations),
            new ObjectiveFunction(onLogs::applyAsDouble),
            GoalType.MAXIMIZE,
            new InitialGuess(theta),
            new NelderMeadSimplex(n, round == 0 ? 0.5 : 0.05));
      } catch (MathIllegalStateException e) {
        throw new FitFailure("the optimiser did not converge within " + MAX_EVALUATIONS
            + " likelihood evaluations (" + e.getMessage() + ")");
      }
      evaluations += optimizer.getEvaluations();
      double value = optimum.getValue();
      if (!Double.isFinite(value)) {
        throw new FitFailure("the log-likelihood is not finite at the optimum");
      }
      theta = optimum.getPoint();
      boolean settled = value - best <= 1e-9 * Math.max(1, Math.abs(value));
      best = Math.max(best, value);
      if (round > 0 && settled) {
        break;
      }
    }
    for (double t : theta) {
      if (Math.abs(t) > 30) {
        throw new FitFailure("a parameter ran off to " + Math.exp(t)
            + " (the data do not pin the model down)");
      }
    }
    double[] parameters = exp(theta);
    double[][] hessian = hessian(onLogs, theta);
    RealMatrix information = MatrixUtils.createRealMatrix(hessian).scalarMultiply(-1);
    RealMatrix covariance;
    try {
      covariance = new CholeskyDecomposition(information, 1e-12, 1e-14).getSolver().getInverse();
    } catch (RuntimeException e) {
      throw new FitFailure("the information matrix at the optimum is not positive definite,"
          + " so the optimum is not a proper maximum (" + e.getMessage() + ")");
    }
    double[] errors = new double[n];
    for (int i = 0; i < n; i++) {
      errors[i] = parameters[i] * Math.sqrt(covariance.getEntry(i, i));
    }
    return new Result(parameters, errors, best, evaluations);
  }

  private static double[][] hessian(ToDoubleFunction<double[]> f, double[] x) {
    int n = x.length;
    double[][] h = new double[n][n];
    double f0 = f.applyAsDouble(x);
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        double value;
        if (i == j) {
          double plus = f.applyAsDouble(shift(x, i, STEP, j, 0));
          double minus = f.applyAsDouble(shift(x, i, -STEP, j, 0));
          value = (plus - 2 * f0 + minus) / (STEP * STEP);
        } else {
          double pp = f.applyAsDouble(shift(x, i, STEP, j, STEP));
          double pm = f.applyAsDouble(shift(x, i, STEP, j, -STEP));
          double mp = f.applyAsDouble(shift(x, i, -STEP, j, STEP));
          double mm = f.applyAsDouble(shift(x, i, -STEP, j, -STEP));
          value = (pp - pm - mp + mm) / (4 * STEP * STEP);
        }
        h[i][j] = value;
        h[j][i] = value;
      }
    }
    return h;
  }

  private static double[] shift(double[] x, int i, double di, int j, double dj) {
    double[] y = x.clone();
    y[i] += di;
    y[j] += dj;
    return y;
  }

  private static double[] exp(double[] theta) {
    double[] p = new double[theta.length];
    for (int i = 0; i < theta.length; i++) {
      p[i] = Math.exp(theta[i]);
    }
    return p;
  }
}
