package dev.pledge.benchmarks.rules;

/**
 * The routing rules of {@code routing.json} as a careful developer would write them in Java: one
 * if per rule, in order, on a tier rank from a switch, {@link String#equals} and
 * {@link java.util.Set#contains}. The baseline without any engine.
 */
final class HandWrittenRouting {
  private static final int SILVER = 1;
  private static final int GOLD = 2;
  private static final int PLATINUM = 3;

  private HandWrittenRouting() {}

  /** The queue of the first rule that holds for {@code f}; {@code general} when none does. */
  static String route(RoutingFact f) {
    int rank = f.tierRank();
    String channel = f.channel();
    if (rank >= PLATINUM && channel.equals("phone")) {
      return "platinum-phone";
    }
    if (rank >= GOLD && channel.equals("email")) {
      return "gold-email";
    }
    String priority = f.priority();
    if (priority.equals("urgent") || priority.equals("high")) {
      return "urgent";
    }
    boolean b2b = f.segments().contains("b2b");
    if (b2b && f.country().equals("PL")) {
      return "b2b-pl";
    }
    if (b2b) {
      return "b2b";
    }
    if (rank >= SILVER && channel.equals("chat")) {
      return "silver-chat";
    }
    if (channel.equals("social") || channel.equals("sms")) {
      return "social";
    }
    if (f.customerForAtLeast(5)) {
      return "loyal";
    }
    return "general";
  }
}
