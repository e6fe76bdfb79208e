package org.iom.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A small but real OpenID Connect provider for the sign-in tests, on a free loopback port: discovery, a JWKS of its own
 * RSA key, an authorization endpoint that shows a sign-in form (user name, display name and groups: the test chooses
 * who signs in), and a token endpoint that answers ID tokens signed RS256 with that key. It holds the client to the
 * rules the code flow with PKCE depends on: the client id and secret, the redirect URI, a code used once, and the
 * {@code code_verifier} whose S256 hash is the {@code code_challenge} of the authorization request (plain PKCE and no
 * PKCE are refused). Nothing is mocked: quarkus-oidc discovers it, redirects to it and exchanges codes with it.
 */
public class TestOidcProvider implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ID = "iom-pages";
    public static final String CLIENT_SECRET = "test-only-client-secret-of-at-least-32-characters";
    static final String REALM = "/realms/iom";

    private static final Map<String, Grant> GRANTS = new ConcurrentHashMap<>();
    private HttpServer server;
    private KeyPair key;
    private String issuer;

    /** What an authorization request asked for and who signed in, until its code is exchanged. */
    record Grant(Map<String, String> request, String user, String name, List<String> groups) {}

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            key = rsa.generateKeyPair();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + REALM;
        server.createContext(REALM + "/.well-known/openid-configuration", ex -> json(ex, 200, discovery()));
        server.createContext(REALM + "/certs", ex -> json(ex, 200, jwks()));
        server.createContext(REALM + "/auth", this::authorize);
        server.createContext(REALM + "/login", this::login);
        server.createContext(REALM + "/token", this::token);
        server.start();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("iom.oidc.enabled", "true");
        config.put("iom.oidc.auth-server-url", issuer);
        config.put("iom.oidc.client-id", CLIENT_ID);
        config.put("iom.oidc.client-secret", CLIENT_SECRET);
        config.put("iom.pages.dev-sign-in", "false");
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String discovery() {
        return "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/auth\",\"token_endpoint\":\""
                + issuer + "/token\",\"jwks_uri\":\"" + issuer + "/certs\",\"response_types_supported\":[\"code\"],"
                + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                + "\"code_challenge_methods_supported\":[\"S256\"]}";
    }

    private String jwks() {
        RSAPublicKey pub = (RSAPublicKey) key.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"test-oidc\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                + unsigned(pub.getModulus().toByteArray()) + "\",\"e\":\"" + unsigned(pub.getPublicExponent().toByteArray())
                + "\"}]}";
    }

    /** The authorization endpoint: checks the request and shows the sign-in form, carrying the request along. */
    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> q = form(ex.getRequestURI().getRawQuery());
        String problem = !"code".equals(q.get("response_type")) ? "response_type must be code"
                : !CLIENT_ID.equals(q.get("client_id")) ? "unknown client"
                : q.get("redirect_uri") == null || q.get("state") == null ? "redirect_uri and state are required"
                : !"S256".equals(q.get("code_challenge_method")) || q.get("code_challenge") == null
                        ? "PKCE with S256 is required" : null;
        if (problem != null) {
            send(ex, 400, "text/plain", problem);
            return;
        }
        StringBuilder hidden = new StringBuilder();
        q.forEach((k, v) -> hidden.append("<input type=\"hidden\" name=\"").append(k).append("\" value=\"")
                .append(v.replace("\"", "&quot;")).append("\">"));
        send(ex, 200, "text/html", "<!DOCTYPE html><html lang=\"en\"><head><title>Test identity provider</title></head>"
                + "<body><form method=\"post\" action=\"" + REALM + "/login\">" + hidden
                + "<label for=\"username\">User</label><input id=\"username\" name=\"username\" value=\"olive\">"
                + "<label for=\"name\">Name</label><input id=\"name\" name=\"name\" value=\"Olive Oversight\">"
                + "<label for=\"groups\">Groups</label><input id=\"groups\" name=\"groups\" value=\"iom-oversight\">"
                + "<button id=\"login\" type=\"submit\">Sign in</button></form></body></html>");
    }

    /** The sign-in form's post: a one-time code for who signed in, back to the client's redirect URI. */
    private void login(HttpExchange ex) throws IOException {
        Map<String, String> f = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String code = UUID.randomUUID().toString();
        List<String> groups = Arrays.stream(f.getOrDefault("groups", "").split("[ ,]+")).filter(g -> !g.isBlank())
                .toList();
        GRANTS.put(code, new Grant(f, f.get("username"), f.get("name"), groups));
        String location = f.get("redirect_uri") + (f.get("redirect_uri").contains("?") ? "&" : "?") + "code=" + code
                + "&state=" + URLEncoder.encode(f.get("state"), StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Location", location);
        send(ex, 302, "text/plain", "");
    }

    /** The token endpoint: the code once, for the client that asked, with the verifier of its challenge. */
    private void token(HttpExchange ex) throws IOException {
        Map<String, String> f = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = f.get("code") == null ? null : GRANTS.remove(f.get("code"));
        String problem = grant == null ? "invalid_grant"
                : !"authorization_code".equals(f.get("grant_type")) ? "unsupported_grant_type"
                : !clientAuthenticated(ex, f) ? "invalid_client"
                : !grant.request().get("redirect_uri").equals(f.get("redirect_uri")) ? "invalid_grant: redirect_uri"
                : !grant.request().get("code_challenge").equals(s256(f.get("code_verifier")))
                        ? "invalid_grant: code_verifier" : null;
        if (problem != null) {
            json(ex, 400, "{\"error\":\"" + problem + "\"}");
            return;
        }
        var claims = Jwt.issuer(issuer).audience(CLIENT_ID).subject("idp-" + grant.user())
                .claim("preferred_username", grant.user()).claim("name", grant.name()).claim("azp", CLIENT_ID)
                .groups(Set.copyOf(grant.groups())).expiresIn(600);
        String nonce = grant.request().get("nonce");
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        String idToken = claims.jws().keyId("test-oidc").sign(key.getPrivate());
        String accessToken = Jwt.issuer(issuer).audience(CLIENT_ID).subject("idp-" + grant.user()).expiresIn(600)
                .jws().keyId("test-oidc").sign(key.getPrivate());
        json(ex, 200, "{\"access_token\":\"" + accessToken + "\",\"id_token\":\"" + idToken
                + "\",\"token_type\":\"Bearer\",\"expires_in\":600}");
    }

    /** client_secret_basic or client_secret_post. */
    private static boolean clientAuthenticated(HttpExchange ex, Map<String, String> f) {
        String basic = ex.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            String pair = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8);
            return pair.equals(URLEncoder.encode(CLIENT_ID, StandardCharsets.UTF_8) + ":"
                    + URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8)) || pair.equals(CLIENT_ID + ":" + CLIENT_SECRET);
        }
        return CLIENT_ID.equals(f.get("client_id")) && CLIENT_SECRET.equals(f.get("client_secret"));
    }

    static String s256(String verifier) {
        if (verifier == null) {
            return "";
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unsigned(byte[] bigEndian) {
        int skip = bigEndian.length > 1 && bigEndian[0] == 0 ? 1 : 0;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOfRange(bigEndian, skip, bigEndian.length));
    }

    /** The fields of an {@code application/x-www-form-urlencoded} body or query string. */
    public static Map<String, String> form(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return new LinkedHashMap<>();
        }
        return Arrays.stream(encoded.split("&")).map(p -> p.split("=", 2)).collect(Collectors.toMap(
                p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "", (a, b) -> b,
                LinkedHashMap::new));
    }

    private static void json(HttpExchange ex, int status, String body) throws IOException {
        send(ex, status, "application/json", body);
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }
}
