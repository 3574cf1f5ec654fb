/**
 * AssertJ assertions ({@link dev.pledge.testkit.PledgeAssertions}) and jqwik arbitraries
 * ({@link dev.pledge.testkit.PledgeArbitraries}) for applications that test their promises.
 *
 * <p><b>Maven Surefire runs only classes named {@code Test*}, {@code *Test}, {@code *Tests} and
 * {@code *TestCase} by default.</b> A jqwik class named {@code *Properties} is silently skipped
 * unless {@code <include>**}{@code /*Properties.java</include>} is added to Surefire's
 * {@code <includes>} (with {@code **}{@code /*Test.java}); see docs/dependencies.md.
 */
package dev.pledge.testkit;
