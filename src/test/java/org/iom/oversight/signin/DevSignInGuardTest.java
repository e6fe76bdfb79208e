package org.iom.oversight.signin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The dev sign-in cannot be had in production: its classes are built into dev and test builds only, the production
 * profile leaves it off, and a production start with it switched on stops.
 */
class DevSignInGuardTest {

    @Test
    void aProductionStartWithTheDevSignInOnStops() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> DevSignInGuard.check(LaunchMode.NORMAL, true));
        assertTrue(e.getMessage().contains("iom.pages.dev-sign-in"), e.getMessage());
        assertDoesNotThrow(() -> DevSignInGuard.check(LaunchMode.NORMAL, false));
        assertDoesNotThrow(() -> DevSignInGuard.check(LaunchMode.DEVELOPMENT, true));
        assertDoesNotThrow(() -> DevSignInGuard.check(LaunchMode.TEST, true));
    }

    @Test
    void theDevSignInIsNotBuiltIntoAProductionJar() {
        for (Class<?> devOnly : new Class<?>[] {DevSignIn.class, DevSessionMechanism.class}) {
            IfBuildProfile profile = devOnly.getAnnotation(IfBuildProfile.class);
            assertNotNull(profile, devOnly + " must be dev and test only");
            assertArrayEquals(new String[] {"dev", "test"}, profile.anyOf(), devOnly.getName());
            assertEquals("", profile.value(), devOnly.getName());
        }
    }

    @Test
    void theProductionProfileLeavesItOff() throws IOException {
        assertFalse(config("prod").getValue("iom.pages.dev-sign-in", Boolean.class));
        assertTrue(config("dev").getValue("iom.pages.dev-sign-in", Boolean.class));
        assertTrue(config("test").getValue("iom.pages.dev-sign-in", Boolean.class));
    }

    @Test
    void aSessionCookieIsSignedAndExpires() {
        Instant now = Instant.now();
        DevSession s = new DevSession("iom-admin", "Ada", now.plusSeconds(60));
        assertEquals(s, DevSession.decode(s.encode(), now));
        assertEquals(null, DevSession.decode(s.encode(), now.plusSeconds(61)));
        String value = s.encode();
        String otherRole = new DevSession("iom-oversight", "Ada", now.plusSeconds(60)).encode();
        String forged = otherRole.substring(0, otherRole.lastIndexOf('.')) + value.substring(value.lastIndexOf('.'));
        assertEquals(null, DevSession.decode(forged, now));
        assertEquals(null, DevSession.decode("garbage", now));
    }

    private static SmallRyeConfig config(String profile) throws IOException {
        PropertiesConfigSource props = new PropertiesConfigSource(
                Path.of("src/main/resources/application.properties").toUri().toURL());
        return new SmallRyeConfigBuilder().addDefaultInterceptors().withProfile(profile).withSources(props)
                .withDefaultValue("iom.pages.dev-sign-in", "false").build();
    }
}
