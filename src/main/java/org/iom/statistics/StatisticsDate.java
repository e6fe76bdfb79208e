package org.iom.statistics;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

/** A date a statistics request may name: from 1990-01-01 to 2999-12-31 (null: not given). */
@Documented
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = StatisticsDate.Check.class)
public @interface StatisticsDate {

    String EARLIEST = "1990-01-01";
    String LATEST = "2999-12-31";
    /** The range as a pattern, for the contract: with {@code format: date} it admits exactly these days. */
    String PATTERN = "^(199[0-9]|2[0-9]{3})-[0-9]{2}-[0-9]{2}$";

    String message() default "must be between " + EARLIEST + " and " + LATEST;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check of {@link StatisticsDate}. */
    class Check implements ConstraintValidator<StatisticsDate, LocalDate> {

        private static final LocalDate FIRST = LocalDate.parse(EARLIEST);
        private static final LocalDate LAST = LocalDate.parse(LATEST);

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || !(date.isBefore(FIRST) || date.isAfter(LAST));
        }
    }
}
