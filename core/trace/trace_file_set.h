#pragma once

#include <QString>
#include <vector>

namespace traceload {

// The three files of a trace in one folder: the pre-cut names (invocations.csv,
// durations.csv, memory.csv) or the Azure Functions 2019 release's own names for one day
// (invocations_per_function_md.anon.dNN.csv, function_durations_percentiles.anon.dNN.csv,
// app_memory_percentiles.anon.dNN.csv).
struct TraceFileSet
{
    QString invocations;
    QString durations;
    QString memory;
    int day = 0; // the release day these are, 0 for the pre-cut names

    static constexpr int kFirstDay = 1;
    static constexpr int kLastDay = 14;

    // The release's file names for day (1-14).
    static TraceFileSet ofDay(int day);
    static TraceFileSet preCut();

    // Days of the release layout in directory (those with an invocations file), ascending.
    static std::vector<int> daysIn(const QString& directory);

    // The files to read from directory. day 0: the pre-cut names when invocations.csv is
    // there, else the only release day in the folder; several days are an InputError that
    // lists them. day 1-14: that day's release files; a day not in the folder is an
    // InputError listing the days found. Whether the chosen files exist is the reader's
    // check (it names the missing file).
    static TraceFileSet find(const QString& directory, int day);
};

} // namespace traceload
