package org.transferdesk.ui;

import java.time.LocalDate;
import java.util.List;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.Percent;
import org.transferdesk.db.Database;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.Evaluation;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpService;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.ip.persistence.IpRepository;
import org.transferdesk.people.Department;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.DepartmentRepository;
import org.transferdesk.people.persistence.PersonEpisodeRepository;
import org.transferdesk.people.persistence.PersonRepository;

/**
 * A fresh H2 database with the services the screens use and a small, realistic data set:
 * three departments (one inactive), four people, two results with IP.
 */
public final class ScreenData implements AutoCloseable {
    public static final String VALID_ID = "11010519491231002X";

    public final Database db = TestDatabase.fresh();
    public final AuditRepository audit = new AuditRepository(db.dsl());
    public final PeopleService people = new PeopleService(new PersonRepository(db.dsl()),
            new DepartmentRepository(db.dsl()), new PersonEpisodeRepository(db.dsl()), audit, TestDatabase.CLOCK);
    public final DisclosureService disclosures = new DisclosureService(new DisclosureRepository(db.dsl()), audit,
            TestDatabase.CLOCK);
    public final IpService ip = new IpService(new IpRepository(db.dsl()));
    public Department computing;
    public Department materials;
    public Department mechanical;
    public Person zhang;
    public Person li;
    public Person wang;
    public Person zhao;
    public Disclosure battery;
    public Disclosure vision;

    /** Adds the sample records; returns this for chaining. */
    public ScreenData withSampleData() {
        computing = people.saveDepartment(Department.create("计算机科学与技术学院"));
        materials = people.saveDepartment(Department.create("材料科学与工程学院"));
        Department mech = people.saveDepartment(Department.create("机械工程学院"));
        mechanical = people.saveDepartment(new Department(mech.id(), mech.name(), false, mech.version()));
        zhang = people.save(person("T001", "张三", computing, LeaderRole.HEAD, VALID_ID, "13800000001"));
        li = people.save(person("T002", "李四", computing, LeaderRole.NONE, "440304198001011239", "lisi@example.edu.cn"));
        wang = people.save(person("T003", "王五", materials, LeaderRole.OTHER, "320102197506154563", null));
        zhao = people.save(person("T004", "赵六", mechanical, LeaderRole.NONE, null, "010-62780000"));
        battery = disclosures.save(result("R-2024-0001", "一种高效锂电池正极材料", LocalDate.of(2024, 3, 1), materials,
                List.of(new Inventor(zhang.id(), "T001", "张三", Percent.ofPercent("60"), true),
                        new Inventor(wang.id(), "T003", "王五", Percent.ofPercent("40"), false)),
                List.of(new IpAsset(null, IpType.INVENTION_PATENT, "CN 202310123456.6", null,
                                LocalDate.of(2023, 1, 5), null, IpStatus.FILED, "本校"),
                        new IpAsset(null, IpType.UTILITY_MODEL, "202420234567.4", "电池壳体散热结构",
                                LocalDate.of(2024, 4, 2), LocalDate.of(2024, 9, 10), IpStatus.GRANTED, "本校"))));
        vision = disclosures.save(result("R-2025-0001", "基于深度学习的工业视觉检测方法", LocalDate.of(2025, 2, 10),
                computing, List.of(new Inventor(li.id(), "T002", "李四", Percent.ofPercent("100"), true)),
                List.of(new IpAsset(null, IpType.SOFTWARE_COPYRIGHT, "2025SR0123456", "工业视觉检测软件V1.0",
                        LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 20), IpStatus.REGISTERED, "本校;某科技公司"))));
        return this;
    }

    private static Person person(String staffNo, String name, Department d, LeaderRole role, String id,
                                 String contact) {
        return new Person(null, staffNo, name, d.id(), d.name(), role, id, contact, 0);
    }

    private static Disclosure result(String no, String title, LocalDate on, Department d, List<Inventor> inventors,
                                     List<IpAsset> ip) {
        return DisclosureBuilder.disclosure().status(ResultStatus.DISCLOSED).resultNo(no).title(title).disclosedOn(on)
                .departmentId(d.id()).departmentName(d.name()).resultType(ResultType.INVENTION_PATENT)
                .funding(FundingSource.FISCAL).evaluation(Evaluation.NONE).inventors(inventors).ipAssets(ip).build();
    }

    @Override
    public void close() {
        db.close();
    }
}
