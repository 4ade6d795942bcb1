package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import com.fasterxml.jackson.module.scala.DefaultScalaModule$;

/**
 * The Jackson a user's project resolves with valuex-spark beside Spark (provided) must be one
 * Spark itself accepts: Spark registers Jackson's Scala module when a session starts, and that
 * module refuses a jackson-databind of another minor version ("Scala module 2.21.2 requires
 * Jackson Databind version >= 2.21.0 and < 2.22.0"), so a local Spark application would not
 * start at all.
 */
class SparkJacksonTest {
  @org.junit.jupiter.api.Test
  void sparksJacksonScalaModuleAcceptsTheResolvedDatabind() {
    ObjectMapper mapper = new ObjectMapper().registerModule(DefaultScalaModule$.MODULE$);
    assertEquals(1, mapper.getRegisteredModuleIds().size(), "Scala module registered");
    assertEquals(
        com.fasterxml.jackson.module.scala.JacksonModule$.MODULE$.version().getMinorVersion(),
        PackageVersion.VERSION.getMinorVersion(),
        "jackson-databind minor version equals Spark's jackson-module-scala minor version");
  }
}
