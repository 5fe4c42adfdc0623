#pragma once

#include "function_server.h"

#include <QString>
#include <QStringList>

namespace traceload {

// A flag that cannot be used; main prints it and exits with 2.
struct FunctionUsageError
{
    QString message;
};

// The parsed command line of traceload-function. The flags are fixed: deploy starts the
// emulator with them and the README's "The emulated function" section documents them.
struct FunctionCommandLine
{
    enum class Action
    {
        Run,
        Help,
        Version
    };
    Action action = Action::Run;
    QString text; // help or version text to print
    FunctionServerOptions options;
};

// Parses arguments (arguments[0] is the program) and reads the services file. Throws
// FunctionUsageError for bad flags and InputError for a bad services file.
FunctionCommandLine parseFunctionCommandLine(const QStringList& arguments);

} // namespace traceload
