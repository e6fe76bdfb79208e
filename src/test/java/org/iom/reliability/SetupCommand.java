package org.iom.reliability;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** setup: a scheme of our own (every test writes into a fresh scheme), optionally one case. Prints shell assignments. */
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
        return 0;
    }
}
