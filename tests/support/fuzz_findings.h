#pragma once
// Test helper: the inputs a libFuzzer target found a problem with, as Qt Test data rows.

#include "test_support.h"

#include <QDir>
#include <QTest>

namespace traceload::test {

// A "path" row for every file in tests/fixtures/fuzz/<target>/ (`expected` of them).
inline void addFuzzFindingRows(const QString& target, int expected)
{
    QTest::addColumn<QString>("path");
    const QDir dir(fixturesDir() + QStringLiteral("/fuzz/") + target);
    const QStringList files = dir.entryList(QDir::Files);
    QCOMPARE(files.size(), expected);
    for (const QString& f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

} // namespace traceload::test
