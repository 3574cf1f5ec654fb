package dev.pledge.cli;

/** Placeholder replaced by the picocli command. */
public final class PledgeCommand {
  private PledgeCommand() {}

  public static void main(String[] args) {
    System.out.println("pledge");
  }
}
