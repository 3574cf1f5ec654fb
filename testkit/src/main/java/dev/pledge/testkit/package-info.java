/** AssertJ assertions and jqwik arbitraries for applications that test their promises. */
package dev.pledge.testkit;
