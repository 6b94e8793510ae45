package fi.alke.documents.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that input files may write either inline or as the name of another file that holds
 * it, relative to the input file (e.g. {@code organisations: organisations.yaml}). The input reader
 * reads the named file in its place; the published schema allows both forms.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
public @interface FileReference {
}
