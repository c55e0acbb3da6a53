package org.transferdesk.catalogue;

import java.time.LocalDate;
import java.util.List;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;

/**
 * One published result as the public catalogue shows it: only what may leave the office. Inventors' names,
 * the internal abstract, money and people's contact data other than the named contact never get here, so no
 * exporter of the catalogue (site, XLSX/CSV, brochure) can leak them.
 *
 * @param resultNo the result's number; the site names the result's page after it
 * @param titleEn may be blank: the English pages then show the Chinese title
 * @param summaryEn may be blank, as {@code titleEn}
 * @param field the technical field (Chinese, as recorded)
 * @param trl technology readiness level 1–9, or {@code null} when the office does not use TRL
 * @param terms indicative terms as the office words them, blank when it gives none
 * @param publishedOn when the profile was last published
 */
public record CatalogueEntry(String resultNo, String titleZh, String titleEn, String summaryZh, String summaryEn,
                             String field, List<String> applicationAreas, DevelopmentStage stage, Integer trl,
                             List<PublicIp> ip, List<CooperationMode> modes, String terms, Contact contact,
                             List<Image> images, LocalDate publishedOn) {

    public CatalogueEntry {
        applicationAreas = List.copyOf(applicationAreas);
        ip = List.copyOf(ip);
        modes = List.copyOf(modes);
        images = List.copyOf(images);
    }

    /** An IP right as the public sees it: the register's type, number, title and status. */
    public record PublicIp(IpType type, String number, String title, IpStatus status) {
    }

    /** The office's named contact for the result (the technology manager), the only person data published. */
    public record Contact(String name, String phone, String email) {
    }

    /** A picture of the result; {@code fileName} ends in .png or .jpg and is unique within the entry. */
    // The bytes are copied in and out, so the record stays immutable; nothing compares images by equals.
    @SuppressWarnings("ArrayRecordComponent")
    public record Image(String fileName, byte[] bytes, String caption) {
        public Image {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }
}
