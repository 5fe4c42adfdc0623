#pragma once

#include "charts/figure_export.h"

#include <QString>
#include <functional>

class QWidget;

namespace traceload {

// Asks where to export a figure or chart (PNG, PDF or SVG, by the chosen suffix), window-
// modally and without a nested event loop, remembering the folder; `write` receives the
// path and the export options and returns the error text, empty on success. `done` gets
// the path written or the error.
void askForExportPath(
    QWidget* parent, const QString& title,
    std::function<QString(const QString& path, const FigureExport& options)> write,
    std::function<void(const QString& path, const QString& error)> done);

} // namespace traceload
