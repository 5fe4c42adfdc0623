#pragma once

#include <QColor>

namespace traceload {

// A translucent cell background for a mapping error: green (0) through yellow to red
// (`badError` and above), after ColorBrewer's perceptually ordered RdYlGn ramp. Being
// translucent, the tint lies over the palette's base colour, so the palette's own text
// colour stays readable in light and in dark themes. NaN gives an invalid colour.
QColor errorTint(double error, double badError);

} // namespace traceload
