package org.transferdesk.app;

import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Parent;
import org.transferdesk.common.I18n;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.dashboard.DashboardService;
import org.transferdesk.dashboard.ui.DashboardView;
import org.transferdesk.dashboard.ui.DashboardViewModel;
import org.transferdesk.due.DueService;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.report.ReportConventions;
import org.transferdesk.report.ReportPackage;
import org.transferdesk.report.ReportService;
import org.transferdesk.report.export.ReportDocx;
import org.transferdesk.report.export.ReportJson;
import org.transferdesk.report.export.ReportXlsx;
import org.transferdesk.report.ui.ReportConventionsViewModel;
import org.transferdesk.report.ui.ReportView;
import org.transferdesk.report.ui.ReportViewModel;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.ui.DatedRulesView;
import org.transferdesk.ui.LiveData;
import org.transferdesk.ui.Page;

/** The annual report (年度报告) screens of the GUI: the report page, its exports and the conventions window. */
final class ReportWindows {
    /** The services these windows use, and nothing else of the application (issue 23). */
    record Services(ReportService reports, DueService due, PilotService pilots, Clock clock, OfficeSettings office) {
    }

    private final Services services;
    private final Shell shell;
    private final Consumer<RecordRef> open;
    /** The page's view model (the page is built once per main window). */
    private ReportViewModel page;
    private Integer wantedYear;

    ReportWindows(Services services, Shell shell, Consumer<RecordRef> open) {
        this.services = services;
        this.shell = shell;
        this.open = open;
    }

    /**
     * The home screen (dashboard). It reloads on data changes only while shown; a change made elsewhere
     * reloads it when it is shown again, so saving a record does not recompute five years of figures.
     */
    Page dashboardPage(Runnable showReport, org.transferdesk.outreach.ui.OutreachFiguresViewModel outreach,
                       javafx.scene.Parent outreachRow) {
        DashboardViewModel vm = new DashboardViewModel(new DashboardService(services.reports(), services.due(),
                services.pilots(), services.clock()), shell.executor(), open, showReport);
        DashboardView view = new DashboardView(vm);
        Page built = view.page();
        view.addRow(outreachRow);
        outreach.refresh();
        LiveData live = LiveData.reloading(shell.events(), change -> true, () -> {
            vm.refresh();
            outreach.refresh();
        });
        LiveData.whileShown(built.node(), live::setShown);
        return built;
    }

    Page page() {
        ReportViewModel vm = new ReportViewModel(services.reports(), shell.executor(), shell.dialogs(),
                shell.events(), open);
        page = vm;
        Page built = new ReportView(vm, new ReportView.Commands() {
            @Override
            public void exportXlsx() {
                export("xlsx", I18n.t("file.xlsx"), ReportXlsx::write);
            }

            @Override
            public void exportDocx() {
                export("docx", I18n.t("report.file.docx"), ReportDocx::write);
            }

            @Override
            public void exportJson() {
                export("json", I18n.t("report.file.json"), ReportJson::write);
            }

            @Override
            public void conventions() {
                openConventions();
            }
        }).build();
        if (wantedYear != null) {
            vm.chooseYear(wantedYear);
            wantedYear = null;
        }
        return built;
    }

    /** A report reminder opens its year (the page is shown first, which builds it). */
    void showYear(int year) {
        if (page == null) {
            wantedYear = year;
        } else {
            page.chooseYear(year);
        }
    }

    private interface Writer {
        void write(java.nio.file.Path file, ReportPackage report);
    }

    private void export(String extension, String description, Writer writer) {
        ReportPackage report = page == null ? null : page.current();
        if (report == null) {
            return;
        }
        new PrintableExports(shell.executor()).chooseAndWrite(shell.dialogs(), I18n.t("report.exportTitle", extension.toUpperCase(java.util.Locale.ROOT)),
                I18n.t("report.fileName", String.valueOf(report.year()), extension), extension, description,
                target -> writer.write(target, report), target -> I18n.t("rewardExport.dialog.saved", target));
    }

    /** 统计口径…: the counting conventions as dated settings; saving reloads the page. */
    void openConventions() {
        shell.editors().open("report-conventions", ctx -> {
            ReportConventionsViewModel vm = new ReportConventionsViewModel(services.reports(), services.office(),
                    shell.executor(), ctx.dialogs(), services.clock(), () -> {
                        if (page != null) {
                            page.reload();
                        }
                    });
            Parent root = new DatedRulesView(vm, ctx.close(), ReportConventions.DEFAULTS, I18n.t("reportRules.hint"))
                    .build();
            vm.load();
            return new EditorWindows.Editor(root, vm::isDirty, vm::save,
                    new SimpleStringProperty(I18n.t("reportRules.title")));
        });
    }
}
