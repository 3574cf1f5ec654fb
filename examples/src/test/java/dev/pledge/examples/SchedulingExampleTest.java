package dev.pledge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchedulingExampleTest {
  private static final String CONFIG = "programs/skyclub.json";

  @Test
  void wakesUpOnlyWhenAStepFallsDue() {
    String out = Console.run(() -> SchedulingExample.main(new String[] {CONFIG}));

    // The default policy promises a first response in 4 working hours and a resolution in P3D
    // (72 working hours) on support-hours (Warsaw, UTC+1 in March: Mon 08-18, Tue 08-12 and 13-18,
    // Wed 08-18, Thu 08-18, Fri 08-16, Sat 22-06). Opened Mon 08:00 local = 07:00Z, never answered.
    // - breach (first response): 4 working hours later, Mon 12:00 local = 11:00Z.
    // - warn (75 % of resolution = 54 working hours): Mon 10 + Tue 9 + Wed 10 + Thu 10 + Fri 8
    //   + Sat night 8 = 55 h by Sun 06:00, so 54 h is reached at Sun 05:00 local = 04:00Z.
    // - sorry (resolution breached, 72 h): after Sat night, 17 h remain: Mon 10 h + 7 h on Tue
    //   (08-12 is 4 h, 13-16 is 3 h) = Tue 10 March 16:00 local = 15:00Z.
    assertThat(out).isEqualTo("""
        2026-03-02T07:00:00Z: line 1, next check 2026-03-02T11:00:00Z
        2026-03-02T11:00:00Z: breach (due at 2026-03-02T11:00:00Z)
        2026-03-02T11:00:00Z: line 2, next check 2026-03-08T04:00:00Z
        2026-03-08T04:00:00Z: warn (due at 2026-03-08T04:00:00Z)
        2026-03-08T04:00:00Z: line 2, next check 2026-03-10T15:00:00Z
        2026-03-10T15:00:00Z: sorry (due at 2026-03-10T15:00:00Z)
        2026-03-10T15:00:00Z: line 2, next check never
        """);
  }
}
