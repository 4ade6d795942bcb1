package dev.valuex.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables meta-style shared by every valuex model package: package-private generated
 * classes hidden behind the public abstract type, strict builders, depluralized collection
 * adders and {@code with*} copy methods declared through a generated {@code With*} interface.
 *
 * <p>Internal to valuex: it is exported only to valuex modules and may change at any time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    depluralize = true,
    // Plurals the default rule (drop a trailing "s") gets wrong: putAlias, addApproach.
    depluralizeDictionary = {"alias:aliases", "approach:approaches"},
    typeWith = "With*",
    // Generated code carries no annotations that users' compilers would have to resolve.
    allowedClasspathAnnotations = {Override.class})
public @interface ValuexStyle {}
