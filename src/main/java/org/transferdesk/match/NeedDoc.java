package org.transferdesk.match;

/**
 * A company's need as matching indexes it, for "which open needs suit this result": the register of needs feeds
 * its open needs through {@link Matcher.NeedDocs}. {@code ipcClass} may be null.
 */
public record NeedDoc(long id, String company, String title, String description, String field, String ipcClass) {
    public NeedQuery query() {
        return new NeedQuery(title, description, field, ipcClass);
    }
}
