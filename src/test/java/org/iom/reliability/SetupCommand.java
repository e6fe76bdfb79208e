package org.iom.reliability;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * setup: a scheme of our own (every test writes into a fresh scheme), optionally one case ({@code --with-case}) and
 * one inspection recommendation whose timeline the writers append to ({@code --with-recommendation}). Prints shell
 * assignments.
 */
final class SetupCommand {

    private SetupCommand() {
    }

    static int run(Args a) {
        String code = a.s("code", "REL-" + Integer.toString(new Random().nextInt(1 << 20), 36).toUpperCase(Locale.ROOT));
        Res r = Http.send("POST", "/v1/schemes", Tokens.token("iom-admin"), "application/json", Bodies.schemeJson(code),
                Map.of(), Duration.ofSeconds(30));
        if (r.status() != 201) {
            System.err.println("setup: POST /v1/schemes gave " + r.status() + " " + r.error() + " " + r.body());
            return 1;
        }
        String schemeId = Json.str(Json.parse(r.body()), "id");
        System.out.println("SCHEME_ID=" + schemeId);
        System.out.println("SCHEME_CODE=" + code);
        if (a.flag("with-case")) {
            Res c = Http.send("POST", "/v1/cases", Tokens.token("iom-practitioner", code), "application/json",
                    Bodies.caseJson(schemeId, "Z" + String.format("%06d", new Random().nextInt(1_000_000)), 1), Map.of(),
                    Duration.ofSeconds(30));
            if (c.status() != 201) {
                System.err.println("setup: POST /v1/cases gave " + c.status() + " " + c.error() + " " + c.body());
                return 1;
            }
            System.out.println("CASE_ID=" + Json.str(Json.parse(c.body()), "id"));
        }
        return a.flag("with-recommendation") ? recommendation(code) : 0;
    }

    /** An inspection with one recommendation; prints RECOMMENDATION_ID. */
    static int recommendation(String code) {
        String admin = Tokens.token("iom-admin");
        Res i = Http.send("POST", "/v1/inspections", admin, "application/json", Bodies.inspectionJson(code), Map.of(),
                Duration.ofSeconds(30));
        if (i.status() != 201) {
            System.err.println("setup: POST /v1/inspections gave " + i.status() + " " + i.error() + " " + i.body());
            return 1;
        }
        Res r = Http.send("POST", "/v1/inspections/" + i.id() + "/recommendations", admin, "application/json",
                Bodies.recommendationJson(), Map.of(), Duration.ofSeconds(30));
        if (r.status() != 201) {
            System.err.println("setup: POST .../recommendations gave " + r.status() + " " + r.error() + " " + r.body());
            return 1;
        }
        System.out.println("RECOMMENDATION_ID=" + r.id());
        return 0;
    }
}
