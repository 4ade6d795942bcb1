// The README's property class ran: Surefire's reports count more than zero tests, none failed.
def reports = new File(basedir, 'target/surefire-reports')
assert reports.isDirectory() : 'no Surefire reports: no test ran'
int tests = 0
int failed = 0
reports.eachFileMatch(~/TEST-.*\.xml/) { f ->
  def suite = new groovy.xml.XmlSlurper().parse(f)
  tests += suite.@tests.toInteger()
  failed += suite.@failures.toInteger() + suite.@errors.toInteger()
}
assert tests > 0 : 'the test-kit consumer ran no test (is the jqwik engine missing?)'
assert failed == 0
return true
