package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.AttachmentCheck;
import org.transferdesk.common.AttachmentStore.StoredFile;
import org.transferdesk.common.FileStore;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.deal.DiligenceItem;
import org.transferdesk.deal.DiligenceService;
import org.transferdesk.deal.persistence.DiligenceRepository;

/**
 * Documents kept in the shared database (issue 21): stored with their hash and size, opened as a checked copy on this
 * PC, found changed or gone when they are, removed with their record. Runs on both databases (the table is on both).
 */
@Tag(TestDatabase.TAG)
class DatabaseAttachmentStoreTest {
    @TempDir
    Path tmp;

    private Database db;
    private DatabaseAttachmentStore store;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        store = new DatabaseAttachmentStore(db, tmp.resolve("cache"));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Path file(String name, byte[] content) throws Exception {
        Path f = tmp.resolve("outside").resolve(name);
        Files.createDirectories(f.getParent());
        return Files.write(f, content);
    }

    @Test
    void aDocument_isStoredWithItsHash_andOpensAsItWas() throws Exception {
        byte[] content = new byte[300_001];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        Path source = file("合同扫描件.PDF", content);

        StoredFile stored = store.store(source, "7");

        assertThat(stored.fileName()).isEqualTo("合同扫描件.PDF");
        assertThat(stored.storedPath()).startsWith("attachments/7/").endsWith(".pdf");
        assertThat(stored.sha256()).isEqualTo(FileStore.sha256(source)).hasSize(64);
        assertThat(stored.sizeBytes()).isEqualTo(300_001);
        assertThat(store.verify(stored.storedPath(), stored.sha256(), stored.sizeBytes()))
                .isEqualTo(AttachmentCheck.INTACT);
        Path opened = store.resolve(stored.storedPath());
        assertThat(opened).startsWith(tmp.resolve("cache"));
        assertThat(Files.readAllBytes(opened)).isEqualTo(content);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void aDocumentChangedInTheDatabase_isFoundChanged_andNotOpened() throws Exception {
        StoredFile stored = store.store(file("a.txt", "abc".getBytes(StandardCharsets.UTF_8)), "7");
        db.dsl().execute("update attachment_content set content = ? where stored_path = ?",
                "abd".getBytes(StandardCharsets.UTF_8), stored.storedPath());

        assertThat(store.verify(stored.storedPath(), stored.sha256(), stored.sizeBytes()))
                .isEqualTo(AttachmentCheck.CHANGED);
        assertThatThrownBy(() -> store.resolve(stored.storedPath())).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).key()).isEqualTo("attachment.error.damaged");
        assertThat(store.verify(stored.storedPath(), stored.sha256(), 4)).isEqualTo(AttachmentCheck.CHANGED);
    }

    @Test
    void aRemovedDocument_isGone() throws Exception {
        StoredFile stored = store.store(file("a.txt", "abc".getBytes(StandardCharsets.UTF_8)), "7");

        store.delete(stored.storedPath());

        assertThat(store.verify(stored.storedPath(), stored.sha256(), stored.sizeBytes()))
                .isEqualTo(AttachmentCheck.FILE_MISSING);
        assertThatThrownBy(() -> store.resolve(stored.storedPath())).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> store.resolve("../../etc/passwd")).isInstanceOf(UserFacingException.class);
        assertThat(store.count()).isZero();
    }

    @Test
    void aFileThatIsNotTheHashedOne_isNotKept() throws Exception {
        Path source = file("a.txt", "abc".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> store.put("attachments/7/x.txt", source, "0".repeat(64), 3))
                .hasMessageContaining("changed while it was being stored");

        assertThat(store.count()).isZero();
    }

    @Test
    void theDiligenceFile_onTheDatabaseStore_roundTrips() throws Exception {
        db.executeRaw("INSERT INTO deal (contract_no, mode, title, contract_amount) VALUES ('JS-1', 'LICENSE', '许可', 0)");
        long dealId = ((Number) db.dsl().fetchValue("SELECT MAX(id) FROM deal")).longValue();
        DiligenceService diligence = new DiligenceService(store, new DiligenceRepository(db.dsl()), TestDatabase.CLOCK);

        var a = diligence.attach(dealId, DiligenceItem.SIGNED_CONTRACT, file("签字版.pdf",
                "%PDF-1.4 signed".getBytes(StandardCharsets.UTF_8)));

        assertThat(diligence.verify(a.id())).isEqualTo(AttachmentCheck.INTACT);
        assertThat(Files.readString(diligence.resolve(a))).isEqualTo("%PDF-1.4 signed");
        diligence.remove(a.id());
        assertThat(store.count()).isZero();
    }
}
