package org.tandem.security;

import java.util.List;
import java.util.Locale;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a user may do; each role may do everything the roles before it may. */
public enum Role {
    /** Edits targets, comments, dismisses issues. */
    TRANSLATOR,
    /** Also approves and rejects segments, edits glossaries, annotates MQM errors, imports and exports. */
    EDITOR,
    /** Also manages users. */
    ADMIN;

    /** The Spring Security authority of this role alone ({@code ROLE_EDITOR}). */
    public String authority() {
        return "ROLE_" + name();
    }

    /** This role's authority and those of every role below it, so that a check for one role admits those above. */
    public List<GrantedAuthority> authorities() {
        return java.util.Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal())
                .<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    /** The role written in any case; null when there is no such role. */
    public static Role parse(String text) {
        try {
            return text == null ? null : valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
