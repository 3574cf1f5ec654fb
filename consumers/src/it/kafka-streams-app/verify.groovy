// What the application printed equals this project's expected.txt, checked as classpath-app checks its own.
expectedFile = new File(basedir, 'expected.txt')
evaluate(new File(basedir, '../classpath-app/verify.groovy'))
