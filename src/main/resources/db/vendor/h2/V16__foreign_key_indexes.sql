-- Issue 21: the PostgreSQL twin of this version indexes ten referencing columns. H2 made those indexes itself when
-- each foreign key was declared, so here there is nothing to do; the version exists so that both databases are at
-- the same schema version. (A harmless statement, as Flyway wants one.)
SELECT 1;
