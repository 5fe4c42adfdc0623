#include "trace_reader.h"

#include "common/input_error.h"
#include "common/text.h"
#include "percentile_table.h"
#include "trace_csv_file.h"
#include "value_parser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <unordered_map>

namespace traceload {

namespace {

const QString kIdColumns = QStringLiteral("HashOwner+HashApp+HashFunction");

QString fromBytes(std::string_view bytes)
{
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

// Where a function stands in one file, for the incomplete-function report.
struct Presence
{
    const QString* file = nullptr;
    enum State
    {
        Missing,
        Skipped,
        Valid
    } state = Missing;
    qint64 line = 0;
};

Presence presenceIn(const QString& file, const PercentileTable::Row* row)
{
    if (!row)
        return {&file, Presence::Missing, 0};
    return {&file, row->valid ? Presence::Valid : Presence::Skipped, row->line};
}

void reportIncomplete(TraceReport& report, const QString& id, std::initializer_list<Presence> files)
{
    QStringList present;
    QStringList lacking;
    QStringList lackingDetail;
    for (const Presence& p : files) {
        if (p.state == Presence::Valid) {
            present << QStringLiteral("%1:%2").arg(*p.file).arg(p.line);
            continue;
        }
        lacking << *p.file;
        lackingDetail << (p.state == Presence::Skipped
                              ? Text::tr("%1 (row on line %2 skipped)").arg(*p.file).arg(p.line)
                              : *p.file);
    }
    TraceIssue issue;
    issue.file = lacking.join(QStringLiteral(", "));
    issue.functionId = id;
    const QString missing = lackingDetail.join(QStringLiteral(", "));
    issue.reason =
        present.isEmpty()
            ? Text::tr("no usable row in %1").arg(missing)
            : Text::tr("in %1 but not in %2").arg(present.join(QStringLiteral(", ")), missing);
    report.incompleteFunctions.push_back(std::move(issue));
}

// Streams invocations.csv and joins each row with durations and memory as it goes, so
// only the kept window of counts is ever held.
void readInvocations(TraceCsvFile& file, const TraceReadOptions& options,
                     PercentileTable& durations, PercentileTable& memory, Trace& trace)
{
    const TraceFileSet& names = trace.files;
    const int ownerColumn = file.requireColumn(QStringLiteral("HashOwner"));
    const int appColumn = file.requireColumn(QStringLiteral("HashApp"));
    const int functionColumn = file.requireColumn(QStringLiteral("HashFunction"));
    const int triggerColumn = file.requireColumn(QStringLiteral("Trigger"));
    // Slot columns are those headed by an integer, in the order of that integer.
    const auto slotColumns = file.numberedColumns(QString());
    if (slotColumns.empty()) {
        throw InputError(
            file.path(), file.headerLine(), {},
            Text::tr("no slot columns (columns headed by an integer, e.g. 1 to 1440)"));
    }
    const int total = int(slotColumns.size());
    if (options.firstSlot < 0) {
        throw InputError(file.path(), 0, {},
                         Text::tr("first slot %1 is negative").arg(options.firstSlot));
    }
    if (options.firstSlot >= total) {
        throw InputError(
            file.path(), file.headerLine(), {},
            Text::tr("first slot %1 is beyond the end of the trace, which has %2 slots")
                .arg(options.firstSlot)
                .arg(total));
    }
    const int first = options.firstSlot;
    const int count =
        options.slotCount < 0 ? total - first : std::min(options.slotCount, total - first);
    const int last = first + count;
    trace.totalSlots = total;
    trace.firstSlot = first;
    trace.slotCount = count;
    std::vector<std::size_t> columns;
    columns.reserve(slotColumns.size());
    for (const auto& slot : slotColumns)
        columns.push_back(std::size_t(slot.second));
    for (int s = first; s < last; ++s)
        trace.slotLabels << file.header()[slotColumns[std::size_t(s)].second];

    std::vector<std::uint32_t> counts(static_cast<std::size_t>(count));
    std::unordered_map<std::string, qint64> seen; // id -> line, for duplicates
    std::string key;
    std::string applicationKey;
    while (file.next()) {
        if (!file.checkFieldCount())
            continue;
        const auto& fields = file.fields();
        key.clear();
        appendKeyPart(key, fields[std::size_t(ownerColumn)]);
        appendKeyPart(key, fields[std::size_t(appColumn)]);
        applicationKey = key;
        appendKeyPart(key, fields[std::size_t(functionColumn)]);
        const auto [seenAt, inserted] = seen.try_emplace(key, file.line());
        if (!inserted) {
            file.fail(kIdColumns, Text::tr("duplicate function id %1 (first on line %2)")
                                      .arg(QString::fromStdString(key))
                                      .arg(seenAt->second));
        }

        // Every slot is validated; only the window is stored.
        std::size_t bad = columns.size();
        std::uint32_t value = 0;
        for (std::size_t s = 0; s < std::size_t(first); ++s) {
            if (parseCount(fields[columns[s]], value) != ValueProblem::None) {
                bad = s;
                break;
            }
        }
        for (std::size_t s = std::size_t(first); bad == columns.size() && s < std::size_t(last);
             ++s) {
            if (parseCount(fields[columns[s]], counts[s - std::size_t(first)]) !=
                ValueProblem::None) {
                bad = s;
            }
        }
        for (std::size_t s = std::size_t(last); bad == columns.size() && s < columns.size(); ++s) {
            if (parseCount(fields[columns[s]], value) != ValueProblem::None)
                bad = s;
        }
        const QString id = QString::fromStdString(key);
        if (bad != columns.size()) {
            const std::string_view text = fields[columns[bad]];
            file.skipRow(file.header()[qsizetype(columns[bad])],
                         describeProblem(parseCount(text, value), text), id);
        }

        PercentileTable::Row* duration = durations.find(key);
        PercentileTable::Row* mem = memory.find(memory.perApplication ? applicationKey : key);
        if (duration)
            duration->joined = true;
        if (mem)
            mem->joined = true;
        if (bad != columns.size() || !duration || !duration->valid || !mem || !mem->valid) {
            reportIncomplete(
                trace.report, id,
                {{&names.invocations, bad != columns.size() ? Presence::Skipped : Presence::Valid,
                  file.line()},
                 presenceIn(names.durations, duration),
                 presenceIn(names.memory, mem)});
            continue;
        }
        TraceFunction function;
        function.id = id;
        function.owner = fromBytes(fields[std::size_t(ownerColumn)]);
        function.app = fromBytes(fields[std::size_t(appColumn)]);
        function.function = fromBytes(fields[std::size_t(functionColumn)]);
        function.trigger = fromBytes(fields[std::size_t(triggerColumn)]);
        function.durationMs = durations.valuesOf(*duration);
        function.memoryMb = memory.valuesOf(*mem);
        function.durationAverageMs = duration->average;
        function.memoryAverageMb = mem->average;
        function.invocations = counts;
        function.line = file.line();
        trace.functions.push_back(std::move(function));
    }
}

// Functions that durations.csv or memory.csv name but invocations.csv does not, in the
// order of their files.
void reportUnjoined(const TraceFileSet& names, PercentileTable& durations, PercentileTable& memory,
                    TraceReport& report)
{
    auto unjoined = [](PercentileTable& table) {
        std::vector<std::pair<qint64, const std::string*>> rows;
        for (auto& [key, row] : table.rows) {
            if (!row.joined)
                rows.emplace_back(row.line, &key);
        }
        std::sort(rows.begin(), rows.end());
        return rows;
    };
    for (const auto& [line, key] : unjoined(durations)) {
        const PercentileTable::Row* duration = durations.find(*key);
        PercentileTable::Row* mem = memory.find(
            memory.perApplication ? key->substr(0, duration->applicationKeyLength) : *key);
        if (mem)
            mem->joined = true;
        reportIncomplete(report, QString::fromStdString(*key),
                         {{&names.invocations, Presence::Missing, 0},
                          presenceIn(names.durations, duration),
                          presenceIn(names.memory, mem)});
    }
    // An application of the raw memory file without functions in the trace is no function.
    if (memory.perApplication)
        return;
    for (const auto& [line, key] : unjoined(memory)) {
        reportIncomplete(report, QString::fromStdString(*key),
                         {{&names.invocations, Presence::Missing, 0},
                          {&names.durations, Presence::Missing, 0},
                          presenceIn(names.memory, memory.find(*key))});
    }
}

// The split rule: each function of an application gets the application's memory divided by
// the number of the application's functions in the trace (those complete in all files).
void splitApplicationMemory(Trace& trace)
{
    std::unordered_map<QString, int> functionsPerApp;
    for (const TraceFunction& function : trace.functions)
        ++functionsPerApp[function.owner + u'\n' + function.app];
    for (TraceFunction& function : trace.functions) {
        const double share = functionsPerApp[function.owner + u'\n' + function.app];
        for (auto& [percentile, value] : function.memoryMb)
            value /= share;
        function.memoryAverageMb /= share;
    }
}

} // namespace

Trace TraceReader::read(const QString& directory, const TraceReadOptions& options,
                        const JobControl& job)
{
    job.checkCancelled();
    const QFileInfo folder(directory);
    if (!folder.exists())
        throw InputError(directory, 0, {}, Text::tr("trace folder does not exist"));
    if (!folder.isDir())
        throw InputError(directory, 0, {}, Text::tr("is not a folder"));
    const TraceFileSet names = TraceFileSet::find(directory, options.day);
    qint64 totalBytes = 0;
    for (const QString& name : {names.invocations, names.durations, names.memory}) {
        const QFileInfo file(directory + u'/' + name);
        if (!file.exists())
            throw InputError(file.filePath(), 0, {}, Text::tr("file is missing"));
        totalBytes += file.size();
    }

    Trace trace;
    trace.directory = directory;
    trace.files = names;
    trace.granularity = options.granularity;
    TraceCsvFile::Context context{&trace.report, &job, options.strict, 0, totalBytes};

    PercentileTable durations;
    {
        TraceCsvFile file(directory, names.durations, context);
        durations = PercentileTable::read(file, QStringLiteral("percentile_Average_"),
                                          QStringLiteral("Average"), false);
    }
    context.bytesBefore += QFileInfo(directory + u'/' + names.durations).size();
    PercentileTable memory;
    {
        TraceCsvFile file(directory, names.memory, context);
        memory = PercentileTable::read(file, QStringLiteral("AverageAllocatedMb_pct"),
                                       QStringLiteral("AverageAllocatedMb"), true);
    }
    trace.report.memoryPerApplication = memory.perApplication;
    trace.report.appMemoryRule = options.appMemory;
    context.bytesBefore += QFileInfo(directory + u'/' + names.memory).size();
    {
        TraceCsvFile file(directory, names.invocations, context);
        readInvocations(file, options, durations, memory, trace);
    }
    reportUnjoined(names, durations, memory, trace.report);
    if (memory.perApplication && options.appMemory == AppMemoryRule::Split)
        splitApplicationMemory(trace);

    if (trace.functions.empty()) {
        const TraceReport& report = trace.report;
        QString example;
        if (!report.incompleteFunctions.empty()) {
            const TraceIssue& issue = report.incompleteFunctions.front();
            example = QStringLiteral("%1: %2").arg(issue.functionId, issue.reason);
        } else if (!report.skippedRows.empty()) {
            const TraceIssue& issue = report.skippedRows.front();
            example = QStringLiteral("%1:%2: %3: %4")
                          .arg(issue.file)
                          .arg(issue.line)
                          .arg(issue.column, issue.reason);
        }
        throw InputError(directory, 0, {},
                         Text::tr("no function is usable: %1 rows skipped, %2 functions not in all "
                                  "three files; first: %3")
                             .arg(report.skippedRows.size())
                             .arg(report.incompleteFunctions.size())
                             .arg(example));
    }
    job.progress(Text::tr("Reading trace"), 1.0);
    return trace;
}

} // namespace traceload
