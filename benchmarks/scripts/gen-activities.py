#!/usr/bin/env python3
"""Generates activities for examples/programs/skyclub.json, for the end-to-end measurement of
`pledge tiers` (docs/benchmarks.md): each customer's flights and purchases over two years, grouped
by customer and in time order. Deterministic (seed 7).

    python3 gen-activities.py --customers 1000000 --out /tmp/activities.jsonl

With --surveys R (default 0) each customer also answers an NPS survey with probability R, at a
random time within their activities, for the run of `pledge measures`.
"""
import argparse
import random
from datetime import datetime, timedelta, timezone


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--customers", type=int, default=1_000_000)
    p.add_argument("--per-customer", type=int, default=10, help="mean activities per customer")
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--surveys", type=float, default=0.0, help="share of customers with an NPS answer")
    a = p.parse_args()
    rnd = random.Random(a.seed)
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    span = 2 * 365 * 86400
    with open(a.out, "w") as f:
        for c in range(a.customers):
            n = rnd.randint(0, 2 * a.per_customer)
            times = sorted(rnd.randrange(span) for _ in range(n))
            for i, t in enumerate(times):
                at = (start + timedelta(seconds=t)).strftime("%Y-%m-%dT%H:%M:%SZ")
                if rnd.random() < 0.8:
                    f.write('{"customer":"c%d","at":"%s","kind":"flight","id":"f%d-%d","xp":%d,"amount":%d}\n'
                            % (c, at, c, i, rnd.choice((5, 10, 15, 20, 30)), rnd.randint(50, 900)))
                else:
                    f.write('{"customer":"c%d","at":"%s","kind":"purchase","id":"p%d-%d","amount":%d.%02d}\n'
                            % (c, at, c, i, rnd.randint(5, 300), rnd.randint(0, 99)))
            if a.surveys > 0 and rnd.random() < a.surveys:
                at = (start + timedelta(seconds=rnd.randrange(span))).strftime("%Y-%m-%dT%H:%M:%SZ")
                f.write('{"customer":"c%d","at":"%s","kind":"survey","id":"s%d","nps":%d}\n'
                        % (c, at, c, rnd.choice((0, 3, 5, 6, 7, 8, 8, 9, 9, 10, 10))))


if __name__ == "__main__":
    main()
