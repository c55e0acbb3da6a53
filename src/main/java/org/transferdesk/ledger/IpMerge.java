package org.transferdesk.ledger;

import java.util.ArrayList;
import java.util.List;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ledger.LedgerRows.IpRow;

/**
 * Adds IP rows to a result's assets: a row whose application number the result already has updates
 * that asset (keeping its id, title and owners), any other row is a new asset. Counts both.
 */
final class IpMerge {
    private int created;
    private int updated;

    List<IpAsset> merge(List<IpAsset> current, List<IpRow> rows) {
        List<IpAsset> assets = new ArrayList<>(current);
        for (IpRow r : rows) {
            int at = indexOf(assets, r.applicationNo());
            if (at < 0) {
                IpStatus status = r.status() != null ? r.status()
                        : r.grantedOn() != null ? IpStatus.GRANTED : IpStatus.FILED;
                assets.add(new IpAsset(null, r.type(), r.applicationNo(), null, r.filedOn(), r.grantedOn(), status,
                        null));
                created++;
            } else {
                IpAsset old = assets.get(at);
                assets.set(at, new IpAsset(old.id(), r.type(), r.applicationNo(), old.title(),
                        r.filedOn() == null ? old.filedOn() : r.filedOn(),
                        r.grantedOn() == null ? old.grantedOn() : r.grantedOn(), statusOf(old, r), old.owners()));
                updated++;
            }
        }
        return assets;
    }

    /** Without a status in the row, a newly given grant date moves a pending asset to GRANTED. */
    private static IpStatus statusOf(IpAsset old, IpRow r) {
        if (r.status() != null) {
            return r.status();
        }
        boolean pending = old.status() == IpStatus.FILED || old.status() == IpStatus.UNDER_EXAMINATION;
        return r.grantedOn() != null && pending ? IpStatus.GRANTED : old.status();
    }

    private static int indexOf(List<IpAsset> assets, String applicationNo) {
        if (applicationNo == null) {
            return -1;
        }
        for (int i = 0; i < assets.size(); i++) {
            if (applicationNo.equals(assets.get(i).applicationNo())) {
                return i;
            }
        }
        return -1;
    }

    int created() {
        return created;
    }

    int updated() {
        return updated;
    }
}
