package dev.pledge.config.internal;

import com.fasterxml.jackson.core.Version;
import dev.pledge.PledgeException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks, before any configuration is read, that the Jackson artifacts on the class path work
 * together and with Pledge. A user's build can resolve them at different versions (a library that
 * brings a newer XML module beside an older jackson-core); without this check the first symptom is
 * a {@link NoSuchFieldError} deep inside a holiday file. This class touches only each artifact's
 * {@code PackageVersion}, which every Jackson 2 release has, so it runs even when the rest of
 * Jackson would not link.
 *
 * <p>The rule is Jackson's own: a module of release line 2.N needs jackson-core and
 * jackson-databind of line 2.N or later, and jackson-databind 2.N needs jackson-core 2.N or later.
 * On top of it, every artifact must be of line {@link #OLDEST} or later, the oldest Pledge's test
 * suite passes on.
 */
public final class JacksonVersions {
  /**
   * The oldest Jackson release line Pledge works with: the test suites of core, rules and testkit
   * pass on 2.16.2; on 2.15 the configuration reader does not link (it sets
   * {@code StreamReadConstraints.Builder.maxNameLength}, new in 2.16).
   */
  public static final Version OLDEST = new Version(2, 16, 0, null, "com.fasterxml.jackson.core", "jackson-core");

  private static final Optional<String> PROBLEM = problem(found());

  private JacksonVersions() {}

  /**
   * Throws if the Jackson on the class path cannot run Pledge; the check itself runs once.
   *
   * @throws PledgeException naming the versions found and the fix
   */
  public static void check() {
    PROBLEM.ifPresent(message -> {
      throw new PledgeException(message);
    });
  }

  /** The versions found, by artifact id, in dependency order; absent artifacts are left out. */
  static Map<String, Version> found() {
    Map<String, Version> found = new LinkedHashMap<>();
    found.put("jackson-core", com.fasterxml.jackson.core.json.PackageVersion.VERSION);
    found.put("jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
    found.put("jackson-datatype-jsr310", com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION);
    xmlVersion().ifPresent(v -> found.put("jackson-dataformat-xml", v));
    return found;
  }

  /**
   * The version of the XML module that reads the holiday files, a run-time dependency: read by
   * reflection, and absent if the module is not there (then the holiday reader reports it).
   */
  private static Optional<Version> xmlVersion() {
    Class<?> type;
    try {
      type = Class.forName("com.fasterxml.jackson.dataformat.xml.PackageVersion", true,
          JacksonVersions.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      return Optional.empty(); // not on the class path: nothing to compare
    }
    try {
      return Optional.of((Version) type.getField("VERSION").get(null));
    } catch (ReflectiveOperationException e) {
      throw new PledgeException("cannot read the version of jackson-dataformat-xml: " + e, e);
    }
  }

  /**
   * The problem with these versions, if any: every artifact too old, then every module newer than
   * what it runs on.
   *
   * @param found artifact id to version; {@code jackson-core} and {@code jackson-databind} first
   */
  static Optional<String> problem(Map<String, Version> found) {
    StringBuilder why = new StringBuilder();
    found.forEach((artifact, version) -> {
      if (line(version) < line(OLDEST)) {
        why.append("; ").append(artifact).append(' ').append(version)
            .append(" is older than ").append(OLDEST.getMajorVersion()).append('.')
            .append(OLDEST.getMinorVersion()).append(", the oldest Jackson Pledge works with");
      }
    });
    Version core = found.get("jackson-core");
    Version databind = found.get("jackson-databind");
    found.forEach((artifact, version) -> {
      if (!artifact.equals("jackson-core") && line(version) > line(core)) {
        why.append("; ").append(artifact).append(' ').append(version)
            .append(" needs jackson-core ").append(lineText(version)).append(" or later");
      }
      if (!artifact.equals("jackson-core") && !artifact.equals("jackson-databind")
          && line(version) > line(databind)) {
        why.append("; ").append(artifact).append(' ').append(version)
            .append(" needs jackson-databind ").append(lineText(version)).append(" or later");
      }
    });
    if (why.length() == 0) {
      return Optional.empty();
    }
    StringBuilder versions = new StringBuilder();
    found.forEach((artifact, version) ->
        versions.append(versions.length() == 0 ? "" : ", ").append(artifact).append(' ').append(version));
    return Optional.of("Pledge cannot run on the Jackson libraries found on the class path ("
        + versions + ")" + why + ". Fix: import dev.pledge:pledge-bom (type pom, scope import) in"
        + " your build's <dependencyManagement> so that every Jackson artifact is at the version"
        + " Pledge was tested with, or set them all to one release line of " + lineText(OLDEST)
        + " or later (see docs/dependencies.md)");
  }

  /** A release line (2.18) as one comparable number. */
  private static int line(Version v) {
    return v.getMajorVersion() * 1000 + v.getMinorVersion();
  }

  private static String lineText(Version v) {
    return v.getMajorVersion() + "." + v.getMinorVersion();
  }
}
