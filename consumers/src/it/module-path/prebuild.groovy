// Writes the README's Java samples, verbatim, into this project (see ../ReadmeSamples.groovy).
def samples = new GroovyClassLoader(getClass().classLoader)
    .parseClass(new File(basedir, '../../../src/it/ReadmeSamples.groovy'))
samples.writeSamples(new File(repositoryRoot, 'README.md'), new File(basedir, 'src/main/java'))
return true
