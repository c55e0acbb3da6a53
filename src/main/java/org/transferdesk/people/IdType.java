package org.transferdesk.people;

import org.transferdesk.common.Labeled;

/**
 * 证件类型 of a person's ID number, as the 备案表 lists it (R-TAX58-FILING). Only a 居民身份证 number has a
 * check digit the app can verify (R-ID-PERSON); the others are kept as typed.
 */
public enum IdType implements Labeled {
    RESIDENT_ID, PASSPORT, HK_MACAO_PERMIT, TAIWAN_PERMIT, FOREIGN_PERMANENT_RESIDENT, OTHER;

    @Override
    public String labelPrefix() {
        return "idType";
    }

    /** Whether GB 11643-1999's checksum and birth date apply (R-ID-PERSON). */
    public boolean checksummed() {
        return this == RESIDENT_ID;
    }
}
