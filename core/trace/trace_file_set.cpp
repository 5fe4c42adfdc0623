#include "trace_file_set.h"

#include "common/input_error.h"
#include "common/text.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace traceload {

namespace {

const QString kPreCutInvocations = QStringLiteral("invocations.csv");

QString dayList(const std::vector<int>& days)
{
    QStringList list;
    for (const int day : days)
        list << QString::number(day);
    return list.join(QStringLiteral(", "));
}

} // namespace

TraceFileSet TraceFileSet::ofDay(int day)
{
    const QString dd = QStringLiteral("%1").arg(day, 2, 10, QLatin1Char('0'));
    return {QStringLiteral("invocations_per_function_md.anon.d%1.csv").arg(dd),
            QStringLiteral("function_durations_percentiles.anon.d%1.csv").arg(dd),
            QStringLiteral("app_memory_percentiles.anon.d%1.csv").arg(dd), day};
}

TraceFileSet TraceFileSet::preCut()
{
    return {kPreCutInvocations, QStringLiteral("durations.csv"), QStringLiteral("memory.csv"), 0};
}

std::vector<int> TraceFileSet::daysIn(const QString& directory)
{
    static const QRegularExpression pattern(
        QStringLiteral("^invocations_per_function_md\\.anon\\.d(\\d\\d)\\.csv$"));
    std::vector<int> days;
    const QStringList names = QDir(directory).entryList(
        {QStringLiteral("invocations_per_function_md.anon.d*.csv")}, QDir::Files);
    for (const QString& name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        const int day = match.captured(1).toInt();
        if (day >= kFirstDay && day <= kLastDay)
            days.push_back(day);
    }
    std::sort(days.begin(), days.end());
    return days;
}

TraceFileSet TraceFileSet::find(const QString& directory, int day)
{
    if (day != 0 && (day < kFirstDay || day > kLastDay)) {
        throw InputError(directory, 0, {},
                         Text::tr("day %1 is not a day of the release (%2 to %3)")
                             .arg(day)
                             .arg(kFirstDay)
                             .arg(kLastDay));
    }
    const std::vector<int> days = daysIn(directory);
    if (day == 0) {
        if (QFileInfo::exists(directory + u'/' + kPreCutInvocations) || days.empty())
            return preCut();
        if (days.size() > 1) {
            throw InputError(
                directory, 0, {},
                Text::tr("the folder holds several days of the release (%1); choose one")
                    .arg(dayList(days)));
        }
        return ofDay(days.front());
    }
    if (std::find(days.begin(), days.end(), day) == days.end()) {
        throw InputError(directory, 0, {},
                         days.empty()
                             ? Text::tr("day %1 asked for, but the folder holds no day of the "
                                        "release (invocations_per_function_md.anon.dNN.csv)")
                                   .arg(day)
                             : Text::tr("day %1 is not in the folder, which holds days %2")
                                   .arg(day)
                                   .arg(dayList(days)));
    }
    return ofDay(day);
}

} // namespace traceload
