package com.loungedesk.staff;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The person signed in at the desk.
 *
 * @param id   a short id printed on the staff badge (letters, digits, dot, dash, underscore)
 * @param name the display name
 * @param role staff or supervisor
 */
public record Operator(String id, String name, Role role) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    public Operator {
        Objects.requireNonNull(role, "role");
        id = id == null ? "" : id.trim();
        name = name == null ? "" : name.trim();
        if (!validId(id)) {
            throw new IllegalArgumentException("An operator id is 1-32 letters, digits, dots, dashes or underscores.");
        }
        if (name.isEmpty()) {
            name = id;
        }
    }

    public static boolean validId(String id) {
        return id != null && ID.matcher(id.trim()).matches();
    }

    public boolean isSupervisor() {
        return role == Role.SUPERVISOR;
    }
}
