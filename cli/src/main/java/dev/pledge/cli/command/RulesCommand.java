package dev.pledge.cli.command;

import dev.pledge.cli.PledgeCommand;
import dev.pledge.cli.input.FactsLine;
import dev.pledge.cli.input.Input;
import dev.pledge.cli.input.JsonLines;
import dev.pledge.cli.input.RecordFailure;
import dev.pledge.cli.output.ExplanationJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import dev.pledge.input.JsonLinesReader;
import dev.pledge.rule.RuleResult;
import dev.pledge.rule.RuleSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pledge rules}: evaluates a rule set for every line of facts, one JSON line out per line in. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = {"Evaluates a rule set against facts, one JSON object a line.",
        "Writes {\"line\":N,\"matched\":[ids],\"then\":[payloads]} per input line on stdout; "
            + "bad lines are reported on stderr as INPUT:LINE: reason and the rest still processed."},
    footerHeading = "%nExamples:%n",
    footer = {"  pledge rules --config skyclub.json --rule-set routing --facts facts.jsonl",
        "  cat facts.jsonl | pledge rules -c skyclub.json -r benefits -f - --explain",
        "",
        "A facts line (one line in the file; every field optional):",
        "  {\"customer\": {\"id\": \"c1\", \"joined\": \"2020-01-01\",",
        "                \"segments\": [\"b2b\"], \"attributes\": {\"country\": \"PL\"}},",
        "   \"levels\": {\"status\": \"gold\"}, \"channel\": \"email\", \"priority\": \"high\",",
        "   \"tags\": [\"refund\"], \"caseAttributes\": {}, \"metrics\": {\"xp\": 120},",
        "   \"asOf\": \"2026-03-01T00:00:00Z\"}"})
public final class RulesCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private PledgeCommand parent;

  @Mixin
  private ConfigOption config;

  @Mixin
  private ProgressOption progress;

  @Option(names = {"-r", "--rule-set"}, required = true, paramLabel = "NAME",
      description = "The rule set to evaluate.")
  private String ruleSetName;

  @Option(names = {"-f", "--facts"}, required = true, paramLabel = "FILE|-",
      description = "Facts as JSON Lines; - reads standard input.")
  private String facts;

  @Option(names = {"-x", "--explain"},
      description = "Add an \"explanation\" array: every rule tried with its condition tree.")
  private boolean explain;

  @Override
  public Integer call() {
    Pledge pledge = config.load();
    RuleSet ruleSet = pledge.findRuleSet(ruleSetName).orElseThrow(() -> new PledgeException(
        config + " has no rule set named \"" + ruleSetName + "\"; it defines "
            + String.join(", ", pledge.ruleSetNames().stream().sorted().toList())));
    Input input = Input.open(facts, parent.stdin());
    JsonLines lines = parent.jsonLines(spec.commandLine(), progress);
    return lines.run(input, JsonLinesReader.binding(FactsLine.class), (line, factsLine) -> {
      try {
        return List.of(evaluate(ruleSet, line, factsLine));
      } catch (OutOfMemoryError e) {
        // this line's evaluation held the memory, and let it go: the line is rejected, the run goes on
        throw new PledgeException(RecordFailure.reason(e));
      }
    }).exitCode();
  }

  private JsonNode evaluate(RuleSet ruleSet, long line, FactsLine factsLine) {
    RuleResult result = ruleSet.evaluate(factsLine.toFacts());
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("line", line);
    ArrayNode matched = out.putArray("matched");
    ArrayNode then = out.putArray("then");
    for (RuleResult.Match match : result.matched()) {
      matched.add(match.id());
      then.add(match.then());
    }
    if (explain) {
      out.set("explanation", ExplanationJson.ofTrace(result.trace()));
    }
    return out;
  }
}
