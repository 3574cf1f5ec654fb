// What the application printed, standard output and standard error together, is expected.txt:
// no Hibernate Validator banner, no stack trace. Only SLF4J's own notice that this application has
// chosen no logging backend (jollyday logs through SLF4J) is left out.
// Also run by modulepath-app (with expectedFile set to this project's expected.txt), by
// bom-older-jackson-app and by kafka-streams-app (each with its own expected.txt).
def slf4j = ['SLF4J(W): No SLF4J providers were found.',
             'SLF4J(W): Defaulting to no-operation (NOP) logger implementation',
             'SLF4J(W): See https://www.slf4j.org/codes.html#noProviders for further details.']
def printed = new File(basedir, 'target/app.out').readLines() - slf4j
def expected = (binding.hasVariable('expectedFile') ? expectedFile : new File(basedir, 'expected.txt')).readLines()
assert printed == expected
true
