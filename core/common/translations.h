#pragma once

#include <QString>

namespace traceload {

// Installs TraceLoad's translation for `language` ("de", "en", …; empty: the system
// locale's) and Qt's own for its standard dialogs. Returns the language now in use ("en"
// when no translation matched: the source strings are English).
QString installTranslations(const QString& language);

} // namespace traceload
