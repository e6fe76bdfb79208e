package org.iom.changes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.common.ProblemException;

/**
 * The query of {@code GET /v1/changes} ({@code @BeanParam}): typed, validated, a 400 naming each bad one. A record
 * component cannot be called {@code wait} (it would override {@code Object.wait()}), so {@code wait} is checked by
 * {@link #longPoll()} and its bounds are stated for the contract by {@code @Schema}.
 */
public record ChangeFilter(
        @QueryParam("after") @Size(max = 200) @Pattern(regexp = "^[A-Za-z0-9_-]*$") String after,
        @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(200) Integer limit,
        @QueryParam("wait") @DefaultValue("0") @Schema(minimum = "0", maximum = "30") Integer waitSeconds) {

    /** The longest long poll, in seconds. */
    public static final int MAX_WAIT_SECONDS = 30;

    /** How long to wait for a change when there is none yet; a 400 naming {@code wait} outside 0 to 30 s. */
    Duration longPoll() {
        if (waitSeconds == null) {
            return Duration.ZERO;
        }
        if (waitSeconds < 0 || waitSeconds > MAX_WAIT_SECONDS) {
            throw ProblemException.invalid("wait", "must be between 0 and " + MAX_WAIT_SECONDS + " seconds");
        }
        return Duration.ofSeconds(waitSeconds);
    }
}
