package consumer;

import java.util.Map;
import java.util.concurrent.Callable;
import readme.AllSamples;

/** Runs every README sample on the module path; prints a count line; exits 1 on a failure. */
public final class RunSamples {
  private RunSamples() {}

  /**
   * Runs the samples.
   *
   * @param args unused
   * @throws Exception the first sample failure, after naming the sample
   */
  public static void main(String[] args) throws Exception {
    int run = 0;
    for (Map.Entry<String, Callable<Void>> sample : AllSamples.byName().entrySet()) {
      try {
        sample.getValue().call();
      } catch (Exception | Error e) {
        System.err.println("README sample " + sample.getKey() + " failed on the module path");
        throw e;
      }
      run++;
    }
    System.out.println("module path: " + run + " passed, 0 failed");
  }
}
