#include "knative_cli.h"

#include "common/input_error.h"
#include "common/text.h"

#include <QCoreApplication>

namespace traceload {

namespace {

const QString kKubectl = QStringLiteral("kubectl");
const QString kKn = QStringLiteral("kn");

} // namespace

void KnativeCli::requirePrograms(const QStringList& programs)
{
    for (const QString& program : programs)
        if (CommandRunner::findProgram(program).isEmpty())
            throw InputError({}, 0, QStringLiteral("PATH"),
                             Text::tr("'%1' not found on PATH; the knative backend runs "
                                      "kubectl and kn (install them, or use --backend "
                                      "local)")
                                 .arg(program));
}

CommandLine KnativeCli::applyCommand(const QString& yamlPath)
{
    return {kKubectl, {QStringLiteral("apply"), QStringLiteral("-f"), yamlPath}, {}};
}

CommandLine KnativeCli::listCommand()
{
    return {kKn,
            {QStringLiteral("service"), QStringLiteral("list"), QStringLiteral("-o"),
             QStringLiteral("json")},
            {}};
}

CommandLine KnativeCli::removeCommand(const QStringList& names)
{
    return {kKn, QStringList{QStringLiteral("service"), QStringLiteral("delete")} + names, {}};
}

CommandLine KnativeCli::deleteAllCommand()
{
    return {
        kKn, {QStringLiteral("service"), QStringLiteral("delete"), QStringLiteral("--all")}, {}};
}

CommandResult KnativeCli::apply(const QString& yamlPath) const
{
    return m_runner.run(applyCommand(yamlPath));
}

KnativeCli::ListResult KnativeCli::list() const
{
    const CommandResult r = m_runner.run(listCommand());
    ListResult result;
    if (!r.ok()) {
        result.error = Text::tr("command `%1` failed: %2").arg(r.commandLine, r.failureText());
        result.fatal = r.timedOut || !r.started;
        return result;
    }
    try {
        result.services =
            parseKnativeServiceList(r.standardOutput, QStringLiteral("`%1`").arg(r.commandLine));
    } catch (const InputError& e) {
        result.error = e.toString();
        result.fatal = true;
    }
    return result;
}

CommandResult KnativeCli::remove(const QStringList& names) const
{
    return m_runner.run(removeCommand(names));
}

CommandResult KnativeCli::deleteAll() const
{
    return m_runner.run(deleteAllCommand());
}

} // namespace traceload
