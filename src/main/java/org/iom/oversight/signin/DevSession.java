package org.iom.oversight.signin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A dev sign-in session: who chose which role, until when; carried by a cookie whose value is signed with HMAC-SHA256
 * under a key made at start (so a restart signs everyone out, and a cookie cannot be made up). Dev mode and tests only.
 */
record DevSession(String role, String name, Instant expires) {

    static final String COOKIE = "iom-dev-session";
    private static final byte[] KEY = randomKey();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder D64 = Base64.getUrlDecoder();

    /** Whole seconds: what the cookie keeps. */
    DevSession {
        expires = Instant.ofEpochSecond(expires.getEpochSecond());
    }

    /** The subject recorded for this member's writes: {@code dev-} and the name given, else the role. */
    String subject() {
        return "dev-" + (name.isEmpty() ? role : name);
    }

    String displayName() {
        return name.isEmpty() ? role : name;
    }

    /** The cookie's value: payload and signature. */
    String encode() {
        String payload = B64.encodeToString(role.getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(name.getBytes(StandardCharsets.UTF_8)) + "." + expires.getEpochSecond();
        return payload + "." + B64.encodeToString(sign(payload));
    }

    /** The session of a cookie value, or null when it is not one this process signed or it has expired. */
    static DevSession decode(String value, Instant now) {
        if (value == null || value.length() > 1000) {
            return null;
        }
        int last = value.lastIndexOf('.');
        if (last < 0) {
            return null;
        }
        String payload = value.substring(0, last);
        try {
            if (!MessageDigest.isEqual(sign(payload), D64.decode(value.substring(last + 1)))) {
                return null;
            }
            String[] parts = payload.split("\\.", -1);
            Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[2]));
            return expires.isAfter(now) ? new DevSession(new String(D64.decode(parts[0]), StandardCharsets.UTF_8),
                    new String(D64.decode(parts[1]), StandardCharsets.UTF_8), expires) : null;
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

    private static byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
