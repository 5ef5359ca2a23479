package com.loungedesk.staff;

/** What a signed-in person may do at the desk. Supervisors may also cancel walk-in usages. */
public enum Role {
    STAFF, SUPERVISOR
}
