package org.iom.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sends one fuzz request: through the JDK client, or its raw bytes over a socket (for malformed HTTP). */
final class FuzzSender {
    private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/1\\.[01] (\\d{3})");

    private FuzzSender() {
    }

    static FuzzResult execute(FuzzReq req) {
        long t0 = System.currentTimeMillis();
        if (req.raw() != null) {
            return rawHttp(req, t0);
        }
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Http.base() + req.path()))
                    .timeout(Duration.ofSeconds(20));
            req.headers().forEach(b::header);
            b.method(req.method(), req.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(req.body()));
            HttpResponse<byte[]> r = Http.client().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new FuzzResult(req, r.statusCode(), null, new String(r.body(), StandardCharsets.UTF_8),
                    r.headers().firstValue("Content-Type").orElse(null), System.currentTimeMillis() - t0);
        } catch (HttpTimeoutException e) {
            return new FuzzResult(req, 0, "TIMEOUT", null, null, System.currentTimeMillis() - t0);
        } catch (IllegalArgumentException e) {
            // The JDK client refuses to send it (e.g. a header value it considers illegal): count it, it is not ours.
            return new FuzzResult(req, 0, "CLIENT_REFUSED", null, null, System.currentTimeMillis() - t0);
        } catch (IOException e) {
            return new FuzzResult(req, 0, "IO:" + e.getClass().getSimpleName(), null, null, System.currentTimeMillis() - t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FuzzResult(req, 0, "INTERRUPTED", null, null, System.currentTimeMillis() - t0);
        }
    }

    static FuzzResult rawHttp(FuzzReq req, long t0) {
        URI u = URI.create(Http.base());
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(u.getHost(), u.getPort()), 5000);
            s.setSoTimeout(10000);
            OutputStream os = s.getOutputStream();
            os.write(req.raw().getBytes(StandardCharsets.ISO_8859_1));
            os.flush();
            s.shutdownOutput();
            InputStream is = s.getInputStream();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            for (int n; (n = is.read(chunk)) > 0 && buf.size() < 1 << 20; ) {
                buf.write(chunk, 0, n);
            }
            return parseRaw(req, buf.toString(StandardCharsets.ISO_8859_1), System.currentTimeMillis() - t0);
        } catch (SocketTimeoutException e) {
            return new FuzzResult(req, 0, "TIMEOUT", null, null, System.currentTimeMillis() - t0);
        } catch (IOException e) {
            return new FuzzResult(req, 0, "IO:" + e.getClass().getSimpleName(), null, null, System.currentTimeMillis() - t0);
        }
    }

    /** The status and body of a raw HTTP/1.x answer; status 0 and NO_RESPONSE when there is no status line. */
    static FuzzResult parseRaw(FuzzReq req, String resp, long ms) {
        Matcher m = STATUS_LINE.matcher(resp);
        int status = m.find() ? Integer.parseInt(m.group(1)) : 0;
        int split = resp.indexOf("\r\n\r\n");
        String body = split < 0 ? "" : resp.substring(split + 4);
        return new FuzzResult(req, status, status == 0 ? "NO_RESPONSE" : null, body, null, ms);
    }
}
