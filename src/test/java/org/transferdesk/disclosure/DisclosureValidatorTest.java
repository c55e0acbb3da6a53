package org.transferdesk.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Problem;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;

class DisclosureValidatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** "1:40*;2:25" → person 1 with 40% (key contributor), person 2 with 25%. */
    private static List<Inventor> team(String spec) {
        List<Inventor> inventors = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return inventors;
        }
        for (String part : spec.split(";")) {
            String[] idAndShare = part.split(":");
            boolean key = idAndShare[1].endsWith("*");
            String share = key ? idAndShare[1].substring(0, idAndShare[1].length() - 1) : idAndShare[1];
            long id = Long.parseLong(idAndShare[0]);
            inventors.add(new Inventor(id, "T00" + id, "人员" + id, Percent.ofPercent(share), key));
        }
        return inventors;
    }

    private static Disclosure disclosure(String resultNo, String title, LocalDate disclosedOn, List<Inventor> team,
                                         List<IpAsset> ip) {
        return DisclosureBuilder.disclosure().status(ResultStatus.DISCLOSED).resultNo(resultNo).title(title)
                .disclosedOn(disclosedOn).resultType(ResultType.INVENTION_PATENT).funding(FundingSource.FISCAL)
                .inventors(team).ipAssets(ip).build();
    }

    private static Disclosure withTeam(String spec) {
        return disclosure("R-2024-0001", "一种锂电池正极材料", LocalDate.of(2024, 3, 1), team(spec), List.of());
    }

    private static Disclosure withIp(IpAsset ip) {
        return disclosure("R-2024-0001", "一种锂电池正极材料", LocalDate.of(2024, 3, 1), team("1:100*"), List.of(ip));
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::key).toList();
    }

    @ParameterizedTest(name = "{0} → [{1}]")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            1:40*;2:25*;3:20;4:15            | ''
            1:33.3333*;2:33.3333;3:33.3334   | ''
            1:100.0000*                      | ''
            1:50*;2:50*                      | ''
            1:99.99*                         | validation.inventors.sum
            1:40*;2:25;3:20;4:14.99          | validation.inventors.sum
            1:33.3333*;2:33.3333;3:33.3333   | validation.inventors.sum
            1:60*;2:40.01                    | validation.inventors.sum
            1:60;2:40                        | validation.inventors.noKey
            1:60*;1:40                       | validation.inventors.duplicate
            1:100*;2:0                       | validation.inventors.sharePositive
            1:110*;2:-10                     | validation.inventors.sharePositive
            NULL                             | validation.inventors.none
            """)
    void inventors_mustSumToExactlyHundred_withAKeyContributor_andNoPersonTwice(String spec, String expected) {
        List<Problem> problems = DisclosureValidator.validate(withTeam(spec), TODAY);

        assertThat(keys(problems)).containsExactlyElementsOf(expected.isBlank() ? List.of() : List.of(expected.split(" ")));
        assertThat(problems).allSatisfy(p -> assertThat(p.field()).isEqualTo("inventors"));
    }

    @ParameterizedTest(name = "[{0}] [{1}] {2} → {3} on {4}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            R-2024-0001 | 一种锂电池正极材料 | 2024-03-01 | ''                        | ''
            R-2024-0001 | 一种锂电池正极材料 | 2026-11-22 | ''                        | ''
            NULL        | 一种锂电池正极材料 | 2024-03-01 | validation.required       | resultNo
            '  '        | 一种锂电池正极材料 | 2024-03-01 | validation.required       | resultNo
            R 2024 0001 | 一种锂电池正极材料 | 2024-03-01 | validation.resultNo.format | resultNo
            -R-2024     | 一种锂电池正极材料 | 2024-03-01 | validation.resultNo.format | resultNo
            R-2024-0001 | NULL             | 2024-03-01 | validation.required       | title
            R-2024-0001 | ' '              | 2024-03-01 | validation.required       | title
            R-2024-0001 | 一种锂电池正极材料 | NULL       | validation.required       | disclosedOn
            R-2024-0001 | 一种锂电池正极材料 | 2026-11-23 | validation.dateInFuture   | disclosedOn
            """)
    void requiredFields_andNoFutureDisclosure(String resultNo, String title, LocalDate disclosedOn, String key,
                                              String field) {
        List<Problem> problems = DisclosureValidator.validate(
                disclosure(resultNo, title, disclosedOn, team("1:100*"), List.of()), TODAY);

        if (key.isEmpty()) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.key()).isEqualTo(key);
                assertThat(p.field()).isEqualTo(field);
                assertThat(p.isError()).isTrue();
            });
        }
    }

    @ParameterizedTest(name = "{0} of length {1} → {2}")
    @CsvSource(textBlock = """
            title,    300,  false
            title,    301,  true
            abstract, 4000, false
            abstract, 4001, true
            """)
    void longTexts_areRefusedPastTheColumnSize(String field, int length, boolean refused) {
        String text = "长".repeat(length);
        Disclosure base = withTeam("1:100*");
        Disclosure d = DisclosureBuilder.toBuilder(base).id(null).title(field.equals("title") ? text : base.title())
                .departmentId(null).departmentName(null).projectNumbers(null).technicalField(null)
                .abstractText(field.equals("abstract") ? text : null).confidential(false).evaluation(null)
                .ipAssets(List.of()).history(List.of()).version(0).build();

        assertThat(keys(DisclosureValidator.validate(d, TODAY)))
                .isEqualTo(refused ? List.of("validation.tooLong") : List.of());
    }

    @ParameterizedTest(name = "{0} {1} filed {2} granted {3} → [{4}]")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            INVENTION_PATENT   | CN 202310123456.6 | 2023-01-05 | 2025-02-01 | ''
            INVENTION_PATENT   | 202310123456.7    | 2023-01-05 | NULL       | validation.patent.checkDigit
            INVENTION_PATENT   | 2023101234        | 2023-01-05 | NULL       | validation.patent.format
            INVENTION_PATENT   | 202220456789.1    | 2022-01-05 | NULL       | validation.patent.typeMismatch
            INVENTION_PATENT   | 202330112233.0    | 2023-01-05 | NULL       | validation.patent.typeMismatch
            UTILITY_MODEL      | 202220456789.1    | 2022-01-05 | 2022-09-01 | ''
            UTILITY_MODEL      | 202310123456.6    | 2023-01-05 | NULL       | validation.patent.typeMismatch
            DESIGN             | 202330112233.0    | 2023-01-05 | NULL       | ''
            DESIGN             | 202220456789.1    | 2022-01-05 | NULL       | validation.patent.typeMismatch
            INVENTION_PATENT   | NULL              | NULL       | NULL       | ''
            SOFTWARE_COPYRIGHT | 2023SR0123456     | 2023-04-01 | 2023-06-01 | ''
            INVENTION_PATENT   | 202310123456.6    | 2023-01-05 | 2023-01-04 | validation.ip.grantBeforeFiling
            UTILITY_MODEL      | 202220456789.1    | NULL       | 2022-09-01 | validation.ip.grantWithoutFiling
            INVENTION_PATENT   | 202310123456.6    | 2023-01-05 | 2023-01-05 | ''
            NULL               | 202310123456.6    | 2023-01-05 | NULL       | validation.ip.type
            """)
    void ipAssets_patentNumbersAndDatesMustFit(IpType type, String number, LocalDate filed, LocalDate granted,
                                              String expected) {
        IpAsset ip = new IpAsset(null, type, number, null, filed, granted, IpStatus.FILED, "本校");

        List<Problem> problems = DisclosureValidator.validate(withIp(ip), TODAY);

        assertThat(keys(problems)).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
        assertThat(problems).allSatisfy(p -> assertThat(p.field()).isEqualTo("ipAssets"));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            INVENTION_PATENT   | zl 2023 1012 3456.6 | 202310123456.6
            INVENTION_PATENT   | 202310123456.7      | 202310123456.7
            SOFTWARE_COPYRIGHT | ' 2023SR0123456 '   | 2023SR0123456
            NULL               | ' x '               | x
            DESIGN             | '  '                | NULL
            """)
    void normaliseApplicationNo_storesPatentsCanonically_andTrimsTheRest(IpType type, String input, String stored) {
        assertThat(DisclosureValidator.normaliseApplicationNo(type, input)).isEqualTo(stored);
    }

    /** Issue 19: a disclosure date outside 1949–2100 is refused, naming the field (H2 shifts those before 1583). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            1948-12-31, true
            1949-01-01, false
            0000-01-01, true
            2024-02-29, false
            """)
    void anImplausibleDisclosureDate_isRefused(LocalDate disclosedOn, boolean refused) {
        List<Problem> problems = DisclosureValidator.validate(
                disclosure("R-2024-0001", "一种锂电池正极材料", disclosedOn, team("1:100*"), List.of()), TODAY);
        assertThat(problems.stream().filter(p -> p.key().equals("date.outOfRange")).map(Problem::field).toList())
                .isEqualTo(refused ? List.of("disclosedOn") : List.of());
    }
}
