package org.transferdesk.ip;

import java.util.List;
import org.transferdesk.ip.persistence.IpRepository;

/** The IP register across all results. Editing happens in the result editor (an IP belongs to its result). */
public final class IpService {
    private final IpRepository repository;

    public IpService(IpRepository repository) {
        this.repository = repository;
    }

    public List<IpListRow> findAll() {
        return repository.findAll();
    }

    public int count() {
        return repository.count();
    }
}
