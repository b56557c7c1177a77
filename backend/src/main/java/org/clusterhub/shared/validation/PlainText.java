package org.clusterhub.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Text without markup: no HTML tags, script URLs or control characters. Applies to a string or to each
 * string of a collection. Text is escaped when shown anyway; refusing markup keeps the record clean.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{validation.plainText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, Object> {
        private static final Pattern MARKUP = Pattern.compile(
                "<\\s*/?\\s*[a-zA-Z!]|javascript\\s*:|on[a-z]+\\s*=|[\\p{Cntrl}&&[^\\r\\n\\t]]",
                Pattern.CASE_INSENSITIVE);

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (value instanceof Collection<?> collection) {
                return collection.stream().allMatch(item -> isValid(item, context));
            }
            return !(value instanceof CharSequence text) || !MARKUP.matcher(text).find();
        }
    }
}
