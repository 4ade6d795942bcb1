/**
 * Test support shared with the other modules' tests through valuex-core's test jar: the sweep
 * of a module's API for null messages that name the parameter, and many threads started at
 * once on shared state. Never published as API; a package of its own, so that the tests of
 * modules compiled against core's module see it.
 */
package dev.valuex.core.testkit;
