// The application stopped at Pledge.loadResource with Pledge's message, not inside Jackson.
def printed = new File(basedir, 'target/app.out').text
assert printed.contains('Exception in thread "main" dev.pledge.PledgeException: Pledge cannot run on the'
    + ' Jackson libraries found on the class path (jackson-core 2.18.2, jackson-databind 2.18.2,'
    + ' jackson-datatype-jsr310 2.18.2, jackson-dataformat-xml 2.20.1);'
    + ' jackson-dataformat-xml 2.20.1 needs jackson-core 2.20 or later;'
    + ' jackson-dataformat-xml 2.20.1 needs jackson-databind 2.20 or later.'
    + ' Fix: import dev.pledge:pledge-bom (type pom, scope import)') : printed
assert !printed.contains('NoSuchFieldError') && !printed.contains('loaded [') : printed
