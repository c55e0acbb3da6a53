package org.transferdesk.crash;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.cli.CliCommandLine;
import org.transferdesk.cli.TransferDeskCommand;
import org.transferdesk.common.Percent;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.Evaluation;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.people.Person;

/**
 * The process the crash suite kills. {@code cli ARGS…} runs the command line as {@code Launcher} does (the desktop
 * never opens) on {@link CrashHarness#CLOCK}'s day; {@code save DIR N} saves results the way the result editor does
 * (DisclosureService through AppContext: one transaction for the result, its inventors and IP), creating each and
 * then saving it again with one inventor more, and prints {@code SAVED i version} after each save returned.
 * Both print {@link #STARTED} first, so the harness times its kill from the end of the JVM's start-up.
 */
public final class CrashChild {
    static final String STARTED = "CRASH-CHILD-STARTED";
    static final String SAVED = "SAVED";
    static final String TITLE = "CRASH-SAVE-";
    static final String V2 = " v2";

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        out.println(STARTED);
        Clock clock = CrashHarness.CLOCK;
        List<String> rest = List.of(args).subList(1, args.length);
        int code = switch (args[0]) {
            case "cli" -> CliCommandLine.create(new TransferDeskCommand(start -> 0, clock), rest.toArray(String[]::new))
                    .execute(rest.toArray(String[]::new));
            case "save" -> saveLoop(new DataFolder(Path.of(args[1])), Integer.parseInt(args[2]), clock, out);
            default -> throw new IllegalArgumentException(args[0]);
        };
        out.flush();
        System.exit(code);
    }

    private static int saveLoop(DataFolder folder, int saves, Clock clock, PrintWriter out) {
        try (AppContext context = AppContext.open(folder, clock)) {
            List<Person> people = context.people().findAll().stream().limit(4).toList();
            Person first = people.get(0);
            for (int i = 0; i < saves; i++) {
                Disclosure created = context.disclosures().save(result(i, first, people.subList(0, 3), null, 0));
                out.println(SAVED + " " + i + " 1");
                context.disclosures().save(result(i, first, people, created, created.version()));
                out.println(SAVED + " " + i + " 2");
            }
        }
        return 0;
    }

    /** Three inventors (50/30/20) when new, four (40/30/20/10) and the title marked {@value #V2} when saved again. */
    private static Disclosure result(int i, Person dept, List<Person> team, Disclosure saved, int version) {
        String[] shares = team.size() == 3 ? new String[] {"50", "30", "20"} : new String[] {"40", "30", "20", "10"};
        List<Inventor> inventors = new java.util.ArrayList<>();
        for (int k = 0; k < team.size(); k++) {
            Person p = team.get(k);
            inventors.add(new Inventor(p.id(), p.staffNo(), p.name(), Percent.ofPercent(shares[k]), k == 0));
        }
        List<IpAsset> ip = saved != null ? saved.ipAssets()
                : List.of(new IpAsset(null, IpType.SOFTWARE_COPYRIGHT, null, "崩溃测试软件V1.0", null, null,
                        IpStatus.FILED, "本校"));
        return new Disclosure(saved == null ? null : saved.id(), String.format("R-2019-%04d", 9000 + i),
                TITLE + i + (saved == null ? "" : V2), LocalDate.of(2019, 6, 1), dept.departmentId(),
                dept.departmentName(), ResultType.SOFTWARE, FundingSource.FISCAL, null, null, null, false,
                ResultStatus.DISCLOSED, Evaluation.NONE, inventors, ip, List.of(), null, null, version);
    }
}
