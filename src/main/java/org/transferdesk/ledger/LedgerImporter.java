package org.transferdesk.ledger;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.transferdesk.audit.Actor;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.ledger.LedgerRows.ContractRow;
import org.transferdesk.ledger.LedgerRows.CostRow;
import org.transferdesk.ledger.LedgerRows.ImportData;
import org.transferdesk.ledger.LedgerRows.ReceiptRow;
import org.transferdesk.ledger.LedgerRows.RewardPaidRow;
import org.transferdesk.ledger.LedgerRows.IpRow;
import org.transferdesk.ledger.LedgerRows.PersonRow;
import org.transferdesk.ledger.LedgerRows.PilotRow;
import org.transferdesk.ledger.LedgerRows.ResultRow;
import org.transferdesk.ledger.LedgerRows.SheetRows;
import org.transferdesk.ledger.persistence.LedgerRepository;
import org.transferdesk.reward.RewardPolicies;
import org.transferdesk.reward.RewardPolicy;

/**
 * Imports the ledger workbook (DOMAIN §9: 人员, 成果, 知识产权, 合同, 到账, 费用, 奖励发放, 赋权) all or nothing: {@link #preview} reads
 * and checks everything and writes nothing; {@link #commit} writes a clean preview in one transaction.
 */
public final class LedgerImporter {
    private final LedgerRepository repository;
    private final Clock clock;
    private final RewardPolicies policies;
    private final PilotImportSettings pilots;

    /** Imported rewards are recorded under the national preset; pilot cases checked by the default rules. */
    public LedgerImporter(LedgerRepository repository, Clock clock) {
        this(repository, clock, date -> RewardPolicy.Preset.NATIONAL.policy());
    }

    /** {@code policies}: the reward policy an imported payment is recorded under (by its payment date). */
    public LedgerImporter(LedgerRepository repository, Clock clock, RewardPolicies policies) {
        this(repository, clock, policies, PilotImportSettings.DEFAULT);
    }

    /** {@code pilots}: the pilot rules in force (by date) and the unit's name, for the 赋权 sheet. */
    public LedgerImporter(LedgerRepository repository, Clock clock, RewardPolicies policies,
                          PilotImportSettings pilots) {
        this.repository = repository;
        this.clock = clock;
        this.policies = policies;
        this.pilots = pilots;
    }

    /** Reads and validates everything; writes nothing. */
    public ImportPreview preview(Path source, boolean updateExisting, ProgressSink progress) {
        return preview(source, updateExisting, false, progress);
    }

    /** {@code includeHidden}: also import rows hidden in the workbook (filtered out), which are left out otherwise. */
    public ImportPreview preview(Path source, boolean updateExisting, boolean includeHidden, ProgressSink progress) {
        return preview(source, new Options(updateExisting, includeHidden, ImportMapping.NONE), progress);
    }

    /**
     * How to read a source: {@code updateExisting} overwrite records whose key exists; {@code includeHidden} also
     * rows hidden in the workbook; {@code mapping} the office's profile (its answers come before any guess).
     */
    public record Options(boolean updateExisting, boolean includeHidden, ImportMapping mapping) {
        public Options {
            mapping = mapping == null ? ImportMapping.NONE : mapping;
        }
    }

