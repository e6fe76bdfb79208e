package org.iom.oversight;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.iom.common.AppClock;
import org.iom.inspection.ActionViews;
import org.iom.inspection.FindingViews;
import org.iom.inspection.InspectionViews;
import org.iom.inspection.MeetingViews;
import org.iom.inspection.OversightViews;
import org.iom.inspection.RecommendationViews;
import org.iom.inspection.TimelineViews;

/** How the pages write values: enum names as words, UK dates; and the service's types the templates may read. */
@TemplateExtension
@TemplateData(target = RecommendationViews.RecommendationView.class)
@TemplateData(target = RecommendationViews.Owner.class)
@TemplateData(target = RecommendationViews.ResponseView.class)
@TemplateData(target = RecommendationViews.Closure.class)
@TemplateData(target = RecommendationViews.FigureValue.class)
@TemplateData(target = TimelineViews.UpdateView.class)
@TemplateData(target = InspectionViews.InspectionView.class)
@TemplateData(target = FindingViews.FindingView.class)
@TemplateData(target = FindingViews.Baseline.class)
@TemplateData(target = OversightViews.OversightSummary.class)
@TemplateData(target = OversightViews.TrackingCounts.class)
@TemplateData(target = OversightViews.StatusCounts.class)
@TemplateData(target = OversightViews.InspectionTracking.class)
@TemplateData(target = OversightViews.ActionOwnerCounts.class)
@TemplateData(target = MeetingViews.MeetingView.class)
@TemplateData(target = ActionViews.ActionView.class)
@TemplateData(target = ActionViews.ActionOwner.class)
public final class PageText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private PageText() {}

    /** {@code IN_PROGRESS} as "In progress". */
    static String label(Enum<?> e) {
        String words = e.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The enum's name in lower case, for a CSS class. */
    static String css(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** A value for a link's query string. */
    static String urlEncoded(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String uk(LocalDate d) {
        return DATE.format(d);
    }

    static String uk(Instant t) {
        return TIME.format(t.atZone(AppClock.UK));
    }
}
