#pragma once

#include <QString>

namespace traceload {

// Installs TraceLoad's translation for `language` ("de", "en", …; empty: the system
// locale's) and Qt's own for its standard dialogs; a language given explicitly also becomes
// the default QLocale (number formats in the GUI). Returns the language now in use ("en"
// when no translation matched: the source strings are English).
QString installTranslations(const QString& language);

} // namespace traceload
