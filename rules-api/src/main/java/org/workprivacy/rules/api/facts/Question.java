package org.workprivacy.rules.api.facts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the facts that make up the question itself ("what does the employer want to do?"), as opposed to
 * the circumstances. A permission is only ever given for a stated question: when a question fact is left
 * out and every way of filling it in would be ALLOWED, the answer is still DENIED with that fact missing,
 * because "yes, whatever you want to do" is not an answer anyone can act on. A question left out can still
 * get a DENIED answer when every possibility is denied.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Question {
}
