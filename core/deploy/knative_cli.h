#pragma once

#include "command_runner.h"
#include "knative_service_list.h"

#include <QStringList>
#include <vector>

namespace traceload {

// The kubectl and kn commands the knative backend runs (argument lists, no shell).
class KnativeCli
{
public:
    explicit KnativeCli(const CommandRunner& runner) : m_runner(runner) {}

    struct ListResult
    {
        std::vector<KnativeServiceStatus> services;
        QString error;      // empty on success: what went wrong, naming the command
        bool fatal = false; // a hang or unreadable output: polling again will not help
    };

    // Throws InputError (field "PATH") naming the first program not found on PATH, before
    // anything is touched.
    static void requirePrograms(const QStringList& programs);

    // The commands themselves (what the preview lists and the methods below run).
    static CommandLine applyCommand(const QString& yamlPath); // kubectl apply -f FILE
    static CommandLine listCommand();                         // kn service list -o json
    static CommandLine removeCommand(const QStringList& names);
    static CommandLine deleteAllCommand();

    CommandResult apply(const QString& yamlPath) const;   // kubectl apply -f FILE
    ListResult list() const;                              // kn service list -o json
    CommandResult remove(const QStringList& names) const; // kn service delete NAMES
    CommandResult deleteAll() const;                      // kn service delete --all

private:
    const CommandRunner& m_runner;
};

} // namespace traceload
