package dev.pledge.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JacksonVersionsTest {

  private static Map<String, Version> versions(String core, String databind, String jsr310, String xml) {
    Map<String, Version> found = new LinkedHashMap<>();
    found.put("jackson-core", VersionUtil.parseVersion(core, "com.fasterxml.jackson.core", "jackson-core"));
    found.put("jackson-databind", VersionUtil.parseVersion(databind, "com.fasterxml.jackson.core", "jackson-databind"));
    found.put("jackson-datatype-jsr310", VersionUtil.parseVersion(jsr310, "x", "jackson-datatype-jsr310"));
    if (xml != null) {
      found.put("jackson-dataformat-xml", VersionUtil.parseVersion(xml, "x", "jackson-dataformat-xml"));
    }
    return found;
  }

  @Test
  void theVersionsOfThisBuildPass() {
    assertThat(JacksonVersions.problem(JacksonVersions.found())).isEmpty();
    assertThatCode(JacksonVersions::check).doesNotThrowAnyException();
  }

  @Test
  void theUsersBuildThatCrashedIsNamedWithItsVersionsAndTheFix() {
    // The reported build: jollyday-jackson brought jackson-dataformat-xml 2.20.1 beside core and
    // databind 2.18.2; the XML module then failed with NoSuchFieldError inside a holiday file.
    assertThat(JacksonVersions.problem(versions("2.18.2", "2.18.2", "2.18.2", "2.20.1"))).hasValue(
        "Pledge cannot run on the Jackson libraries found on the class path (jackson-core 2.18.2,"
            + " jackson-databind 2.18.2, jackson-datatype-jsr310 2.18.2, jackson-dataformat-xml 2.20.1);"
            + " jackson-dataformat-xml 2.20.1 needs jackson-core 2.20 or later;"
            + " jackson-dataformat-xml 2.20.1 needs jackson-databind 2.20 or later. Fix: import"
            + " dev.pledge:pledge-bom (type pom, scope import) in your build's <dependencyManagement> so"
            + " that every Jackson artifact is at the version Pledge was tested with, or set them all to"
            + " one release line of 2.16 or later (see docs/dependencies.md)");
  }

  @Test
  void patchLevelsAndANewerCoreAreFine() {
    assertThat(JacksonVersions.problem(versions("2.20.1", "2.20.0", "2.20.1", "2.20.1"))).isEmpty();
    assertThat(JacksonVersions.problem(versions("2.21.0", "2.20.1", "2.20.1", "2.19.2"))).isEmpty();
    assertThat(JacksonVersions.problem(versions("2.18.2", "2.18.2", "2.18.2", null))).isEmpty();
  }

  @Test
  void databindNewerThanCoreIsAProblem() {
    assertThat(JacksonVersions.problem(versions("2.17.0", "2.18.2", "2.17.0", null)))
        .hasValueSatisfying(m -> assertThat(m)
            .contains("jackson-databind 2.18.2 needs jackson-core 2.18 or later")
            .doesNotContain("needs jackson-databind"));
  }

  @Test
  void aLineOlderThanTheOldestSupportedIsNamed() {
    assertThat(JacksonVersions.problem(versions("2.12.7", "2.12.7", "2.12.7", null)))
        .hasValueSatisfying(m -> assertThat(m)
            .contains("jackson-core 2.12.7 is older than 2.16, the oldest Jackson Pledge works with")
            .contains("jackson-databind 2.12.7 is older than 2.16"));
  }
}
