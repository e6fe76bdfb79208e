package org.iom.support.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Installs {@link ContractValidationFilter} as a global rest-assured filter before every {@code @QuarkusTest}
 * method (registered in {@code META-INF/services}), so every test's requests and responses are checked against the
 * committed contract without the test opting in. Runs inside Quarkus' test class loader, i.e. on the same
 * {@link RestAssured} the tests use. Idempotent: the filter is added once.
 */
public class ContractValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        install();
    }

    public static void install() {
        synchronized (RestAssured.class) {
            if (RestAssured.filters().stream().noneMatch(f -> f instanceof ContractValidationFilter)) {
                RestAssured.filters(new ContractValidationFilter());
            }
        }
    }
}
