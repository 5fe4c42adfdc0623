#pragma once

#include <QCoreApplication>

namespace traceload {

// The one translation context of every user-visible string outside a QObject class:
// call Text::tr("…") (lupdate files it under "traceload::Text", the context the runtime
// asks for). Classes with Q_OBJECT use their own tr().
class Text
{
    Q_DECLARE_TR_FUNCTIONS(traceload::Text)
};

} // namespace traceload
