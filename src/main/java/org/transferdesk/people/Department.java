package org.transferdesk.people;

/** 院系 / 部门: a managed list; inactive departments stay on old records but are not offered. */
public record Department(Long id, String name, boolean active, int version) {
    public static Department create(String name) {
        return new Department(null, name, true, 0);
    }
}
