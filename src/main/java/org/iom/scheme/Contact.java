package org.iom.scheme;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who to contact about a scheme (a role mailbox is better than a person). */
@Schema(name = "SchemeContact")
public record Contact(
        @Schema(nullable = true)
        @Size(max = 200) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        String name,
        @Schema(nullable = true)
        @Size(max = 320) @Email(message = "must be an email address")
        String email,
        @Schema(nullable = true)
        @Size(max = 40) @Pattern(regexp = "^\\+?[0-9 ()-]{3,40}$", message = "must be a telephone number (digits, spaces, +, -, brackets)")
        String phone) {

    /** The contact of these parts, or null when there is none. */
    static Contact of(String name, String email, String phone) {
        return name == null && email == null && phone == null ? null : new Contact(name, email, phone);
    }

    /** True when there is no contact at all (null, or every part null). */
    static boolean absent(Contact c) {
        return c == null || (c.name == null && c.email == null && c.phone == null);
    }
}
