#pragma once
// Fixture helpers shared by the trace reader tests (header-only, test code only).

#include "common/input_error.h"
#include "test_support.h"
#include "trace/trace_reader.h"

#include <QByteArrayList>
#include <QRandomGenerator>
#include <algorithm>
#include <numeric>
#include <optional>

namespace traceload::test {

inline QString smallTraceDir()
{
    return fixturesDir() + QStringLiteral("/trace/small");
}

// The three files of a trace as text, for a test to change and write to a folder.
struct TraceFiles
{
    QByteArray invocations;
    QByteArray durations;
    QByteArray memory;

    static TraceFiles fromDir(const QString& dir)
    {
        return {readText(dir + QStringLiteral("/invocations.csv")),
                readText(dir + QStringLiteral("/durations.csv")),
                readText(dir + QStringLiteral("/memory.csv"))};
    }

    QByteArray& operator[](const QString& fileName)
    {
        if (fileName == QLatin1String("invocations.csv"))
            return invocations;
        if (fileName == QLatin1String("durations.csv"))
            return durations;
        return memory;
    }

    // A null QByteArray leaves that file out.
    void writeTo(const QString& dir) const
    {
        const std::pair<const char*, const QByteArray*> files[] = {
            {"invocations.csv", &invocations},
            {"durations.csv", &durations},
            {"memory.csv", &memory}};
        for (const auto& [name, text] : files) {
            if (!text->isNull())
                writeText(dir + u'/' + QLatin1String(name), *text);
        }
    }
};

// Splits CSV text without quoted fields into rows of fields.
inline QList<QByteArrayList> splitCsv(const QByteArray& text)
{
    QList<QByteArrayList> rows;
    for (const QByteArray& line : text.split('\n')) {
        if (!line.isEmpty())
            rows.append(line.split(','));
    }
    return rows;
}

inline QByteArray joinCsv(const QList<QByteArrayList>& rows, const QByteArray& lineEnd = "\n")
{
    QByteArray out;
    for (const QByteArrayList& row : rows)
        out += row.join(',') + lineEnd;
    return out;
}

// The same table with its columns in a seeded random order.
inline QByteArray shuffleColumns(const QByteArray& text, quint32 seed)
{
    const QList<QByteArrayList> rows = splitCsv(text);
    std::vector<qsizetype> order(std::size_t(rows.front().size()));
    std::iota(order.begin(), order.end(), 0);
    QRandomGenerator random(seed);
    std::shuffle(order.begin(), order.end(), random);
    QList<QByteArrayList> shuffled;
    for (const QByteArrayList& row : rows) {
        QByteArrayList out;
        for (const qsizetype column : order)
            out.append(row.value(column));
        shuffled.append(out);
    }
    return joinCsv(shuffled);
}

// The small fixture with row `line` (1-based) of `file` replaced by `row`.
inline TraceFiles withLine(const QString& file, int line, const QByteArray& row)
{
    TraceFiles files = TraceFiles::fromDir(smallTraceDir());
    QByteArrayList lines = files[file].split('\n');
    lines[line - 1] = row;
    files[file] = lines.join('\n');
    return files;
}

// Runs the reader and returns its InputError; fails the test if there is none.
inline std::optional<InputError> readError(const QString& dir, const TraceReadOptions& options = {})
{
    try {
        TraceReader::read(dir, options);
    } catch (const InputError& e) {
        return e;
    }
    return std::nullopt;
}

// Field-by-field comparison. QCOMPARE returns from here only: callers check
// QTest::currentTestFailed() afterwards.
inline void compareTraces(const Trace& actual, const Trace& expected)
{
    QCOMPARE(actual.totalSlots, expected.totalSlots);
    QCOMPARE(actual.firstSlot, expected.firstSlot);
    QCOMPARE(actual.slotCount, expected.slotCount);
    QCOMPARE(actual.slotLabels, expected.slotLabels);
    QCOMPARE(actual.granularity, expected.granularity);
    QCOMPARE(actual.report.skippedRows.size(), expected.report.skippedRows.size());
    QCOMPARE(actual.report.incompleteFunctions.size(), expected.report.incompleteFunctions.size());
    QCOMPARE(actual.report.memoryPerApplication, expected.report.memoryPerApplication);
    QCOMPARE(actual.functions.size(), expected.functions.size());
    for (std::size_t i = 0; i < actual.functions.size(); ++i) {
        const TraceFunction& a = actual.functions[i];
        const TraceFunction& e = expected.functions[i];
        QCOMPARE(a.id, e.id);
        QCOMPARE(a.owner, e.owner);
        QCOMPARE(a.app, e.app);
        QCOMPARE(a.function, e.function);
        QCOMPARE(a.trigger, e.trigger);
        QVERIFY2(a.durationMs == e.durationMs, qPrintable(a.id));
        QVERIFY2(a.memoryMb == e.memoryMb, qPrintable(a.id));
        QVERIFY2(a.invocations == e.invocations, qPrintable(a.id));
    }
}

} // namespace traceload::test
