package org.transferdesk.ledger;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
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
        RawSheet people = sheets.get(LedgerSheet.PEOPLE);
        SheetHeader peopleHeader = header(people, LedgerSheet.PEOPLE, errors, notices, mapping);
        List<PersonRow> personRows = people == null ? List.of()
                : PeopleSheetParser.parse(people, peopleHeader, errors, today, steps);
        RawSheet results = sheets.get(LedgerSheet.RESULTS);
        SheetHeader resultsHeader = header(results, LedgerSheet.RESULTS, errors, notices, mapping);
        List<ResultRow> resultRows = results == null ? List.of()
                : InventorNames.resolve(ResultSheetParser.parse(results, resultsHeader, errors, today, steps), personRows,
                        repository, resultsHeader, errors, notices);
        RawSheet ip = sheets.get(LedgerSheet.IP);
        SheetHeader ipHeader = header(ip, LedgerSheet.IP, errors, notices, mapping);
        List<IpRow> ipRows = ip == null ? List.of() : IpSheetParser.parse(ip, ipHeader, errors, steps);

        RawSheet contracts = sheets.get(LedgerSheet.CONTRACTS);
        SheetHeader contractsHeader = header(contracts, LedgerSheet.CONTRACTS, errors, notices, mapping);
        List<ContractRow> contractRows = contracts == null ? List.of()
                : ContractSheetParser.parse(contracts, contractsHeader, errors, today, steps);
        RawSheet receipts = sheets.get(LedgerSheet.RECEIPTS);
        SheetHeader receiptsHeader = header(receipts, LedgerSheet.RECEIPTS, errors, notices, mapping);
        List<ReceiptRow> receiptRows = receipts == null ? List.of()
                : ReceiptSheetParser.parse(receipts, receiptsHeader, errors, today, steps);
        RawSheet costs = sheets.get(LedgerSheet.COSTS);
        SheetHeader costsHeader = header(costs, LedgerSheet.COSTS, errors, notices, mapping);
        List<CostRow> costRows = costs == null ? List.of() : CostSheetParser.parse(costs, costsHeader, errors, steps);

        RawSheet rewards = sheets.get(LedgerSheet.REWARDS_PAID);
        SheetHeader rewardsHeader = header(rewards, LedgerSheet.REWARDS_PAID, errors, notices, mapping);
        List<RewardPaidRow> rewardRows = rewards == null ? List.of()
                : RewardSheetParser.parse(rewards, rewardsHeader, errors, today, steps);

        RawSheet pilotSheet = sheets.get(LedgerSheet.PILOTS);
        SheetHeader pilotsHeader = header(pilotSheet, LedgerSheet.PILOTS, errors, notices, mapping);
        List<PilotRow> pilotRows = pilotSheet == null ? List.of()
                : PilotSheetParser.parse(pilotSheet, pilotsHeader, errors, today, pilots.rulesOn(), steps);

        ImportData data = new ImportData(new SheetRows<>(peopleHeader, personRows),
                new SheetRows<>(resultsHeader, resultRows), new SheetRows<>(ipHeader, ipRows),
                new SheetRows<>(contractsHeader, contractRows), new SheetRows<>(receiptsHeader, receiptRows),
                new SheetRows<>(costsHeader, costRows), new SheetRows<>(rewardsHeader, rewardRows),
                new SheetRows<>(pilotsHeader, pilotRows));
        List<SheetHeader> headers = List.of(peopleHeader, resultsHeader, ipHeader, contractsHeader, receiptsHeader,
                costsHeader, rewardsHeader, pilotsHeader);
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

    private static SheetHeader header(RawSheet raw, LedgerSheet sheet, ErrorList errors, ErrorList notices,
                                      ImportMapping mapping) {
        return raw == null ? SheetHeader.absent(sheet, mapping) : SheetHeader.of(raw, errors, notices, mapping);
    }
}
