package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;

/**
 * On PostgreSQL every foreign key's columns lead some index (issue 21, {@code db/vendor/postgresql/V16}): H2 makes
 * one for each foreign key itself, PostgreSQL does not, and a missing one turns a child lookup or a parent's delete
 * into a scan of the whole child table. A later migration that adds a reference without its index fails here.
 */
@Tag(TestDatabase.TAG)
class ForeignKeyIndexTest {
    @Test
    void everyForeignKey_isLedByAnIndex_onPostgresql() {
        Assumptions.assumeTrue(TestDatabase.onPostgres(), "H2 indexes every foreign key itself");
        try (Database db = TestDatabase.fresh()) {
            var unindexed = db.dsl().fetch("""
                    select c.conrelid::regclass::text || ' (' || c.conname || ')'
                    from pg_constraint c
                    where c.contype = 'f'
                      and not exists (select 1 from pg_index i where i.indrelid = c.conrelid
                          and (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] = c.conkey::int2[])
                    order by 1""").getValues(0, String.class);
            assertThat(unindexed).as("foreign keys no index leads with").isEmpty();
            assertThat(db.dsl().fetchOne("select count(*) from pg_constraint where contype = 'f'").get(0, Integer.class))
                    .as("the check saw the schema's foreign keys").isGreaterThan(40);
        }
    }
}
