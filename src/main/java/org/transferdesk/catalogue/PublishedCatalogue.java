package org.transferdesk.catalogue;

import java.util.List;

/** What the catalogue's exporters read: the published results, in the catalogue's order (result number). */
public interface PublishedCatalogue {
    List<CatalogueEntry> published();
}
