package org.transferdesk.pilot;

/**
 * What a step does to the owners text of the result's IP: set it to {@code owners}, first remembering the
 * text it had (registration) so that recovery or expiry can give it back.
 */
public record IpOwnersChange(String owners, boolean rememberBefore) {
}
