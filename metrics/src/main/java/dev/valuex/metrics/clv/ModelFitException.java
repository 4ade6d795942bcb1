package dev.valuex.metrics.clv;

import dev.valuex.core.ValuexException;

/**
 * Thrown when a model cannot be fitted to the data: the optimiser did not converge, the
 * likelihood is not finite, or the optimum is not a proper maximum. The message names the model
 * and the reason.
 */
public final class ModelFitException extends ValuexException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the model and the reason, not null
   */
  public ModelFitException(String message) {
    super(message);
  }
}
