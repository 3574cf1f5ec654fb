package dev.pledge.benchmarks.plan;

import dev.pledge.Pledge;
import dev.pledge.benchmarks.sla.SlaBenchmark;
import dev.pledge.benchmarks.sla.SlaCases;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.plan.AuditRow;
import dev.pledge.plan.PromiseAudit;
import dev.pledge.report.Compliance;
import dev.pledge.report.ComplianceRow;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The honesty audit of 10,000 and 100,000 case outcomes (the promise benchmark's cases and
 * policies, four metrics each) beside {@link Compliance} over the same outcomes: what the exact
 * honest target (every decided elapsed time kept and sorted) costs against the percentile sketch.
 * One operation folds every outcome and reads the rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AuditBenchmark {
  @Param({"10000", "100000"})
  public int cases;

  List<CaseOutcome> outcomes;

  @Setup
  public void setUp() {
    Pledge pledge = Pledge.loadJson(SlaBenchmark.CONFIG);
    CustomerContext gold = CustomerContext.of(Customer.of("anna")).withLevel("status", "gold");
    Instant asOf = Instant.parse("2026-06-01T00:00:00Z");
    outcomes = new ArrayList<>(cases);
    for (List<CaseEvent> events : SlaCases.generate(cases, 10, 11)) {
      outcomes.add(pledge.sla().evaluate(events, gold, asOf));
    }
    List<AuditRow> audit = audit();
    List<ComplianceRow> compliance = compliance();
    if (audit.size() != compliance.size()) {
      throw new IllegalStateException("the audit has " + audit.size() + " rows, compliance " + compliance.size());
    }
    for (int i = 0; i < audit.size(); i++) {
      if (audit.get(i).achieved() != compliance.get(i).achieved() || audit.get(i).decided()
          != compliance.get(i).achieved() + compliance.get(i).breached()) {
        throw new IllegalStateException("row " + i + " differs: " + audit.get(i) + " and " + compliance.get(i));
      }
    }
  }

  @Benchmark
  public List<AuditRow> audit() {
    PromiseAudit audit = PromiseAudit.create();
    outcomes.forEach(audit::add);
    return audit.rows();
  }

  @Benchmark
  public List<ComplianceRow> compliance() {
    Compliance compliance = Compliance.create();
    outcomes.forEach(compliance::add);
    return compliance.rows();
  }
}
