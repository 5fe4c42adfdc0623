#pragma once

#include <QStringList>

namespace traceload::batch {

// Every batch command takes its arguments with arguments[0] = "traceload <command>" and
// returns a process exit code (see ExitCode in cli_support.h).
using CommandFn = int (*)(const QStringList& arguments);

struct Command
{
    const char* name;
    const char* summary;
    CommandFn run;
    // Renders widgets (charts): main() creates a QApplication, offscreen by default.
    bool needsGui = false;
};

// The command table (batch_commands.cpp).
const Command* findCommand(const QString& name);
QStringList commandNames();
QString commandsHelp();

int runLoadgen(const QStringList& arguments);
int runRun(const QStringList& arguments);
int runDeploy(const QStringList& arguments);
int runTeardown(const QStringList& arguments);
int runInvoke(const QStringList& arguments);
int runPlot(const QStringList& arguments);
int runSample(const QStringList& arguments);

} // namespace traceload::batch
