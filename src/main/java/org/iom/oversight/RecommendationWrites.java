package org.iom.oversight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iom.common.Problem;
import org.iom.inspection.RecommendationStatus;
import org.iom.inspection.RecommendationViews.NewResponse;
import org.iom.inspection.ResponseDecision;
import org.iom.inspection.ResponseService;
import org.iom.inspection.TimelineService;
import org.iom.inspection.TimelineViews.NewUpdate;
import org.iom.inspection.UpdateType;

/**
 * The pages' writes: each form becomes the API's request body, is validated as the API validates it, and goes to the
 * same service with the page's version as If-Match. The service records who made the change (the signed-in member).
 */
@ApplicationScoped
class RecommendationWrites {

    @Inject ResponseService responses;
    @Inject TimelineService timeline;
    @Inject Validator validator;

    String respond(UUID id, RecommendationForms.Response form) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Forms.required("decision", form.decision(), "select the decision", errors);
        LocalDate decidedOn = Forms.date("decidedOn", form.day(), form.month(), form.year(), errors);
        if (decidedOn == null && errors.stream().noneMatch(e -> e.field().equals("decidedOn"))) {
            errors.add(new Problem.FieldError("decidedOn", "enter the date of the response"));
        }
        Forms.required("rationale", form.rationale(), "enter the response as the addressee gave it", errors);
        ResponseDecision decision = Forms.blank(form.decision()) ? null
                : Forms.enumValue(ResponseDecision.class, "decision", form.decision());
        NewResponse body = valid(new NewResponse(decision, decidedOn, form.rationale()), errors);
        responses.respond(id, ifMatch(form.version()), body);
        return "response";
    }

    String comment(UUID id, RecommendationForms.Comment form) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Forms.required("note", form.note(), "enter the comment", errors);
        add(id, form.version(), update(UpdateType.COMMENT, form.note(), null, null, null, null), errors);
        return "comment";
    }

    String status(UUID id, RecommendationForms.Status form) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Forms.required("status", form.status(), "select the new status", errors);
        RecommendationStatus status = Forms.blank(form.status()) ? null
                : Forms.enumValue(RecommendationStatus.class, "status", form.status());
        if (status != null && status.isFinal()) {
            Forms.required("evidence", form.evidence(), "enter the evidence that closes the recommendation", errors);
        }
        add(id, form.version(), update(UpdateType.STATUS_CHANGE, blankToNull(form.note()), status, null, null,
                blankToNull(form.evidence())), errors);
        return "status";
    }

    String targetDate(UUID id, RecommendationForms.TargetDate form) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate date = Forms.date("targetDate", form.day(), form.month(), form.year(), errors);
        if (date == null && errors.isEmpty()) {
            errors.add(new Problem.FieldError("targetDate", "enter the new target date"));
        }
        Forms.required("reason", form.reason(), "enter why the target date moved", errors);
        add(id, form.version(), update(UpdateType.TARGET_DATE_REVISION, null, null, date, form.reason(),
                null), errors);
        return "target";
    }

    /** A timeline entry of the kinds these forms write (no supersededBy, no action or meeting fields). */
    private static NewUpdate update(UpdateType type, String note, RecommendationStatus status, LocalDate targetDate,
            String reason, String evidence) {
        return new NewUpdate(type, note, status, null, targetDate, reason, evidence, null, null, null, null, null, null,
                null);
    }

    private void add(UUID id, String version, NewUpdate body, List<Problem.FieldError> errors) {
        timeline.add(id, ifMatch(version), valid(body, errors));
    }

    /** The body when the form's own checks and the API's constraints pass; else the 400 naming every field. */
    private <T> T valid(T body, List<Problem.FieldError> errors) {
        if (errors.isEmpty()) {
            errors.addAll(Problem.FieldError.of(validator.validate(body)));
        }
        if (!errors.isEmpty()) {
            throw Forms.invalid(errors);
        }
        return body;
    }

    /** The page's version as the API's If-Match (a missing or forged one can never match: a conflict). */
    private static String ifMatch(String version) {
        return version == null || version.isBlank() ? null : "\"" + version.strip() + "\"";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
