package dev.pledge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Horizon Club example, worked by hand from its configuration and activities. */
class HorizonClubExampleTest {

  @Test
  void printsEachMembersStatusAndLoungePlanOnFifteenSeptember2027() {
    String out = Console.run(() -> HorizonClubExample.main(new String[] {"programs/horizon.json",
        "data/horizon-activities.jsonl"}));

    // ines (joined 2026-01-10). 12 Mar 2026 10:00 Paris, 400 xp: stepwise -> silver (the period
    // restarts; once: min(400 - 100, 400 - 0) = 300, capped 300, opens it), 300 >= 180 -> gold
    // (once: min(300 - 180, 300 - 300) = 0 opens the gold period, which ends at 2027-04-01: its last
    // day 11 Mar 2027 moved to 31 Mar). 5 Sep 2026: 150. Review 2027-04-01: 150 -> silver (soft
    // landing floor silver too); gold holds by grace to 31 Mar + P1M = 30 Apr, silver from
    // 2027-05-01 00:00 Paris. Silver carries min(150 - 100, 150) = 50 into 2027-04-01 .. 2028-04-01
    // (gold there asks 200, from 2027-01-01); valid until 31 Mar 2028 + P1M.
    //
    // omar (joined 2025-06-01). 1 Jul 2025, 320: silver (opens 220), gold (opens 0). 1 Aug 2025,
    // 310 >= 300: platinum (opens 10; flown as gold, so not in xpAsPlatinum). 1 Sep 2025, 260 as
    // platinum: xpAsPlatinum 260, xp 270. Review 2026-08-01: 270 is gold, but platinum's retain
    // (250) holds: platinum, qualified; 270 < 300 carries nothing. Nothing flown after; the
    // extension of 1 June 2027 covers the review of 2027-08-01: platinum kept; valid until the end
    // of the period to 2028-08-01, 31 Jul 2028 + P1M. Two platinum periods, but 260 < 500 xp as
    // platinum: no lifetime. Lounge: lounge-plus from 1 Oct 2026 until 31 Dec 2027, but lounge is
    // queued from 1 Oct 2027: lounge-plus is valid until 30 Sep 2027.
    //
    // lea (joined 2025-01-01). 10 Feb 2025, 300: silver (opens 200), gold (opens 0). 1 Mar 2025, 300:
    // platinum (opens 0), period to 2026-03-01. 1 Apr and 1 Oct 2025 as platinum: 300 + 250 = 550 xp
    // as platinum. Review 2026-03-01: platinum, the second period at platinum, and 550 >= 500:
    // lifetime platinum. It carries min(550 - 300, 550) = 250; at the review 2027-03-01 250 meets
    // platinum's retain (250) and nothing carries.
    assertThat(out).isEqualTo("""
        ines status: silver (qualified), valid until 2028-04-30, xp 50, xpAsPlatinum 0
          2026-03-12T09:00:00Z: explorer -> silver (qualified)
          2026-03-12T09:00:00Z: silver -> gold (qualified)
          2027-04-30T22:00:00Z: gold -> silver (qualified)
        ines lounge: none (base)
        omar status: platinum (qualified), valid until 2028-08-31, xp 0, xpAsPlatinum 0
          2025-07-01T07:00:00Z: explorer -> silver (qualified)
          2025-07-01T07:00:00Z: silver -> gold (qualified)
          2025-08-01T07:00:00Z: gold -> platinum (qualified)
        omar lounge: lounge-plus (subscription), valid until 2027-09-30
          2026-10-01T07:00:00Z: none -> lounge-plus (subscription)
        lea status: platinum (lifetime), xp 0, xpAsPlatinum 0
          2025-02-10T08:00:00Z: explorer -> silver (qualified)
          2025-02-10T08:00:00Z: silver -> gold (qualified)
          2025-03-01T08:00:00Z: gold -> platinum (qualified)
        lea lounge: none (base)
        """);
  }
}
