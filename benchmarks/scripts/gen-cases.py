#!/usr/bin/env python3
"""Generates case events and customers for examples/programs/skyclub.json, for the end-to-end
run of `pledge sla` (docs/benchmarks.md, "End to end").

    python3 gen-cases.py --cases 1000000 --out /tmp/cases.jsonl --customers-out /tmp/customers.jsonl

Each case has 10 events (opened, replies, customer messages, a pending pause, solved, closed),
so 1,000,000 cases are 10,000,000 lines (about 1 GB). Output is grouped by case (every case's
events are consecutive, in time order), so `pledge sla --grouped` streams it. Customers carry a
"tiers" object so the three policies all apply. Deterministic for a given --seed.
With --ratings R (default 0) a case is rated (a satisfaction event after it closed) with
probability R, for the run of `pledge measures`.
"""
import argparse
import random
from datetime import datetime, timedelta, timezone

CHANNELS = ["email", "email", "email", "phone", "chat", "web"]
LEVELS = ["explorer"] * 5 + ["silver"] * 3 + ["gold"] * 2 + ["platinum"]
EPOCH = datetime(2026, 1, 5, 6, 0, tzinfo=timezone.utc)


def iso(seconds):
    return (EPOCH + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--cases", type=int, default=1_000_000)
    p.add_argument("--customers", type=int, default=20_000)
    p.add_argument("--out", required=True)
    p.add_argument("--customers-out", required=True)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--ratings", type=float, default=0.0, help="share of cases with a satisfaction event")
    a = p.parse_args()
    rnd = random.Random(a.seed)
    with open(a.customers_out, "w") as f:
        for c in range(a.customers):
            f.write('{"customer":"c%d","joined":"2020-01-01","tiers":{"status":"%s"}}\n'
                    % (c, rnd.choice(LEVELS)))
    span = 55 * 24 * 3600
    with open(a.out, "w", buffering=1 << 20) as f:
        for k in range(a.cases):
            case = "k%d" % k
            t = rnd.randrange(span)
            customer = "c%d" % rnd.randrange(a.customers)
            lines = ['{"case":"%s","at":"%s","type":"opened","customer":"%s","channel":"%s","priority":"%s"}'
                     % (case, iso(t), customer, rnd.choice(CHANNELS), rnd.choice(["normal", "high"]))]

            def ev(kind, extra=""):
                lines.append('{"case":"%s","at":"%s","type":"%s"%s}' % (case, iso(t), kind, extra))

            t += rnd.randrange(60, 6 * 3600)
            ev("agent-reply")
            t += rnd.randrange(60, 24 * 3600)
            ev("customer-message")
            t += rnd.randrange(60, 8 * 3600)
            ev("agent-reply")
            t += rnd.randrange(60, 3600)
            ev("status", ',"status":"pending"')
            t += rnd.randrange(600, 48 * 3600)
            ev("customer-message")
            ev("status", ',"status":"open"')
            t += rnd.randrange(60, 8 * 3600)
            ev("agent-reply")
            t += rnd.randrange(60, 4 * 3600)
            ev("status", ',"status":"solved"')
            t += rnd.randrange(3600, 72 * 3600)
            ev("status", ',"status":"closed"')
            if a.ratings > 0 and rnd.random() < a.ratings:
                t += rnd.randrange(60, 24 * 3600)
                ev("satisfaction", ',"score":%d' % rnd.choice((1, 2, 3, 4, 4, 5, 5, 5)))
            f.write("\n".join(lines))
            f.write("\n")


if __name__ == "__main__":
    main()
