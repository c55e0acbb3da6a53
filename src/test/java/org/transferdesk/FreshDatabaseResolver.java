package org.transferdesk;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.transferdesk.db.Database;

/**
 * Hands a test's {@code @BeforeEach}, test and {@code @AfterEach} methods one {@link TestDatabase#fresh()} database
 * as their {@link Database} parameter, and closes it after the test's {@code @AfterEach} methods: the opening and
 * closing every database test would otherwise write out. A class that uses it still carries
 * {@code @Tag(TestDatabase.TAG)}.
 */
public final class FreshDatabaseResolver implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            FreshDatabaseResolver.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Database.class;
    }

    /** JUnit closes what the test's store holds, an {@link AutoCloseable}, when the test is done. */
    @Override
    public Database resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(Database.class, k -> TestDatabase.fresh(),
                Database.class);
    }
}
