package org.iom.caseload;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** One needs assessment of a case: append-only (the newest is the current one). */
@Entity
@Immutable
@Table(name = "needs_assessment")
public class NeedsAssessment extends CaseRecordEntity {

    @Column(name = "assessed_on", nullable = false)
    public LocalDate assessedOn;

    @Enumerated(EnumType.STRING) @Column(name = "accommodation", nullable = false)
    public Severity accommodation;
    @Enumerated(EnumType.STRING) @Column(name = "education_training_and_employability", nullable = false)
    public Severity educationTrainingAndEmployability;
    @Enumerated(EnumType.STRING) @Column(name = "financial_management_and_income", nullable = false)
    public Severity financialManagementAndIncome;
    @Enumerated(EnumType.STRING) @Column(name = "relationships", nullable = false)
    public Severity relationships;
    @Enumerated(EnumType.STRING) @Column(name = "lifestyle_and_associates", nullable = false)
    public Severity lifestyleAndAssociates;
    @Enumerated(EnumType.STRING) @Column(name = "drug_misuse", nullable = false)
    public Severity drugMisuse;
    @Enumerated(EnumType.STRING) @Column(name = "alcohol_misuse", nullable = false)
    public Severity alcoholMisuse;
    @Enumerated(EnumType.STRING) @Column(name = "emotional_well_being", nullable = false)
    public Severity emotionalWellBeing;
    @Enumerated(EnumType.STRING) @Column(name = "thinking_and_behaviour", nullable = false)
    public Severity thinkingAndBehaviour;
    @Enumerated(EnumType.STRING) @Column(name = "attitudes", nullable = false)
    public Severity attitudes;

    /** A new assessment of case {@code c}, recorded now by {@code recordedBy}. */
    static NeedsAssessment of(CaseRef c, NewNeedsAssessment body, String recordedBy, Instant now) {
        NeedsAssessment a = new NeedsAssessment();
        a.recordOf(c, recordedBy, now);
        a.assessedOn = body.assessedOn();
        Needs n = body.needs();
        a.accommodation = n.accommodation();
        a.educationTrainingAndEmployability = n.educationTrainingAndEmployability();
        a.financialManagementAndIncome = n.financialManagementAndIncome();
        a.relationships = n.relationships();
        a.lifestyleAndAssociates = n.lifestyleAndAssociates();
        a.drugMisuse = n.drugMisuse();
        a.alcoholMisuse = n.alcoholMisuse();
        a.emotionalWellBeing = n.emotionalWellBeing();
        a.thinkingAndBehaviour = n.thinkingAndBehaviour();
        a.attitudes = n.attitudes();
        return a;
    }

    NeedsAssessmentView view(Needs needs) {
        return new NeedsAssessmentView(id, assessedOn, needs, recordedBy, recordedAt);
    }
}
