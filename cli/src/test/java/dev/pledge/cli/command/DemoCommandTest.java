package dev.pledge.cli.command;

import dev.pledge.cli.Run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

  @Test
  void runsTheBundledExampleEndToEnd() {
    Run run = Run.of("demo");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("Pledge demo: SkyClub (examples/programs/skyclub.json and examples/data), as of "
            + "2026-03-06T18:00:00Z\n")
        .contains("Tier program \"status\"", "Promises: 16 cases, every metric instance",
            "Escalation steps due", "When to look again", "Promised versus delivered");
    // anna: 2025 flights earned gold, valid through the next year (2026); 70 of 300 xp so far in 2026
    assertThat(run.out()).contains("anna      gold      qualified     2025-09-09T05:55:00Z  2026-12-31   platinum: xp 70/300");
    // k03: a platinum phone case answered after 40 minutes against 15: breached, moved to line 2
    assertThat(run.out()).contains("k03   bartek        platinum-phone  first-response   1  breached      40m     15m");
    assertThat(run.out()).contains("k03      2  -        breach     2026-03-03T20:15:00Z");
    // gold-email first response: 4 achieved, 2 breached = 66.7% against 95%: not kept
    assertThat(run.out()).containsPattern("gold-email +first-response +6 +4 +2 +0 +66\\.7% +95\\.0% +NO");
  }

  @Test
  void anEarlierAsOfIgnoresLaterEvents() {
    Run run = Run.of("demo", "--as-of", "2026-03-02T12:00:00Z");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("as of 2026-03-02T12:00:00Z").contains("not yet opened");
  }

  @Test
  void theReadmeShowsTheDemosCurrentOutput() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    assertThat(readme)
        .as("README.md must show the output of `pledge demo`; paste it again after changing the example")
        .contains(Run.of("demo").out());
  }
}
