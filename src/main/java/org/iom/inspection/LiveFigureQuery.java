package org.iom.inspection;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Objects;
import org.jboss.resteasy.reactive.Separator;

/**
 * The query of {@code GET /v1/live-figures} ({@code @BeanParam}): {@code key} repeats, and each value may also be a
 * comma-separated list; none means every figure. An unknown key is a 400 naming the known ones.
 */
public record LiveFigureQuery(
        @QueryParam("key") @Separator(",") @Size(max = 50) List<@Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9. ]*$", message = "must be a figure key (letters, digits and dots)") String> key) {

    /** The keys asked for, without repeats or blanks (empty: every figure). */
    List<String> keys() {
        return key == null ? List.of() : key.stream().filter(Objects::nonNull).map(String::strip)
                .filter(k -> !k.isEmpty()).distinct().toList();
    }
}
