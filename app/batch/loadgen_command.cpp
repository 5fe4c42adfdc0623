#include "batch_commands.h"
#include "cli_support.h"

namespace traceload::batch {
int runLoadgen(const QStringList&) { return ExitInternalError; }
}
