package org.transferdesk.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.FieldChange;
import org.transferdesk.common.Percent;
import org.transferdesk.people.PersonResultRow;
import org.transferdesk.people.Department;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.ScreenData;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;

@Tag(TestDatabase.TAG)
class PersonEditorViewModelTest {
    private ScreenData data;
    private FakeDialogService dialogs;
    private List<DataEvents.Change> published;
    private PersonEditorViewModel vm;
    private final List<Boolean> saves = new ArrayList<>();

    @BeforeEach
    void setUp() {
        data = new ScreenData().withSampleData();
        dialogs = new FakeDialogService();
        DataEvents events = new DataEvents();
        published = new ArrayList<>();
        events.subscribe(published::add);
        vm = new PersonEditorViewModel(data.people, data.disclosures, new CurrentThreadTaskExecutor(), dialogs, events);
    }

    @AfterEach
    void tearDown() {
        data.close();
    }

    private void fillNew(String staffNo, String name, String idNumber) {
        vm.load(null, () -> { });
        vm.form().staffNoProperty().set(staffNo);
        vm.form().nameProperty().set(name);
        vm.form().idNumberProperty().set(idNumber);
    }

    @Test
    void badIdNumber_isShownWhenLeft_listedOnSave_andNothingIsWritten() {
        fillNew("T010", "钱七", "110105194912310021");

        vm.validateField("idNumber");
        assertThat(vm.fieldErrors()).containsEntry("idNumber", "身份证号校验位不对，请核对号码。");
        vm.save(saves::add);

        assertThat(saves).containsExactly(false);
        assertThat(vm.problems()).containsExactly("身份证号校验位不对，请核对号码。");
        assertThat(data.people.count()).isEqualTo(4);
        assertThat(published).isEmpty();
    }

