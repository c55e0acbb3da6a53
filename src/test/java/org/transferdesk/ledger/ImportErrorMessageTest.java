package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;

/** Problems and import errors show their messages alike: an argument that is a field label's key is translated. */
class ImportErrorMessageTest {
    private Locale before;

    @BeforeEach
    void english() {
        before = I18n.locale();
        I18n.setLocale(I18n.ENGLISH);
    }

    @AfterEach
    void restore() {
        I18n.setLocale(before);
    }

    @ParameterizedTest
    @CsvSource({
            "company.name, Please fill in \"Company name\".",
            "no.such.key,  Please fill in \"no.such.key\"."})
    void aLabelKeyArgumentIsTranslated_anyOtherTextIsShownAsIs(String argument, String expected) {
        assertThat(Problem.format("validation.required", argument)).isEqualTo(expected);
        assertThat(Problem.error("validation.required", "name", argument).message()).isEqualTo(expected);
        assertThat(new ImportError("Sheet", 2, "A", "validation.required", argument).message()).isEqualTo(expected);
    }
}
