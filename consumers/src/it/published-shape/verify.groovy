// What `mvn install` publishes for each library, in the shape Maven Central requires: a jar (a
// named module), a sources jar and a javadoc jar; and POMs that carry, themselves or through their
// parents (library -> pledge-parent -> pledge-bom), name, description, url, licenses, developers
// and scm. Read from the reactor's own output, which is what `mvn install` copies.
import java.util.zip.ZipFile

def root = new File(basedir, '../../../..').canonicalFile
def bom = new File(root, 'bom/pom.xml').text
def version = (bom =~ /<artifactId>pledge-bom<\/artifactId>\s*<version>([^<]+)<\/version>/)[0][1]

def entries = { File jar -> new ZipFile(jar).withCloseable { z -> z.entries().collect { it.name } } }
[core: 'dev/pledge/Pledge.java', rules: 'dev/pledge/rules/StandardRules.java',
 testkit: 'dev/pledge/testkit/PledgeAssertions.java'].each { module, source ->
  def target = new File(root, "${module}/target")
  def jar = new File(target, "pledge-${module}-${version}.jar")
  def sources = new File(target, "pledge-${module}-${version}-sources.jar")
  def javadoc = new File(target, "pledge-${module}-${version}-javadoc.jar")
  [jar, sources, javadoc].each { assert it.isFile() : "missing ${it}" }
  assert entries(jar).contains('module-info.class') : "${jar.name} is not a named module"
  assert entries(sources).contains(source) : "${sources.name} lacks ${source}"
  assert entries(javadoc).contains('index.html') : "${javadoc.name} has no index.html"
  def pom = new File(root, "${module}/pom.xml").text
  assert pom.contains('<artifactId>pledge-parent</artifactId>') : "${module}'s parent is not pledge-parent"
  assert pom =~ /<name>[^<]+<\/name>/ && pom =~ /<description>[^<]+<\/description>/ : "${module} lacks name or description"
}
def parent = new File(root, 'pom.xml').text
assert parent.contains('<artifactId>pledge-bom</artifactId>') : 'pledge-parent does not inherit pledge-bom'
['name', 'description', 'url'].each { assert bom =~ /<${it}>[^<]+<\/${it}>/ : "pledge-bom lacks <${it}>" }
['<licenses>', '<license>', '<developers>', '<developer>', '<scm', '<connection>', '<developerConnection>']
    .each { assert bom.contains(it) : "pledge-bom lacks ${it}" }
assert !bom.contains('<parent>') : 'pledge-bom must have no parent, so importing it brings only its own versions'
true
