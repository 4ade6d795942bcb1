// Writes the README's property-test class, verbatim, into this project.
def samples = new GroovyClassLoader(getClass().classLoader)
    .parseClass(new File(basedir, '../../../src/it/ReadmeSamples.groovy'))
samples.writeTestClasses(new File(repositoryRoot, 'README.md'), new File(basedir, 'src/test/java'))
return true
