package fi.alke.documents.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Example values of a field as input files write them, for the published JSON Schemas ({@code examples})
 * and the input reference ({@code docs/input.md}). For a list, each value is an example of one item.
 * Documentation only: the model neither reads nor checks it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Example {
    /** The examples, as written in an input file (numbers and booleans as their text). */
    String[] value();
}
