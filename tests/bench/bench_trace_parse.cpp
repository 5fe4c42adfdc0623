// bench_trace_parse: how long TraceReader takes on a trace folder and how much memory it
// needs at peak (VmHWM from /proc/self/status, i.e. the whole process).
//
//   bench_trace_parse DIR [--first-slot N] [--slot-count M] [--second] [--repeat K]

#include "trace/trace_reader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <chrono>
#include <cstdio>

namespace {

// Peak resident set size in MB, from the kernel's high-water mark.
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times TraceReader on a trace folder."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("Trace folder."));
    parser.addOptions({{QStringLiteral("first-slot"), QStringLiteral("First kept slot."),
                        QStringLiteral("N"), QStringLiteral("0")},
                       {QStringLiteral("slot-count"), QStringLiteral("Slots kept (-1: all)."),
                        QStringLiteral("M"), QStringLiteral("-1")},
                       {QStringLiteral("second"), QStringLiteral("Second granularity.")},
                       {QStringLiteral("repeat"), QStringLiteral("Runs (the best is reported)."),
                        QStringLiteral("K"), QStringLiteral("1")}});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString dir = parser.positionalArguments().front();
    traceload::TraceReadOptions options;
    options.firstSlot = parser.value(QStringLiteral("first-slot")).toInt();
    options.slotCount = parser.value(QStringLiteral("slot-count")).toInt();
    options.granularity = parser.isSet(QStringLiteral("second")) ? traceload::Granularity::Second
                                                                 : traceload::Granularity::Minute;
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());

    qint64 bytes = 0;
    for (const char* name : {"invocations.csv", "durations.csv", "memory.csv"})
        bytes += QFileInfo(dir + u'/' + QLatin1String(name)).size();
    const double baselineMb = peakRssMb();
    double best = 1e300;
    for (int run = 0; run < repeat; ++run) {
        try {
            const auto start = std::chrono::steady_clock::now();
            const traceload::Trace trace = traceload::TraceReader::read(dir, options);
            const double seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            best = std::min(best, seconds);
            if (run == 0) {
                std::printf("functions %zu (incomplete %zu, skipped rows %zu), slots %d of %d, "
                            "invocations %llu, %s memory\n",
                            trace.functions.size(), trace.report.incompleteFunctions.size(),
                            trace.report.skippedRows.size(), trace.slotCount, trace.totalSlots,
                            static_cast<unsigned long long>(trace.totalInvocations()),
                            trace.report.memoryPerApplication ? "per-application" : "per-function");
            }
            std::printf("run %d: %.3f s\n", run + 1, seconds);
        } catch (const traceload::InputError& e) {
            std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
            return 2;
        }
    }
    std::printf("parse %.3f s (best of %d), %.0f MB/s over %.1f MB; peak RSS %.0f MB "
                "(process baseline before parsing %.0f MB)\n",
                best, repeat, bytes / 1e6 / best, bytes / 1e6, peakRssMb(), baselineMb);
    return 0;
}
