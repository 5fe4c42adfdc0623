#pragma once
// Waiting for the workbench's background work in the window tests (header-only).

#include "pipeline/pipeline.h"

#include <QString>
#include <QTest>
#include <functional>

namespace traceload::test {

inline constexpr int kWindowTimeoutMs = 60'000;

// Trace, proxies, mapping and load are computed for the current workspace.
inline bool analysisReady(const Pipeline* p)
{
    for (Stage s : {Stage::Trace, Stage::Proxies, Stage::Mapping, Stage::Load})
        if (p->status(s) != StageStatus::Ready)
            return false;
    return true;
}

// Starts a job whose completion callback gets an error text ("" on success) and waits for
// it; "timed out" when it does not come.
inline QString waitForJob(const std::function<void(std::function<void(const QString&)>)>& start)
{
    bool done = false;
    QString error;
    start([&](const QString& e) {
        error = e;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, kWindowTimeoutMs))
        return QStringLiteral("timed out");
    return error;
}

} // namespace traceload::test
