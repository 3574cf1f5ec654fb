// Both test classes ran, every test passed: the JUnit test with Pledge's assertions, and the jqwik
// class named *Properties (one property, run 200 times, counts as one test).
['app.StatusTest', 'app.StatusProperties'].each { name ->
  def report = new File(basedir, "target/surefire-reports/TEST-${name}.xml")
  assert report.isFile() : "${name} did not run"
  def suite = (report.text =~ /<testsuite [^>]*/)[0]
  assert suite.contains('tests="1"') : suite
  assert suite.contains('failures="0"') && suite.contains('errors="0"') && suite.contains('skipped="0"') : suite
}
true
