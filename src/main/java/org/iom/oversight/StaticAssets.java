package org.iom.oversight;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The GOV.UK Design System's fonts and images at {@code /assets/*}, where its stylesheet looks for them (absolute
 * URLs in {@code govuk-frontend.min.css}), served from the govuk-frontend webjar; its CSS and script are served by the
 * webjar itself under {@code /webjars/govuk-frontend/<version>/dist/govuk/}.
 */
@ApplicationScoped
public class StaticAssets {

    static final String GOVUK_ASSETS = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets";

    void install(@Observes Router router) {
        router.route("/assets/*").handler(StaticHandler.create(GOVUK_ASSETS).setCachingEnabled(true)
                .setMaxAgeSeconds(86_400));
    }
}
