package fi.alke.documents.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a list whose items other fields of the same record name, e.g. a follow-up's actions and rounds,
 * which its progress entries name by id and name. A reader that checks a document part by part must not
 * leave such an item out when it fails, or every reference to it would seem broken.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Referenced {
}
