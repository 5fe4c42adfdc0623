#include "batch_commands.h"

#include "common/text.h"

#include <QCoreApplication>
#include <iterator>

namespace traceload::batch {

namespace {
// One line per command; keep sorted by the pipeline's order.
constexpr Command kCommands[] = {
    {"sample",
     QT_TRANSLATE_NOOP("traceload", "trace -> a smaller trace with the same per-minute shape"),
     &runSample},
    {"loadgen", QT_TRANSLATE_NOOP("traceload", "trace + profile -> mapping -> load.json"),
     &runLoadgen},
    {"deploy", QT_TRANSLATE_NOOP("traceload", "trace + profile -> mapping -> deployed services"),
     &runDeploy},
    {"invoke", QT_TRANSLATE_NOOP("traceload", "load.json -> open-loop gRPC run -> run folder"),
     &runInvoke},
    {"teardown", QT_TRANSLATE_NOOP("traceload", "remove what deploy recorded in the build folder"),
     &runTeardown},
    {"run",
     QT_TRANSLATE_NOOP("traceload", "the whole pipeline: map, deploy, generate, invoke, plot, "
                                    "tear down"),
     &runRun, true},
    {"plot", QT_TRANSLATE_NOOP("traceload", "trace, profile, mapping, load, run -> figures"),
     &runPlot, true},
};
} // namespace

const Command* findCommand(const QString& name)
{
    for (const Command& c : kCommands)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

QStringList commandNames()
{
    QStringList names;
    for (const Command& c : kCommands)
        names << QLatin1String(c.name);
    return names;
}

QString commandsHelp()
{
    QString text;
    for (const Command& c : kCommands)
        text +=
            QStringLiteral("  %1  %2\n").arg(QLatin1String(c.name), -10).arg(Text::tr(c.summary));
    return text;
}

} // namespace traceload::batch
