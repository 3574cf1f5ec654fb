// Its own expected.txt, checked as classpath-app checks its output.
evaluate(new File(basedir, '../classpath-app/verify.groovy'))