    /**
     * R-TAX58-FILING: the ID type comes from the person; R-ID-PERSON's check digit applies to a 居民身份证 only,
     * other documents are checked for their characters and length.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1} → {2}")
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            RESIDENT_ID,                11010519491231002X,   ''
            RESIDENT_ID,                110105194912310021,   身份证号校验位不对，请核对号码。
            RESIDENT_ID,                E12345678,            身份证号应为 18 位，最后一位可以是 X。
            PASSPORT,                   E12345678,            ''
            PASSPORT,                   110105194912310021,   ''
            HK_MACAO_PERMIT,            H1234567801,          ''
            TAIWAN_PERMIT,              12345678,             ''
            FOREIGN_PERMANENT_RESIDENT, USA123456789012,      ''
            OTHER,                      A-1234(5),            ''
            PASSPORT,                   E1234#5678,           该类证件号码最多 32 位，只能包含字母、数字、括号或连字符。
            OTHER,                      123456789012345678901234567890123, 该类证件号码最多 32 位，只能包含字母、数字、括号或连字符。
            """)
    void idNumber_isCheckedByItsType(org.transferdesk.people.IdType type, String number, String error) {
        fillNew("T010", "钱七", number);
        vm.form().idTypeProperty().set(type);

        vm.validateField("idNumber");
        vm.save(saves::add);

        if (error.isEmpty()) {
            assertThat(vm.fieldErrors()).doesNotContainKey("idNumber");
            assertThat(saves).containsExactly(true);
            assertThat(data.people.findAll()).filteredOn(p -> p.staffNo().equals("T010")).singleElement()
                    .satisfies(p -> {
                        assertThat(p.idType()).isEqualTo(type);
                        assertThat(p.idNumber()).isEqualTo(number);
                    });
        } else {
            assertThat(vm.fieldErrors()).containsEntry("idNumber", error);
            assertThat(saves).containsExactly(false);
        }
    }

    @Test
    void idType_isLoadedChangedAndSaved_andMakesTheFormDirty() {
        fillNew("T010", "钱七", "E12345678");
        vm.form().idTypeProperty().set(org.transferdesk.people.IdType.PASSPORT);
        vm.save(saves::add);
        org.transferdesk.people.Person saved = data.people.findAll().stream().filter(p -> p.staffNo().equals("T010"))
                .findFirst().orElseThrow();

        vm.load(saved.id(), () -> { });
        assertThat(vm.form().idTypeProperty().get()).isEqualTo(org.transferdesk.people.IdType.PASSPORT);
        assertThat(vm.isDirty()).isFalse();
        vm.form().idTypeProperty().set(org.transferdesk.people.IdType.OTHER);
        assertThat(vm.isDirty()).isTrue();
        vm.form().idTypeProperty().set(org.transferdesk.people.IdType.PASSPORT);
        assertThat(vm.isDirty()).isFalse();
        // a new person is a 居民身份证 holder unless said otherwise
        vm.load(null, () -> { });
        assertThat(vm.form().idTypeProperty().get()).isEqualTo(org.transferdesk.people.IdType.RESIDENT_ID);
    }

    @Test
    void everyProblem_isListedOnSave() {
        fillNew("", "", "1101051949");
        vm.save(saves::add);
        assertThat(vm.problems()).containsExactly("请填写“工号”。", "请填写“姓名”。", "身份证号应为 18 位，最后一位可以是 X。");
        assertThat(vm.fieldErrors()).containsOnlyKeys("staffNo", "name", "idNumber");
    }

    @Test
    void fixingAField_andLeavingIt_clearsItsError() {
        fillNew("T010", "钱七", "110105194902300021");
        vm.validateField("idNumber");
        assertThat(vm.fieldErrors()).containsEntry("idNumber", "身份证号中的出生日期无效。");
        vm.form().idNumberProperty().set(ScreenData.VALID_ID.toLowerCase());
        vm.validateField("idNumber");
        assertThat(vm.fieldErrors()).isEmpty();
    }

    @Test
    void problems_areListedInTheOrderOfTheForm() {
        fillNew("T001", "", "110105194912310021");
        vm.save(saves::add);
        assertThat(vm.problems()).containsExactly("工号 T001 已存在。", "请填写“姓名”。", "身份证号校验位不对，请核对号码。");
    }

    @Test
    void duplicateStaffNo_isRefusedOnSave() {
        fillNew("T001", "钱七", null);
        vm.save(saves::add);
        assertThat(saves).containsExactly(false);
        assertThat(vm.problems()).containsExactly("工号 T001 已存在。");
        assertThat(vm.fieldErrors()).containsKey("staffNo");
        assertThat(data.people.count()).isEqualTo(4);
    }

    @Test
    void dirty_whenAFieldDiffers_andCleanWhenChangedBack() {
        vm.load(data.zhang.id(), () -> { });
        assertThat(vm.isDirty()).isFalse();
        vm.form().contactProperty().set("13900000000");
        assertThat(vm.isDirty()).isTrue();
        vm.form().contactProperty().set(" 13800000001 ");
        assertThat(vm.isDirty()).isFalse();
        vm.form().departmentProperty().set(null);
        assertThat(vm.isDirty()).isTrue();
    }

    @Test
    void dirty_seesAChangedDigitInsideTheIdNumber() {
        vm.load(data.zhang.id(), () -> { });
        vm.form().idNumberProperty().set("110105194912310029");
        assertThat(vm.isDirty()).isTrue();
    }

    @Test
    void save_writesAnAuditRowShownInHistory_andTellsTheLists() {
        vm.load(data.zhang.id(), () -> { });
        assertThat(vm.auditHistory()).hasSize(1);
        vm.form().contactProperty().set("13900000000");
        vm.form().leaderRoleProperty().set(LeaderRole.OTHER);

        vm.save(saves::add);

        assertThat(saves).containsExactly(true);
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.auditHistory()).hasSize(2);
        assertThat(vm.auditHistory().get(0).action()).isEqualTo(AuditAction.UPDATE);
        assertThat(vm.auditHistory().get(0).changes()).extracting(FieldChange::field)
                .containsExactlyInAnyOrder("contact", "leaderRole");
        assertThat(published).containsExactly(new DataEvents.Change(DataEvents.Change.Kind.PERSON, data.zhang.id()));
        assertThat(dialogs.notices).hasSize(1);
        assertThat(data.people.find(data.zhang.id()).orElseThrow().contact()).isEqualTo("13900000000");
    }

    @Test
    void newPerson_isSaved_andTheTitleFollows() {
        fillNew("T010", "钱七", " 11010519491231002x ");
        vm.form().departmentProperty().set(vm.form().departments().get(0));
        assertThat(vm.windowTitleProperty().get()).isEqualTo("新建人员");
        vm.save(saves::add);
        assertThat(saves).containsExactly(true);
        assertThat(vm.windowTitleProperty().get()).isEqualTo("人员 T010 · 钱七");
        assertThat(vm.form().idNumberProperty().get()).isEqualTo(ScreenData.VALID_ID);
        assertThat(data.people.count()).isEqualTo(5);
    }

    @Test
    void editor_showsTheFullIdNumber_andTheResultsOfThePerson() {
        vm.load(data.zhang.id(), () -> { });
        assertThat(vm.form().idNumberProperty().get()).isEqualTo(ScreenData.VALID_ID);
        assertThat(vm.results()).singleElement().satisfies(r -> {
            assertThat(r.resultNo()).isEqualTo("R-2024-0001");
            assertThat(r.share()).isEqualTo(Percent.ofPercent("60"));
            assertThat(r.keyContributor()).isTrue();
        });
        vm.load(data.wang.id(), () -> { });
        assertThat(vm.results()).extracting(PersonResultRow::keyContributor).containsExactly(false);
    }

    @Test
    void picker_offersActiveDepartments_plusTheInactiveOneThePersonBelongsTo() {
        vm.load(data.li.id(), () -> { });
        assertThat(vm.form().departments()).extracting(Department::name)
                .containsExactly("材料科学与工程学院", "计算机科学与技术学院");
        vm.load(data.zhao.id(), () -> { });
        assertThat(vm.form().departments()).extracting(Department::name)
                .containsExactly("材料科学与工程学院", "机械工程学院", "计算机科学与技术学院");
        assertThat(vm.form().departmentProperty().get().name()).isEqualTo("机械工程学院");
        assertThat(vm.isDirty()).isFalse();
    }
}
