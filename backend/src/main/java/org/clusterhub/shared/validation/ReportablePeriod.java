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
 * A reporting period that has begun (judged in Asia/Shanghai): a figure for a future quarter or year cannot exist.
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

    class Validator implements ConstraintValidator<ReportablePeriod, ReportingPeriod> {
        @Override
        public boolean isValid(ReportingPeriod value, ConstraintValidatorContext context) {
            return value == null || !value.startsAfter(GenericEventMessage.clock.instant());
        }
    }
}
