// bench_fallback: how close the proxies come to the trace functions' shapes before and
// after --fallback-tolerance, for the README's table: median relative error of duration
// and memory at the mapping percentile and the share of functions within 25 % on both.
//
//   bench_fallback [TRACE_DIR] [--tolerance X]...   (default: the bundled sample; 0.4)

#include "mapping/fallback.h"
#include "pipeline/pipeline_stages.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace traceload;

namespace {

void printRow(const char* label, const MappingAccuracy& a, std::size_t functions)
{
    std::printf("  %-26s %5.1f %%  %5.1f %%  %5.1f %%  %5d of %zu\n", label,
                100 * a.medianDurationError, 100 * a.medianMemoryError, 100 * a.shareWithin,
                a.fallbacks, functions);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("trace"), QStringLiteral("Trace folder."));
    parser.addOption(
        {QStringLiteral("tolerance"), QStringLiteral("Fallback tolerance."), QStringLiteral("X")});
    parser.process(app);
    Workspace workspace;
    if (!parser.positionalArguments().isEmpty())
        workspace.tracePath = parser.positionalArguments().front();
    QStringList tolerances = parser.values(QStringLiteral("tolerance"));
    if (tolerances.isEmpty())
        tolerances << QStringLiteral("0.4");

    const Trace trace = readTrace(workspace, TraceWindow::Whole);
    const ProxyInputs proxies = readProxies(workspace);
    std::printf("%s: %zu functions, nearest mapping at percentile %d\n",
                qPrintable(workspace.tracePath), trace.functions.size(),
                workspace.mapping.percentile);
    std::printf("  %-26s %7s  %7s  %7s  %s\n", "", "dur.", "mem.", "both", "fallbacks");
    const Mapping proxiesOnly = mapFunctions(workspace, trace, proxies);
    printRow("proxies only", mappingAccuracy(proxiesOnly), trace.functions.size());
    for (const QString& tolerance : tolerances) {
        workspace.mapping.fallbackTolerance = tolerance.toDouble();
        const Mapping withFallback = mapFunctions(workspace, trace, proxies);
        const QByteArray label = "fallback beyond " + tolerance.toUtf8();
        printRow(label.constData(), mappingAccuracy(withFallback), trace.functions.size());
    }
    return 0;
}
