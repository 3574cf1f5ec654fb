// The same application as classpath-app, so the same output, checked the same way.
expectedFile = new File(basedir, '../classpath-app/expected.txt')
evaluate(new File(basedir, '../classpath-app/verify.groovy'))
