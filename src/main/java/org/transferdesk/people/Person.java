package org.transferdesk.people;

import java.util.LinkedHashMap;
import java.util.Map;
import org.transferdesk.common.PersonIdNumber;

/** 人员: staff who can be inventors, leaders or reward recipients; {@code idType} says what {@code idNumber} is. */
public record Person(Long id, String staffNo, String name, Long departmentId, String departmentName,
                     LeaderRole leaderRole, IdType idType, String idNumber, String contact, int version) {

    public Person {
        idType = idType == null ? IdType.RESIDENT_ID : idType;
    }

    /** A person whose ID number, if any, is a 居民身份证 number (the default). */
    public Person(Long id, String staffNo, String name, Long departmentId, String departmentName,
                  LeaderRole leaderRole, String idNumber, String contact, int version) {
        this(id, staffNo, name, departmentId, departmentName, leaderRole, IdType.RESIDENT_ID, idNumber, contact,
                version);
    }

    public static Person create(String staffNo, String name) {
        return new Person(null, staffNo, name, null, null, LeaderRole.NONE, null, null, 0);
    }

    public String maskedIdNumber() {
        return PersonIdNumber.mask(idNumber);
    }

    /** Audited fields; the ID number is recorded masked so the audit log never holds it. */
    public Map<String, Object> auditFields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("staffNo", staffNo);
        m.put("name", name);
        m.put("department", departmentName);
        m.put("leaderRole", leaderRole);
        // only when not the default, so records audited before ID types existed compare as they did
        if (idType != IdType.RESIDENT_ID) {
            m.put("idType", idType);
        }
        m.put("idNumber", maskedIdNumber());
        m.put("contact", contact);
        return m;
    }
}
