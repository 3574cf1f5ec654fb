package dev.pledge.rule;

import java.lang.constant.ConstantDescs;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.UndeclaredThrowableException;

/**
 * The template of a rule set's compiled code; never loaded as itself. {@link RuleSet} defines its
 * bytes as a hidden class for every 16 rules, with the rules' conditions as method handles in
 * the class data ({@link Conditions#handle}). Each handle then sits in a {@code static final}
 * field, a constant to the JIT, which inlines the whole condition into {@link #first}: every
 * test of every rule gets code of its own, with its own branches, as a hand-written chain of
 * {@code if}s would, instead of going through one shared loop and one shared dispatch per test.
 *
 * <p>Class data: a list of 17 elements, 16 handles of type {@code (Facts)boolean} (a constant
 * {@code false} past the last rule) and the code of the next 16 rules, or null.
 */
final class RuleSetCode implements RuleSet.Code {
  static final int RULES = 16;

  private static final MethodHandle R0 = rule(0);
  private static final MethodHandle R1 = rule(1);
  private static final MethodHandle R2 = rule(2);
  private static final MethodHandle R3 = rule(3);
  private static final MethodHandle R4 = rule(4);
  private static final MethodHandle R5 = rule(5);
  private static final MethodHandle R6 = rule(6);
  private static final MethodHandle R7 = rule(7);
  private static final MethodHandle R8 = rule(8);
  private static final MethodHandle R9 = rule(9);
  private static final MethodHandle R10 = rule(10);
  private static final MethodHandle R11 = rule(11);
  private static final MethodHandle R12 = rule(12);
  private static final MethodHandle R13 = rule(13);
  private static final MethodHandle R14 = rule(14);
  private static final MethodHandle R15 = rule(15);
  private static final RuleSet.Code NEXT = classData(RULES, RuleSet.Code.class);

  private static MethodHandle rule(int index) {
    return classData(index, MethodHandle.class);
  }

  private static <T> T classData(int index, Class<T> type) {
    try {
      return MethodHandles.classDataAt(MethodHandles.lookup(), ConstantDescs.DEFAULT_NAME, type, index);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("a rule set's code was defined without its class data", e);
    }
  }

  @Override
  @SuppressWarnings("fallthrough") // from "from" on, each rule in turn
  public int first(Facts facts, int from) {
    try {
      switch (from) {
        case 0:
          if ((boolean) R0.invokeExact(facts)) {
            return 0;
          }
        case 1:
          if ((boolean) R1.invokeExact(facts)) {
            return 1;
          }
        case 2:
          if ((boolean) R2.invokeExact(facts)) {
            return 2;
          }
        case 3:
          if ((boolean) R3.invokeExact(facts)) {
            return 3;
          }
        case 4:
          if ((boolean) R4.invokeExact(facts)) {
            return 4;
          }
        case 5:
          if ((boolean) R5.invokeExact(facts)) {
            return 5;
          }
        case 6:
          if ((boolean) R6.invokeExact(facts)) {
            return 6;
          }
        case 7:
          if ((boolean) R7.invokeExact(facts)) {
            return 7;
          }
        case 8:
          if ((boolean) R8.invokeExact(facts)) {
            return 8;
          }
        case 9:
          if ((boolean) R9.invokeExact(facts)) {
            return 9;
          }
        case 10:
          if ((boolean) R10.invokeExact(facts)) {
            return 10;
          }
        case 11:
          if ((boolean) R11.invokeExact(facts)) {
            return 11;
          }
        case 12:
          if ((boolean) R12.invokeExact(facts)) {
            return 12;
          }
        case 13:
          if ((boolean) R13.invokeExact(facts)) {
            return 13;
          }
        case 14:
          if ((boolean) R14.invokeExact(facts)) {
            return 14;
          }
        case 15:
          if ((boolean) R15.invokeExact(facts)) {
            return 15;
          }
        default:
          break;
      }
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e, "a condition threw a checked exception");
    }
    if (NEXT == null) {
      return -1;
    }
    int next = NEXT.first(facts, Math.max(0, from - RULES));
    return next < 0 ? -1 : next + RULES;
  }
}
