package org.iom.caseload;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import org.iom.common.Idempotency;
import org.iom.common.ProblemException;
import org.iom.common.ProblemType;

/**
 * The request body of an import, read once as a stream: with the import's own size limit (413 above it), through the
 * request's hash when it carries an Idempotency-Key, as UTF-8 text; and the answer when it cannot be read.
 */
final class CaseImportBody {

    private CaseImportBody() {}

    /** The body, answering 413 once more than {@code limit} bytes were read. */
    static InputStream limited(InputStream body, long limit) {
        return new Limited(body, limit);
    }

    /**
     * The body read through {@code digest}. Not closed by the parser at the end of the file: the rest (if any) is read
     * into the hash after it ({@link #hashOfRest}).
     */
    static InputStream hashed(InputStream body, MessageDigest digest) {
        return new FilterInputStream(new DigestInputStream(body, digest)) {
            @Override
            public void close() {
                // the request's stream is closed by the server
            }
        };
    }

    /** The body as UTF-8 text: a byte sequence that is not UTF-8 fails the read ({@link #unreadable}). */
    static Reader utf8(InputStream body) {
        return new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /**
     * The request's hash, once the rest of the file is read through {@code digest} ({@code throughDigest} reads into
     * it; it already holds the operation, the scheme, the format and whatever of the file went through it before).
     */
    static String hashOfRest(InputStream throughDigest, MessageDigest digest) {
        try {
            throughDigest.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw unreadable(e);
        }
        return Idempotency.hex(digest);
    }

    /** The answer to a body that could not be read: not UTF-8 or not CSV is a 400 naming the body, else malformed. */
    static ProblemException unreadable(IOException e) {
        if (e instanceof CharacterCodingException) {
            return ProblemException.invalid("body", "the file is not valid UTF-8 text");
        }
        if (e instanceof JsonProcessingException j) {
            return ProblemException.invalid("body", "the CSV could not be read" + (j.getLocation() == null ? ""
                    : " (line " + j.getLocation().getLineNr() + ")") + ": " + j.getOriginalMessage());
        }
        return new ProblemException(ProblemType.MALFORMED, "The request body could not be read.");
    }

    /** The request body, with the import's own size limit (413 above it). */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The import is larger than the service "
                        + "accepts (" + limit + " bytes): split it into several imports.");
            }
        }
    }
}
