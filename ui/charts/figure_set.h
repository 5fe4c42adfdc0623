#pragma once

#include "charts/figure.h"
#include "charts/figure_export.h"

#include <QStringList>
#include <memory>
#include <span>
#include <vector>

namespace traceload {

struct FunctionPoints;
struct LoadProfile;
struct MappingSeries;
struct RunSeries;

// A figure and the file name (without suffix) it is written under.
struct NamedFigure
{
    QString fileStem;
    std::unique_ptr<Figure> figure;
};
using FigureSet = std::vector<NamedFigure>;

// Removes the figure named `fileStem` from the set and returns it (null when absent): how a
// page takes the figures it shows out of a set made for files.
std::unique_ptr<Figure> takeFigure(FigureSet& set, const QString& fileStem);

// Saves every figure of the set into `folder` as <fileStem>.<format suffix> (each file
// atomically) and returns the paths written, in order.
QStringList saveFigureSet(const FigureSet& set, const QString& folder, const FigureExport& options);

// The figures of each input, with their titles, labels and file names, shared by the
// GUI pages and `traceload --batch plot`.
namespace figures {

// The seed's six (file names as the seed writes them): proxy memory, CPU and duration
// histograms, trace memory and duration histograms marking the bins where proxies
// exist, and the log–log "function profiles" scatter.
FigureSet seed(const FunctionPoints& trace, const FunctionPoints& proxies, int percentile);
// Parts of the seed's set, for pages that show only some of it: the three proxy histograms,
// and the two trace histograms marking the bins where proxies exist.
FigureSet proxyDistributions(const FunctionPoints& proxies, int percentile);
FigureSet traceDistributions(const FunctionPoints& trace, const FunctionPoints& proxies,
                             int percentile);
// Mapping error histogram ("mapping-error") and trace→proxy scatter ("mapping"), the
// functions that fell back to a trace function drawn apart in both.
FigureSet mapping(const FunctionPoints& trace, const FunctionPoints& proxies,
                  const MappingSeries& series, int percentile);
// Invocations per slot ("load-invocations-per-slot").
FigureSet load(const LoadProfile& profile);
// "run-latency-cdf", "run-latency-over-time", "run-rates", "run-lateness", "run-cold-starts".
FigureSet run(const RunSeries& series);

// "75th", "1st", "22nd", ...
QString ordinal(int n);

} // namespace figures

} // namespace traceload
