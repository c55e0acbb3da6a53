package org.transferdesk.ip.persistence;

import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.IP_ASSET;

import java.util.List;
import org.jooq.DSLContext;
import org.transferdesk.ip.IpListRow;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;

public final class IpRepository {
    private final DSLContext dsl;

    public IpRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<IpListRow> findAll() {
        return dsl.select(IP_ASSET.ID, IP_ASSET.DISCLOSURE_ID, DISCLOSURE.RESULT_NO, DISCLOSURE.TITLE, IP_ASSET.IP_TYPE,
                        IP_ASSET.APPLICATION_NO, IP_ASSET.TITLE, IP_ASSET.FILED_ON, IP_ASSET.GRANTED_ON, IP_ASSET.STATUS,
                        IP_ASSET.OWNERS)
                .from(IP_ASSET).join(DISCLOSURE).on(DISCLOSURE.ID.eq(IP_ASSET.DISCLOSURE_ID))
                .orderBy(IP_ASSET.FILED_ON.desc(), IP_ASSET.ID.desc())
                .fetch(r -> IpListRow.of(r.value1(), r.value2(), r.value3(), r.value4(), IpType.valueOf(r.value5()),
                        r.value6(), r.value7(), r.value8(), r.value9(), IpStatus.valueOf(r.value10()), r.value11()));
    }

    public int count() {
        return dsl.fetchCount(IP_ASSET);
    }
}
