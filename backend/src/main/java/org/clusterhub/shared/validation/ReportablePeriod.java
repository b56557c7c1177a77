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
import org.axonframework.eventhandling.GenericEventMessage;
import org.clusterhub.shared.ReportingPeriod;

/**
 * A reporting period ({@link ReportingPeriod} or its text) that has begun (judged in Asia/Shanghai): a figure for a future quarter or year cannot exist.
 * Today comes from Axon's event clock, the same clock that dates the events, so that back-dated demo data is judged
 * on its own day.
 */
@Documented
@Constraint(validatedBy = ReportablePeriod.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReportablePeriod {

    String message() default "{validation.futurePeriod}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ReportablePeriod, Object> {
        /** A period as text that is not a period is left to {@code @Pattern}: one message per mistake. */
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            ReportingPeriod period;
            if (value instanceof ReportingPeriod typed) {
                period = typed;
            } else if (value instanceof String text && text.strip().matches(ReportingPeriod.PATTERN)) {
                period = ReportingPeriod.parse(text);
            } else {
                return true;
            }
            return !period.startsAfter(GenericEventMessage.clock.instant());
        }
    }
}
