// The module-path run printed how many README samples passed; at least one must have run.
def log = new File(basedir, 'build.log').getText('UTF-8')
def m = log =~ /module path: (\d+) passed, 0 failed/
assert m.find() : 'the module-path consumer ran no README sample'
assert (m.group(1) as int) > 0 : 'the module-path consumer ran no README sample'
return true
