package org.iom.reliability;

import java.nio.file.Path;

/**
 * Load and fault driver for the iom-service reliability tests (scripts/reliability). No dependencies: JDK 17,
 * java.net.http, RS256 tokens signed here with the dev key. Every command prints "FIGURE name=value" lines and exits
 * non-zero when a check fails. It is compiled with the tests (target/test-classes) and its pure logic is unit-tested
 * beside it; the scripts run it against a packaged service.
 *
 * <pre>
 * java -cp target/test-classes org.iom.reliability.Driver --base URL --key dev-keys/private-key.pem --issuer ISS COMMAND [options]
 *   setup     create a scheme (and optionally one case, one recommendation) for a test; prints ids
 *   load      writers (cases, timeline entries: Idempotency-Key and retries) or readers, with health probes and checks
 *   conflict  50 simultaneous PATCHes with one If-Match; 16 x 25 read-modify-write loops
 *   fuzz      seeded invalid requests against every operation in /q/openapi
 *   check-api GET every acknowledged case through the API
 *   resolve   retry every write whose outcome the client never saw, with its original Idempotency-Key
 *   dupes     the same write sent several times at once with one Idempotency-Key
 * </pre>
 */
public final class Driver {

    private Driver() {
    }

    public static void main(String[] argv) throws Exception {
        Args a = new Args(argv);
        Http.configure(a.req("base"));
        String issuer = a.req("issuer");
        Tokens.configure(issuer, Tokens.loadKey(Path.of(a.req("key"))));
        int rc = run(a);
        System.out.flush();
        System.exit(rc);
    }

    static int run(Args a) throws Exception {
        String cmd = a.positional.isEmpty() ? "help" : a.positional.get(0);
        return switch (cmd) {
            case "setup" -> SetupCommand.run(a);
            case "load" -> LoadCommand.run(a);
            case "conflict" -> ConflictCommand.run(a);
            case "fuzz" -> FuzzCommand.run(a);
            case "check-api" -> CheckApiCommand.run(a);
            case "resolve" -> ResolveCommand.run(a);
            case "dupes" -> DupesCommand.run(a);
            default -> {
                System.err.println("usage: Driver --base URL --key PEM --issuer ISS setup|load|conflict|fuzz|check-api ...");
                yield 2;
            }
        };
    }
}