    /** Reads and validates everything with an office's mapping profile; writes nothing. */
    public ImportPreview preview(Path source, Options options, ProgressSink progress) {
        boolean updateExisting = options.updateExisting();
        ImportMapping mapping = options.mapping();
        ErrorList errors = new ErrorList();
        ErrorList notices = new ErrorList();
        MappingLog log = new MappingLog(mapping);
        Map<LedgerSheet, RawSheet> sheets = LedgerSource.read(source, errors, notices, options.includeHidden(), log,
                progress);
        sheets.replaceAll((kind, raw) -> SummaryRows.skip(HeaderFinder.locate(raw, notices), notices));
        Steps steps = new Steps(progress, sheets.values().stream().mapToLong(s -> s.rows().size()).sum());
        LocalDate today = LocalDate.now(clock);

        // an entirely empty sheet (not even a header) is treated like a missing one
        sheets.values().removeIf(s -> s.headers().isEmpty());
        SheetReader read = new SheetReader(sheets, errors, notices, mapping);
        SheetRows<PersonRow> people = read.sheet(LedgerSheet.PEOPLE,
                (raw, header) -> PeopleSheetParser.parse(raw, header, errors, today, steps));
        SheetRows<ResultRow> results = read.sheet(LedgerSheet.RESULTS,
                (raw, header) -> InventorNames.resolve(ResultSheetParser.parse(raw, header, errors, today, steps),
                        people.rows(), repository, header, errors, notices));
        SheetRows<IpRow> ip = read.sheet(LedgerSheet.IP, (raw, header) -> IpSheetParser.parse(raw, header, errors, steps));
        SheetRows<ContractRow> contracts = read.sheet(LedgerSheet.CONTRACTS,
                (raw, header) -> ContractSheetParser.parse(raw, header, errors, today, steps));
        SheetRows<ReceiptRow> receipts = read.sheet(LedgerSheet.RECEIPTS,
                (raw, header) -> ReceiptSheetParser.parse(raw, header, errors, today, steps));
        SheetRows<CostRow> costs = read.sheet(LedgerSheet.COSTS,
                (raw, header) -> CostSheetParser.parse(raw, header, errors, steps));
        SheetRows<RewardPaidRow> rewards = read.sheet(LedgerSheet.REWARDS_PAID,
                (raw, header) -> RewardSheetParser.parse(raw, header, errors, today, steps));
        SheetRows<PilotRow> pilotRows = read.sheet(LedgerSheet.PILOTS,
                (raw, header) -> PilotSheetParser.parse(raw, header, errors, today, pilots.rulesOn(), steps));

        ImportData data = new ImportData(people, results, ip, contracts, receipts, costs, rewards, pilotRows);
        List<SheetHeader> headers = Stream.of(people, results, ip, contracts, receipts, costs, rewards, pilotRows)
                .<SheetHeader>map(SheetRows::header).toList();
        ErrorList otherCells = new ErrorList();
        for (SheetHeader h : headers) {
            h.finish(errors, notices, otherCells);
        }
        Plausibility.check(data.contracts(), data.receipts(), notices);
        ImportPlanner.Plan plan = ImportPlanner.plan(data, repository, updateExisting);
        errors.addAll(plan.errors());
        RewardReceipts.check(data, plan.deals(), errors, notices);
        return new ImportPreview(data, plan.counts(), errors.sorted(), notices.sorted(), updateExisting,
                MappingReports.of(log, headers), otherCells.sorted());
    }

    /**
     * Writes everything of a preview that has no errors in ONE transaction, checking the keys again
     * inside it; throws {@link ImportFailedException} and writes nothing if there is any error. A
     * cancellation rolls the transaction back.
     */
    public ImportResult commit(ImportPreview preview, ProgressSink progress) {
        if (preview.hasErrors()) {
            ImportLog.refused(preview.errors());
            throw new ImportFailedException(preview.errors());
        }
        List<SheetCounts> counts;
        try {
            counts = write(preview, progress);
        } catch (ImportFailedException e) {
            ImportLog.refused(e.errors());
            throw e;
        }
        ImportLog.committed(counts);
        return new ImportResult(counts);
    }

    private List<SheetCounts> write(ImportPreview preview, ProgressSink progress) {
        return repository.inTransaction(Actor.current(), LocalDateTime.now(clock), store -> {
            ImportPlanner.Plan plan = ImportPlanner.plan(preview.data(), store, preview.updateExisting());
            if (!plan.errors().isEmpty()) {
                throw new ImportFailedException(plan.errors().sorted());
            }
            List<SheetCounts> written = new ImportWriter(store, preview.data(), plan, policies, pilots,
                    LocalDate.now(clock), progress).write();
            if (written.stream().mapToLong(c -> c.created() + c.updated()).sum() >= LARGE) {
                store.markCompactionDue();
            }
            return written;
        });
    }

    /**
     * Records written from which an import asks for the file to be compacted (issue 20): an import grows the H2 file
     * by several times what it writes; a few hundred records are not worth seconds of compaction at the next exit.
     */
    static final int LARGE = 1_000;

    /** Convenience for the CLI: preview + commit. */
    public ImportResult importAll(Path source, boolean updateExisting, ProgressSink progress) {
        return commit(preview(source, updateExisting, progress), progress);
    }

    /** Each sheet's header (an absent sheet's too: mapped columns may name it) and, when present, its rows. */
    private record SheetReader(Map<LedgerSheet, RawSheet> sheets, ErrorList errors, ErrorList notices,
                               ImportMapping mapping) {
        <R> SheetRows<R> sheet(LedgerSheet kind, BiFunction<RawSheet, SheetHeader, List<R>> parse) {
            RawSheet raw = sheets.get(kind);
            SheetHeader header = raw == null ? SheetHeader.absent(kind, mapping)
                    : SheetHeader.of(raw, errors, notices, mapping);
            return new SheetRows<>(header, raw == null ? List.of() : parse.apply(raw, header));
        }
    }
}
