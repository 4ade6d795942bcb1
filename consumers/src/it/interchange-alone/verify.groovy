// valuex-interchange alone: its test ran, and the class path Surefire resolved for it holds neither
// Lucene nor Hipparchus (nor valuex-catalog or valuex-metrics).
def reports = new File(basedir, 'target/surefire-reports')
assert reports.isDirectory() : 'no Surefire reports: no test ran'
int tests = 0
def classPath = null
reports.eachFileMatch(~/TEST-.*\.xml/) { f ->
  def suite = new groovy.xml.XmlSlurper().parse(f)
  tests += suite.@tests.toInteger()
  def property = suite.properties.property.find { it.@name == 'surefire.test.class.path' }
  if (property.size() > 0) {
    classPath = property.@value.text()
  }
}
assert tests > 0 : 'the interchange-alone consumer ran no test'
assert classPath != null : 'Surefire recorded no test class path'
def jars = classPath.split(File.pathSeparator).collect { new File(it).name }
assert jars.any { it.startsWith('valuex-interchange-') } : "valuex-interchange is not on the class path: ${jars}"
['lucene', 'hipparchus', 'valuex-catalog', 'valuex-metrics'].each { name ->
  assert !jars.any { it.contains(name) } : "valuex-interchange alone brings ${name}: ${jars}"
}
return true
